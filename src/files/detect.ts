/** What a file is, from its first bytes (magic numbers), never from its name. */
import { unzipSync } from 'fflate';

export type Detected = 'pdf' | 'docx' | 'doc' | 'html' | 'text' | { other: string };

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Formats that are recognisably not a plan document, named in the refusal. */
const OTHER: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', ascii('GIF8')],
  ['TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
  ['program (exe)', ascii('MZ')],
  ['program (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
  ['RAR archive', ascii('Rar!')],
  ['7z archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['gzip archive', [0x1f, 0x8b]],
  ['RTF document', ascii('{\\rtf')],
];

/** The opening of an HTML page, read as Latin-1 (a UTF-8 byte-order mark as ï»¿). */
const HTML = /^(?:\u00ef\u00bb\u00bf)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b/i;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Zip: a local file header, or an empty or spanned archive. */
const ZIPS = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08],
];
const WORD_STREAM = new Uint8Array([...'WordDocument'].flatMap((c) => [c.charCodeAt(0), 0]));

/** True when `needle` occurs in `bytes`. */
function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0]!;
  for (let i = bytes.indexOf(first); i >= 0 && i + needle.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    if (startsWith(bytes, [...needle], i)) return true;
  }
  return false;
}

/** The names in a zip archive (nothing is decompressed); null when the archive cannot be read. */
export function zipNames(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

export function detect(bytes: Uint8Array): Detected | 'damaged-zip' {
  // A PDF header may follow a little junk (the specification allows it within the first 1 KB).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (ZIPS.some((magic) => startsWith(bytes, magic))) {
    const names = zipNames(bytes);
    if (!names) return 'damaged-zip';
    // Word's main part; some tools name it word/document2.xml.
    if (names.some((n) => /^word\/document\d*\.xml$/.test(n))) return 'docx';
    if (names.includes('xl/workbook.xml')) return { other: 'Excel workbook (xlsx)' };
    if (names.includes('ppt/presentation.xml')) return { other: 'PowerPoint presentation (pptx)' };
    return { other: 'zip archive' };
  }
  if (startsWith(bytes, OLE)) return contains(bytes, WORD_STREAM) ? 'doc' : { other: 'Office file that is not Word' };
  for (const [name, magic] of OTHER) if (startsWith(bytes, magic)) return { other: name };
  // A web page: markup from its first tag on (after a byte-order mark, spaces and comments).
  if (HTML.test(head)) return 'html';
  return 'text';
}

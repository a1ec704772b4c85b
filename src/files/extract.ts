/**
 * File formats, detected by content: the bytes of a plan file in, its text out. Pure (no file system, no
 * network); the caller reads the bytes. Text files (UTF-8, UTF-16, GB18030, Markdown) are decoded here; web
 * pages (HTML), PDF with a text layer, DOCX (with its automatic numbering) and DOC — also as saved by WPS —
 * are read as text.
 */
import { decode, NotAPlanError } from '../plans/normalize.js';
// The readers of each format (and their libraries) are loaded when a file of that format arrives, so a
// process that never imports a PDF or Word file never loads them.

export type FileFormat = 'text' | 'html' | 'pdf' | 'docx' | 'doc';

export interface Extracted {
  format: FileFormat;
  text: string;
  /** Pages read (PDF), when the format has pages. */
  pages?: number;
}

/** Why a file's text could not be had, for a message to the person who sent it. */
export type FileProblem =
  'empty' | 'binary' | 'unsupported' | 'scanned' | 'too-large' | 'too-many-pages' | 'too-slow' | 'damaged';

export class FileError extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly detail?: string,
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
  }
}

/** The largest file accepted, in bytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** The most pages read from a PDF. */
export const MAX_PAGES = 1000;

/** How long reading a PDF may take by default, in milliseconds. */
export const MAX_EXTRACT_MS = 60_000;

export interface ExtractOptions {
  /** Stop reading a PDF after this many milliseconds ('too-slow'); checked between pages. */
  timeoutMs?: number;
}

/** Below this many characters per page, a PDF is taken for a scan without a text layer. */
const MIN_CHARS_PER_PAGE = 20;

/** Extracts the text of a plan file, whatever its format. */
export async function extractText(bytes: Uint8Array, options: ExtractOptions = {}): Promise<Extracted> {
  const deadline = Date.now() + (options.timeoutMs ?? MAX_EXTRACT_MS);
  if (bytes.length > MAX_FILE_BYTES) throw new FileError('too-large');
  if (bytes.length === 0) throw new FileError('empty');
  const { detect } = await import('./detect.js');
  const kind = detect(bytes);
  if (kind === 'damaged-zip') throw new FileError('damaged', 'zip');
  if (typeof kind === 'object') throw new FileError('unsupported', kind.other);
  switch (kind) {
    case 'pdf': {
      const { PdfError, pdfText } = await import('./pdf.js');
      let pdf;
      try {
        pdf = await pdfText(bytes, MAX_PAGES, deadline);
      } catch (err) {
        if (err instanceof PdfError) throw new FileError(err.problem, 'pdf');
        throw err;
      }
      if (pdf.text.replace(/\s/g, '').length < MIN_CHARS_PER_PAGE * pdf.pages) throw new FileError('scanned');
      return { format: 'pdf', text: pdf.text, pages: pdf.pages };
    }
    case 'docx': {
      const { DocxTooLarge, docxText } = await import('./docx.js');
      try {
        return { format: 'docx', text: nonEmpty(docxText(bytes)) };
      } catch (err) {
        if (err instanceof FileError) throw err;
        if (err instanceof DocxTooLarge) throw new FileError('too-large', `docx: ${err.message}`);
        throw new FileError('damaged', `docx: ${(err as Error).message}`);
      }
    }
    case 'doc': {
      const { docText } = await import('./doc.js');
      return { format: 'doc', text: nonEmpty(await readOrDamagedAsync('doc', () => docText(bytes))) };
    }
    case 'html': {
      const { htmlText } = await import('./html.js');
      return { format: 'html', text: nonEmpty(decoded(() => htmlText(bytes))) };
    }
    case 'text':
      return { format: 'text', text: decoded(() => decode(bytes)) };
  }
}

/** Text decoded from the file's bytes, or the reason it is no text. */
function decoded(read: () => string): string {
  try {
    return read();
  } catch (err) {
    if (err instanceof NotAPlanError) throw new FileError(err.message === 'empty' ? 'empty' : 'binary');
    throw err;
  }
}

function nonEmpty(text: string): string {
  if (text.trim() === '') throw new FileError('empty');
  return text;
}

async function readOrDamagedAsync(format: string, read: () => Promise<string>): Promise<string> {
  try {
    return await read();
  } catch (err) {
    throw new FileError('damaged', `${format}: ${(err as Error).message}`);
  }
}

/**
 * DOC (Word 97–2003, also as saved by WPS): the document body through word-extractor, with Word's
 * automatic list numbers put back before their paragraphs.
 */
import WordExtractor from 'word-extractor';
import { docListNumbers } from './doclists.js';

export async function docText(bytes: Uint8Array): Promise<string> {
  const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const lines = doc.getBody({ filterUnicode: false }).split('\n');
  let numbers: ReturnType<typeof docListNumbers>;
  try {
    numbers = docListNumbers(bytes);
  } catch {
    numbers = []; // list tables that cannot be read: the text without list numbers
  }
  // Each numbered paragraph, in order, is found again among the extracted lines by its text.
  let next = 0;
  for (const { key, number } of numbers) {
    for (let i = next; i < lines.length; i++) {
      if (lines[i]!.replace(/\s+/g, '') === key) {
        lines[i] = number + lines[i]!.trimStart();
        next = i + 1;
        break;
      }
    }
  }
  return lines.join('\n');
}

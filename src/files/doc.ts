/** DOC (Word 97–2003, also as saved by WPS): the document body through word-extractor. */
import WordExtractor from 'word-extractor';

export async function docText(bytes: Uint8Array): Promise<string> {
  const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return doc.getBody({ filterUnicode: false });
}

/**
 * File formats, detected by content: the bytes of a plan file in, its text out. Pure (no file system, no
 * network); the caller reads the bytes. Text files (UTF-8, GB18030, Markdown) are decoded here.
 */
import { decode, NotAPlanError } from '../plans/normalize.js';

export type FileFormat = 'text' | 'pdf' | 'docx' | 'doc';

export interface Extracted {
  format: FileFormat;
  text: string;
  /** Pages read (PDF), when the format has pages. */
  pages?: number;
}

/** Why a file's text could not be had, for a message to the person who sent it. */
export type FileProblem = 'empty' | 'binary' | 'unsupported' | 'scanned' | 'too-large' | 'too-many-pages' | 'damaged';

export class FileError extends Error {
  constructor(
    readonly problem: FileProblem,
    detail?: string,
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
  }
}

/** The largest file accepted, in bytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Extracts the text of a plan file, whatever its format. */
export async function extractText(bytes: Uint8Array): Promise<Extracted> {
  if (bytes.length > MAX_FILE_BYTES) throw new FileError('too-large');
  try {
    return { format: 'text', text: decode(bytes) };
  } catch (err) {
    if (err instanceof NotAPlanError) throw new FileError(err.message === 'empty' ? 'empty' : 'binary');
    throw err;
  }
}

/**
 * The body of an import worker thread: file bytes in, the parsed plan out (extract text by format, then
 * parse). Runs off the main thread so the bot keeps answering; the importer ends it after a time limit.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractText, FileError } from '../files/extract.js';
import { NotAPlanError, parsePlan } from '../plans/parse.js';
import type { Plan } from '../plans/types.js';

export interface WorkerInput {
  bytes: Uint8Array;
  aliases: string[];
  maxPages: number;
}

export type WorkerOutput =
  { ok: true; plan: Plan; format: string; pages: number | null } | { ok: false; problem: string; detail?: string };

async function run({ bytes, aliases, maxPages }: WorkerInput): Promise<WorkerOutput> {
  try {
    const extracted = await extractText(bytes);
    if ((extracted.pages ?? 0) > maxPages) return { ok: false, problem: 'too-many-pages' };
    const plan = parsePlan(extracted.text, { themeDayAliases: aliases });
    return { ok: true, plan, format: extracted.format, pages: extracted.pages ?? null };
  } catch (err) {
    if (err instanceof FileError) return { ok: false, problem: err.problem, detail: err.message };
    if (err instanceof NotAPlanError) {
      const m = err.message;
      return { ok: false, problem: m === 'empty' || m === 'binary' ? m : 'not-a-plan' };
    }
    return { ok: false, problem: 'damaged', detail: (err as Error).message };
  }
}

if (parentPort) parentPort.postMessage(await run(workerData as WorkerInput));

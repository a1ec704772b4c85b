/**
 * The body of an import worker thread, so the bot keeps answering while a file is imported:
 * - 'parse' (the worker's data: the theme days and the page limit, sent once; the worker is kept for further
 *   files): each message is a file's bytes, each answer the parsed plan and its import report (extract text
 *   by format, then parse), in the order the files came; the importer ends the thread after a time limit;
 * - 'save': stores a parsed plan through its own connection to the database file, in one transaction
 *   (the replaced version kept, and a restored version dropped, inside it);
 * - 'checkpoint': checkpoints the database file's write-ahead log when asked, while a bulk import writes.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { ThemeDay } from '../calendar/catalog.js';
import { aliasesOf, derive, notAPlan } from './importer.js';
import { extractText, FileError } from '../files/extract.js';
import { NotAPlanError, parsePlan } from '../plans/parse.js';
import { reportOf, type PlanReport } from '../plans/report.js';
import type { Plan } from '../plans/types.js';
import { openDb, writing } from '../store/db.js';
import { dropVersion, keepVersion } from '../store/history.js';
import { savePlan, type PlanDerived } from '../store/plans.js';

/** A parsing worker's data; each message to it is then one file (ParseInput). */
export interface ParserData {
  op: 'parse';
  /** The theme days: their names are read in the text, and each task's links to them computed. */
  catalog: readonly ThemeDay[];
  maxPages: number;
}

/** One file to parse: its bytes and its name (the title of a text that prints none). */
export interface ParseInput {
  bytes: Uint8Array;
  source: string;
}

export interface SaveInput {
  op: 'save';
  dbPath: string;
  owner: string | null;
  plan: Plan;
  source: string;
  sha256: string;
  now: string;
  catalog: readonly ThemeDay[];
  /** Each task's theme-day links and index terms, when the parse worked them out (else done here). */
  derived?: Required<PlanDerived>;
  /** Replace this plan, keeping its id (a restore). */
  id?: number;
  /** The kept version being restored, dropped in the same transaction. */
  dropVersion?: number;
}

/**
 * A checkpointing worker's data: each message 'checkpoint' copies the database's write-ahead log into it
 * (PASSIVE: never waiting for the writer) and is answered with the log's length in pages; 'close' ends the worker.
 */
export interface CheckpointData {
  op: 'checkpoint';
  dbPath: string;
}

export type WorkerOutput =
  | { ok: true; plan: Plan; derived: Required<PlanDerived>; report: PlanReport; format: string; pages: number | null }
  | { ok: true; saved: { id: number; replaced: boolean } }
  | { ok: false; problem: string; detail?: string };

async function parse({ bytes, source }: ParseInput, { catalog, maxPages }: ParserData): Promise<WorkerOutput> {
  try {
    const extracted = await extractText(bytes);
    if ((extracted.pages ?? 0) > maxPages) return { ok: false, problem: 'too-many-pages' };
    const plan = parsePlan(extracted.text, { themeDayAliases: aliasesOf(catalog), name: source });
    return {
      ok: true,
      plan,
      derived: derive(catalog, plan),
      report: reportOf(plan),
      format: extracted.format,
      pages: extracted.pages ?? null,
    };
  } catch (err) {
    if (err instanceof FileError) return { ok: false, problem: err.problem, detail: err.message };
    if (err instanceof NotAPlanError) return { ok: false, problem: notAPlan(err) };
    return { ok: false, problem: 'damaged', detail: (err as Error).message };
  }
}

/** Stores a plan in the database (as ImportService does on the main thread for an in-memory database). */
export function store(db: ReturnType<typeof openDb>, s: Omit<SaveInput, 'op' | 'dbPath'>) {
  return writing(db, () => {
    if (s.dropVersion !== undefined) dropVersion(db, s.dropVersion);
    return savePlan(db, s.plan, s.source, s.sha256, s.now, s.derived ?? derive(s.catalog, s.plan), {
      owner: s.owner,
      id: s.id,
      onReplace: (old) => keepVersion(db, old, s.now),
    });
  });
}

function save(input: SaveInput): WorkerOutput {
  // The bot checked the file's integrity when it started: a check here would read the whole file per import.
  const db = openDb(input.dbPath, { check: false });
  try {
    return { ok: true, saved: store(db, input) };
  } catch (err) {
    return { ok: false, problem: 'store', detail: (err as Error).message };
  } finally {
    db.close();
  }
}

function checkpoints(port: MessagePort, { dbPath }: CheckpointData): void {
  const db = openDb(dbPath, { check: false });
  port.on('message', (m: 'checkpoint' | 'close') => {
    if (m === 'close') return void (db.close(), port.close());
    let pages = 0;
    try {
      pages = (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]?.log ?? 0;
    } catch {
      // Busy or failing: the next checkpoint, or the writer's own after the import, copies these pages.
    }
    port.postMessage(pages);
  });
}

if (parentPort) {
  const port = parentPort;
  const input = workerData as SaveInput | ParserData | CheckpointData;
  if (input.op === 'save') port.postMessage(save(input));
  else if (input.op === 'checkpoint') checkpoints(port, input);
  // A parsing worker: one file per message, kept for the next; files are parsed and answered in turn.
  else {
    let turn = Promise.resolve();
    port.on('message', (file: ParseInput) => {
      turn = turn.then(() => parse(file, input)).then((out) => port.postMessage(out));
    });
  }
}

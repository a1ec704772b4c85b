/**
 * Importing plan files into a workspace: read (regular files only, within the size limit) → extract and
 * parse in a worker thread with a time limit → preview (the import report, what it replaces, what it
 * would drop) → confirm (one transaction, the replaced version kept) or cancel. Also removal and restore.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { Clock } from '../clock.js';
import type { ThemeDay } from '../calendar/catalog.js';
import { MAX_FILE_BYTES } from '../files/extract.js';
import { reportOf, type PlanReport } from '../plans/report.js';
import type { Plan } from '../plans/types.js';
import type { Db } from '../store/db.js';
import { keepVersion, lastVersion } from '../store/history.js';
import { deletePlanRows, getPlan, replacedBy, type PlanDerived, type PlanRow } from '../store/plans.js';
import { ImportError, type ImportResult } from './importer.js';
import {
  store,
  type CheckpointData,
  type ParseInput,
  type ParserData,
  type SaveInput,
  type WorkerOutput,
} from './import-worker.js';

/** The limits of an import, stated to users and enforced. */
export const IMPORT_LIMITS = {
  bytes: MAX_FILE_BYTES,
  pages: 1000,
  /** Extract and parse must finish within this, or the worker is stopped. */
  parseMs: 60_000,
  /** A preview can be confirmed for this long; later, the file has to be sent again. */
  pendingMs: 30 * 60_000,
  /** Files parsed at the same time; more wait their turn. */
  workers: 2,
  /** Previews kept at once; the oldest is dropped beyond this. */
  pending: 20,
  /** Heap of a parsing worker, in MB: a file that needs more is stopped. */
  workerHeapMb: 1024,
  /** A re-import dropping more than this share of a plan's tasks or targets needs explicit confirmation. */
  dropShare: 0.3,
} as const;

/**
 * A bulk import's transactions: files stored in one at most, and how long one stays open at most (writers in
 * other processes wait meanwhile); the bytes of files held while parsing ahead.
 */
const STORE_BATCH = 32;
const BATCH_MS = 1000;
const HELD_BYTES = 32e6;

/** How long a parsing worker waits for another file before it ends. */
const IDLE_WORKER_MS = 5000;

/** What replacing a plan would lose, when it loses a large share of its tasks or targets. */
export interface Loss {
  tasks: { before: number; after: number };
  targets: { before: number; after: number };
}

export interface Preview {
  /** Confirms or cancels this preview (buttons carry it). */
  token: string;
  source: string;
  format: string;
  pages: number | null;
  report: PlanReport;
  /** The workspace's plan this import replaces (its id is kept). */
  replaces: PlanRow | null;
  /** Set when the replacement drops a large share of tasks or targets. */
  loss: Loss | null;
  expiresAt: Date;
}

interface Pending {
  owner: string | null;
  plan: Plan;
  derived: Required<PlanDerived>;
  report: PlanReport;
  source: string;
  sha256: string;
  expires: number;
}

export interface ParsedFile {
  plan: Plan;
  derived: Required<PlanDerived>;
  report: PlanReport;
  format: string;
  pages: number | null;
  sha256: string;
}

/** The compiled worker: beside this module, or in dist/ when this module runs from the TypeScript sources. */
function workerUrl(): URL {
  const here = new URL('./import-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const compiled = fileURLToPath(here).replace(/([\\/])src([\\/]services[\\/])/, '$1dist$1src$2');
  return pathToFileURL(compiled);
}

/** A file given to a parsing worker. */
interface Job {
  bytes: Uint8Array;
  source: string;
  resolve: (out: Parsed) => void;
  reject: (err: ImportError) => void;
}

type Parsed = Omit<ParsedFile, 'sha256'>;

/** A parsing worker and the files given to it, in order: it parses the first, and answers in that order. */
interface Parser {
  worker: Worker;
  jobs: Job[];
  /** Stops the worker when its first file runs past the time limit, or when it has been idle for long. */
  timer?: NodeJS.Timeout;
}

/** Files given to one worker at most: it starts the next as it answers one, without waiting for this thread. */
const FILES_PER_WORKER = 2;

export class ImportService {
  private readonly pending = new Map<string, Pending>();
  /** The parsing workers (at most IMPORT_LIMITS.workers), and the files waiting until one has room. */
  private readonly parsers: Parser[] = [];
  private readonly waiting: Job[] = [];

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly catalog: readonly ThemeDay[],
    private readonly limits: { parseMs: number; pendingMs: number } = IMPORT_LIMITS,
  ) {}

  /**
   * Extracts and parses a file in a worker thread (a few at a time), stopped after the time limit or past
   * its memory bound. Throws ImportError.
   */
  async parse(bytes: Uint8Array, source: string): Promise<ParsedFile> {
    if (bytes.length > IMPORT_LIMITS.bytes) throw new ImportError(source, 'too-large');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const out = await new Promise<Parsed>((resolve, reject) => this.give({ bytes, source, resolve, reject }));
    return { ...out, sha256 };
  }

  /** Gives a file to a new worker while there are fewer than the limit, else to the least busy one with room. */
  private give(job: Job): void {
    const p =
      this.parsers.length < IMPORT_LIMITS.workers
        ? this.newParser()
        : this.parsers.reduce((a, b) => (b.jobs.length < a.jobs.length ? b : a));
    if (p.jobs.length >= FILES_PER_WORKER) return void this.waiting.push(job);
    p.jobs.push(job);
    if (p.jobs.length === 1) this.begin(p);
    p.worker.postMessage({ bytes: job.bytes, source: job.source } satisfies ParseInput);
  }

  /** The worker's first file has begun: the time limit runs, and the worker keeps the process alive. */
  private begin(p: Parser): void {
    clearTimeout(p.timer);
    p.worker.ref();
    const job = p.jobs[0]!;
    p.timer = setTimeout(() => this.stop(p, new ImportError(job.source, 'timeout')), this.limits.parseMs);
  }

  private newParser(): Parser {
    const data: ParserData = { op: 'parse', catalog: this.catalog, maxPages: IMPORT_LIMITS.pages };
    const worker = new Worker(workerUrl(), {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: IMPORT_LIMITS.workerHeapMb },
    });
    const p: Parser = { worker, jobs: [] };
    this.parsers.push(p);
    worker.on('message', (out: WorkerOutput) => {
      const job = p.jobs.shift()!;
      if (out.ok && 'plan' in out) job.resolve(out);
      else if (!out.ok) job.reject(new ImportError(job.source, out.problem as ImportError['reason'], out.detail));
      if (p.jobs.length) this.begin(p);
      else {
        // Kept for the next file (a bulk import parses many): not keeping the process alive, ended when idle.
        clearTimeout(p.timer);
        worker.unref();
        p.timer = setTimeout(() => this.stop(p), IDLE_WORKER_MS).unref();
      }
      while (this.waiting.length && this.parsers.some((q) => q.jobs.length < FILES_PER_WORKER))
        this.give(this.waiting.shift()!);
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const memory = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.stop(p, p.jobs[0] && new ImportError(p.jobs[0].source, memory ? 'too-large' : 'damaged', err.message));
    });
    worker.on('exit', () =>
      this.stop(p, p.jobs[0] && new ImportError(p.jobs[0].source, 'damaged', 'the parser ended')),
    );
    return p;
  }

  /** Ends a worker: its first file fails with `failure`, the files after it go to other workers. */
  private stop(p: Parser, failure?: ImportError): void {
    const i = this.parsers.indexOf(p);
    if (i < 0) return;
    this.parsers.splice(i, 1);
    clearTimeout(p.timer);
    void p.worker.terminate();
    const [first, ...rest] = p.jobs;
    if (first && failure) first.reject(failure);
    for (const job of rest) this.give(job);
    while (this.waiting.length && this.parsers.length < IMPORT_LIMITS.workers) this.give(this.waiting.shift()!);
  }

  /** Parses a file for `owner` (a workspace; null: the library) and keeps it pending until confirmed. */
  async preview(owner: string | null, bytes: Uint8Array, source: string): Promise<Preview> {
    const parsed = await this.parse(bytes, source);
    this.prune();
    const token = randomBytes(6).toString('base64url');
    const expires = this.clock.now().getTime() + this.limits.pendingMs;
    const { plan, derived, report, sha256 } = parsed;
    this.pending.set(token, { owner, plan, derived, report, source, sha256, expires });
    if (this.pending.size > IMPORT_LIMITS.pending) this.pending.delete(this.pending.keys().next().value!);
    const replaces = replacedBy(this.db, owner, parsed.plan, parsed.sha256) ?? null;
    return {
      token,
      source,
      format: parsed.format,
      pages: parsed.pages,
      report: parsed.report,
      replaces,
      loss: replaces ? lossOf(replaces, parsed.plan) : null,
      expiresAt: new Date(expires),
    };
  }

  /**
   * Stores a pending import. Only the workspace that previewed it can confirm it; an expired, cancelled
   * or already confirmed one is refused ('expired') and nothing is stored.
   */
  async confirm(token: string, owner: string | null): Promise<ImportResult> {
    const { plan, derived, report, source, sha256 } = this.take(token, owner);
    return this.save({ owner, plan, derived, report, source, sha256 });
  }

  /** Drops a pending import; false when there was none (expired or already handled). */
  cancel(token: string, owner: string | null): boolean {
    this.prune();
    const p = this.pending.get(token);
    if (!p || p.owner !== owner) return false;
    this.pending.delete(token);
    return true;
  }

  /** Parses and stores at once; refuses a large loss unless `force`. */
  async importNow(owner: string | null, bytes: Uint8Array, source: string, force = false): Promise<ImportResult> {
    const parsed = await this.parse(bytes, source);
    return this.save(this.checked(owner, parsed, source, force));
  }

  /**
   * Parses and stores many files (the host's `kepu import`), in order: the workers parse the next files
   * while this thread stores those parsed. Files go into one transaction while each next one is parsed in
   * time (at most STORE_BATCH files, open at most BATCH_MS), each file's rows without a savepoint (see
   * writing): FTS5 then writes its index once per transaction, not once per file. When a store fails, the
   * transaction is undone and its files stored one transaction each, so a failing file fails alone. Yields
   * each file's result or ImportError once it has committed; `stopped` is asked before each file.
   * Nothing else may use the connection meanwhile: the transaction stays open while the event loop runs.
   * Another worker checkpoints the log meanwhile (backgroundCheckpoints).
   */
  async *importMany(
    owner: string | null,
    files: { source: string; read: () => Uint8Array }[],
    force = false,
    stopped = () => false,
  ): AsyncGenerator<ImportResult | ImportError> {
    const turns: Promise<Turn>[] = [];
    let held = 0;
    let next = 0;
    // Parsing ahead of file i, the next to store (also within a transaction, so that the workers never run
    // dry at its end): a worker's worth, and more while the files held are small.
    const parseAhead = (i: number) => {
      for (
        ;
        next < files.length && (next - i <= IMPORT_LIMITS.workers || (next - i < STORE_BATCH && held < HELD_BYTES));
        next++
      ) {
        const { source, read } = files[next]!;
        turns[next] = (async () => {
          const bytes = read();
          held += bytes.length;
          try {
            return { source, parsed: await this.parse(bytes, source) };
          } finally {
            held -= bytes.length;
          }
        })().catch((error: unknown): Turn => ({ source, error }));
      }
    };
    const store = (t: Turn): ImportResult | ImportError => {
      try {
        if (!t.parsed) throw t.error;
        return this.saveHere(this.checked(owner, t.parsed, t.source, force));
      } catch (err) {
        if (err instanceof ImportError) return err;
        throw err;
      }
    };
    const checkpoints = backgroundCheckpoints(this.db);
    try {
      for (let i = 0; i < files.length && !stopped();) {
        parseAhead(i);
        const batch = [await turns[i]!];
        await checkpoints.ready();
        let stored: (ImportResult | ImportError)[] | null = [];
        const began = performance.now();
        this.db.exec('BEGIN IMMEDIATE');
        try {
          stored.push(store(batch[0]!));
          // The next files join while they are parsed in time. The event loop runs between them: the workers'
          // finished parses come in, and the workers get the next files.
          for (let k = i + 1; k < files.length && k - i < STORE_BATCH && !stopped(); k++) {
            await new Promise(setImmediate);
            parseAhead(k);
            const left = BATCH_MS - (performance.now() - began);
            if (k >= next || left <= 0 || !(await settlesWithin(turns[k]!, left))) break;
            batch.push(await turns[k]!);
            stored.push(store(batch.at(-1)!));
          }
          this.db.exec('COMMIT');
        } catch {
          if (this.db.inTransaction) this.db.exec('ROLLBACK');
          stored = null;
        }
        if (stored) yield* stored;
        else for (const t of batch) yield store(t); // undone: each file in its own transaction
        checkpoints.request();
        i += batch.length;
      }
    } finally {
      await checkpoints.end();
    }
  }

  /** Removes a plan of `owner` (null: the library); its last version is kept for a restore. */
  remove(owner: string | null, planId: number): PlanRow {
    const plan = getPlan(this.db, null, planId);
    if (!plan || plan.workspace !== owner) throw new ImportError(String(planId), 'not-owner');
    this.db
      .transaction(() => {
        keepVersion(this.db, planId, this.clock.now().toISOString());
        deletePlanRows(this.db, planId);
      })
      .immediate();
    return plan;
  }

  /**
   * Brings back the latest earlier version of a plan of `owner` under the same id; the version it replaces
   * is kept in turn, so a second restore undoes the first.
   */
  async restore(owner: string | null, planId: number): Promise<ImportResult> {
    const current = getPlan(this.db, null, planId);
    if (current && current.workspace !== owner) throw new ImportError(String(planId), 'not-owner');
    const version = lastVersion(this.db, planId, owner);
    if (!version) throw new ImportError(current?.title ?? String(planId), 'no-version');
    const { plan, source, sha256 } = version;
    return this.save({ owner, plan, source, sha256, id: planId, dropVersion: version.id });
  }

  /**
   * Stores a plan in one transaction: in a worker thread with its own connection when the database is a
   * file (the main thread keeps answering), on this thread for an in-memory database.
   */
  private async save(s: ToSave): Promise<ImportResult> {
    const saved = this.db.memory
      ? store(this.db, this.input(s))
      : await this.inSaveWorker({ op: 'save', dbPath: this.db.name, ...this.input(s) });
    return resultOf(s, saved);
  }

  /** Stores a plan on this thread, within the caller's transaction when one is open (see writing). */
  private saveHere(s: ToSave): ImportResult {
    return resultOf(s, store(this.db, this.input(s)));
  }

  private input(s: ToSave) {
    return { ...s, now: this.clock.now().toISOString(), catalog: this.catalog };
  }

  /** A parsed file to store, unless it would lose a large share of the plan it replaces (and not `force`). */
  private checked(owner: string | null, parsed: ParsedFile, source: string, force: boolean): ToSave {
    const replaces = replacedBy(this.db, owner, parsed.plan, parsed.sha256);
    const loss = replaces ? lossOf(replaces, parsed.plan) : null;
    if (loss && !force) throw new ImportError(source, 'large-loss', describeLoss(replaces!, loss));
    const { plan, derived, report, sha256 } = parsed;
    return { owner, plan, derived, report, source, sha256 };
  }

  private inSaveWorker(input: SaveInput): Promise<{ id: number; replaced: boolean }> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(workerUrl(), { workerData: input });
      worker.once('message', (out: WorkerOutput) => {
        void worker.terminate();
        if (out.ok && 'saved' in out) resolve(out.saved);
        else reject(new Error(`storing the plan failed: ${out.ok ? 'no result' : out.detail}`));
      });
      worker.once('error', reject);
    });
  }

  private take(token: string, owner: string | null): Pending {
    this.prune();
    const p = this.pending.get(token);
    if (!p || p.owner !== owner) throw new ImportError(token, 'expired');
    this.pending.delete(token);
    return p;
  }

  private prune(): void {
    const now = this.clock.now().getTime();
    for (const [token, p] of this.pending) if (p.expires <= now) this.pending.delete(token);
  }
}

/** The write-ahead log's length past which a bulk import lets the checkpoints catch up, so that the log starts over. */
const WAL_BOUND_BYTES = 64e6;

/**
 * Checkpoints of a database file's write-ahead log in a worker thread while a bulk import writes, the
 * importing connection's own turned off meanwhile: copying the pages into the database and syncing it no
 * longer hold up the store. One at a time; asked for while one runs, another follows it. The log starts over
 * (the file kept within the bound) only when all of it has been copied as a transaction begins: `ready`
 * waits for that once the log is long.
 */
function backgroundCheckpoints(db: Db): { request: () => void; ready: () => Promise<void>; end: () => Promise<void> } {
  if (db.memory) return { request: () => undefined, ready: async () => undefined, end: async () => undefined };
  const own = {
    autocheckpoint: db.pragma('wal_autocheckpoint', { simple: true }),
    limit: db.pragma('journal_size_limit', { simple: true }),
  };
  const bound = WAL_BOUND_BYTES / (db.pragma('page_size', { simple: true }) as number);
  db.pragma('wal_autocheckpoint = 0');
  db.pragma(`journal_size_limit = ${WAL_BOUND_BYTES}`);
  const data: CheckpointData = { op: 'checkpoint', dbPath: db.name };
  const worker = new Worker(workerUrl(), { workerData: data });
  worker.unref();
  let running = false;
  let asked = false;
  let ended = false;
  let pages = 0;
  const waiting: (() => void)[] = [];
  const request = () => {
    if (ended) return;
    if (running) return void (asked = true);
    running = true;
    worker.postMessage('checkpoint');
  };
  const caughtUp = () => {
    running = asked = false;
    for (const resolve of waiting.splice(0)) resolve();
  };
  worker.on('message', (log: number) => {
    pages = log;
    running = false;
    if (!asked) return caughtUp();
    asked = false;
    request();
  });
  // Once the worker has ended (or failed), the importing connection checkpoints the log itself again.
  const exited = once(worker, 'exit').then(() => {
    ended = true;
    db.pragma(`wal_autocheckpoint = ${own.autocheckpoint}`);
    db.pragma(`journal_size_limit = ${own.limit}`);
    caughtUp();
  });
  worker.on('error', () => undefined);
  return {
    request,
    ready: async () => {
      if (running && pages > bound) await new Promise<void>((resolve) => waiting.push(resolve));
    },
    // The last batch's pages copied, then the worker ends.
    end: async () => {
      worker.ref();
      if (running) await new Promise<void>((resolve) => waiting.push(resolve));
      worker.postMessage('close');
      await exited;
    },
  };
}

/** Whether `p` settles within `ms` milliseconds. */
function settlesWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(resolve, ms, false)));
  return Promise.race([p.then(() => true), late]).finally(() => clearTimeout(timer));
}

/** A file of a bulk import, parsed or failed. */
type Turn = { source: string; parsed?: ParsedFile; error?: unknown };

/** A plan to store, with its import report when the parse made it. */
type ToSave = Omit<SaveInput, 'op' | 'dbPath' | 'now' | 'catalog'> & { report?: PlanReport };

function resultOf(s: ToSave, saved: { id: number; replaced: boolean }): ImportResult {
  const { source, plan } = s;
  return {
    ...saved,
    source,
    title: plan.title,
    tasks: plan.tasks.length,
    targets: plan.targets.length,
    report: s.report ?? reportOf(plan),
  };
}

/** The loss when `plan` replaces `old`, if it drops more than the allowed share of tasks or targets. */
export function lossOf(old: PlanRow, plan: Plan): Loss | null {
  const loss = {
    tasks: { before: old.tasks, after: plan.tasks.length },
    targets: { before: old.targets, after: plan.targets.length },
  };
  const large = (n: { before: number; after: number }) =>
    n.before > 0 && (n.before - n.after) / n.before > IMPORT_LIMITS.dropShare;
  return large(loss.tasks) || large(loss.targets) ? loss : null;
}

export function describeLoss(old: PlanRow, loss: Loss): string {
  return `plan ${old.id} “${old.title}” would go from ${loss.tasks.before} to ${loss.tasks.after} tasks and from ${loss.targets.before} to ${loss.targets.after} targets`;
}

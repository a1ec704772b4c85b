/**
 * Opens the SQLite database (WAL, foreign keys on), checks its integrity and applies the numbered
 * migrations in migrations/. Failures become a DbError that names the file and what to do.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { log } from '../log.js';
import { bigrams, chars, charsRow, ownerTokens, unitTokens } from './fts.js';

export type Db = Database.Database;

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * A statement compiled once per connection and SQL text (compiling costs more than most queries here).
 * A call site that sets pluck or raw mode must be the only user of its SQL text.
 */
export function prepared(db: Db, sql: string): Database.Statement {
  let map = statements.get(db);
  if (!map) statements.set(db, (map = new Map()));
  let stmt = map.get(sql);
  if (!stmt) map.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}

/**
 * Runs `write` in a transaction begun IMMEDIATE, or as part of the caller's when one is open, without a
 * savepoint: FTS5 writes its pending index out at every savepoint, so plans stored one savepoint each would
 * leave an index segment per plan to merge. Inside a caller's transaction, a failure undoes all of it.
 */
export function writing<T>(db: Db, write: () => T): T {
  return db.inTransaction ? write() : db.transaction(write).immediate();
}

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** How long a statement waits for another process's write lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 10_000;

export type DbProblem = 'corrupt' | 'readonly' | 'directory' | 'locked' | 'other';

/** A database that cannot be used, with a message naming the file and what to do. */
export class DbError extends Error {
  constructor(
    readonly path: string,
    readonly problem: DbProblem,
    detail: string,
  ) {
    super(`database ${path}: ${ADVICE[problem]} (${detail})`);
  }
}

const ADVICE: Record<DbProblem, string> = {
  corrupt: 'the file is damaged or not a kepu database; restore it from a backup (kepu restore-backup <backup>)',
  readonly: 'cannot write to the file or its folder; check their permissions and owner',
  directory: 'its folder does not exist and cannot be created; check KEPU_DB / --db and permissions',
  locked: `another process held the database lock for over ${BUSY_TIMEOUT_MS / 1000} s; try again, or stop the other kepu process`,
  other: 'could not be opened',
};

/** Whether `err` is a failure of SQLite itself (damaged file, lock, permissions), not of a query's logic. */
export function isSqliteError(err: unknown): boolean {
  return err instanceof DbError || /^SQLITE_/.test(String((err as { code?: unknown } | null)?.code ?? ''));
}

/** The DbError for an SQLite failure on the database at `path`. */
export function dbError(path: string, err: unknown): DbError {
  if (err instanceof DbError) return err;
  const code = String((err as { code?: string }).code ?? '');
  const message = (err as Error).message ?? String(err);
  const problem: DbProblem =
    code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB'
      ? 'corrupt'
      : code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM')
        ? path !== ':memory:' && !existsSync(dirname(path))
          ? 'directory'
          : 'readonly'
        : code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')
          ? 'locked'
          : 'other';
  return new DbError(path, problem, code ? `${code}: ${message}` : message);
}

export interface OpenOptions {
  busyTimeoutMs?: number;
  /**
   * Run `PRAGMA quick_check` (which reads the whole file) before anything else: true when the bot starts
   * and when a CLI command that writes opens the file; a one-shot read and the bot's import worker (the bot
   * checked at start) skip it, and a damaged page they read fails then as SQLITE_CORRUPT, which dbError
   * turns into the same message.
   */
  check?: boolean;
}

export function openDb(path: string, o: OpenOptions = {}): Db {
  if (path !== ':memory:') {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (err) {
      throw new DbError(path, 'directory', (err as Error).message);
    }
  }
  let db: Db | undefined;
  try {
    db = new Database(path);
    db.pragma(`busy_timeout = ${o.busyTimeoutMs ?? BUSY_TIMEOUT_MS}`);
    if (o.check ?? true) checkIntegrity(db, path);
    db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL never corrupts the database; a power cut may lose only the last commits.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // The search tokenizers, for migrations that rebuild the full-text indexes.
    db.function('kepu_bigrams', { deterministic: true }, (text) => bigrams(String(text)));
    db.function('kepu_chars', { deterministic: true }, (text) => chars(String(text)));
    const owner = (workspace: unknown) => ownerTokens(workspace === null ? null : String(workspace));
    db.function('kepu_owner', { deterministic: true }, owner);
    db.function('kepu_units', { deterministic: true }, (names) => unitTokens(JSON.parse(String(names))));
    db.function('kepu_chars_row', { deterministic: true }, (text, names, workspace) =>
      charsRow(String(text), JSON.parse(String(names)), owner(workspace)),
    );
    migrate(db);
    return db;
  } catch (err) {
    db?.close();
    throw dbError(path, err);
  }
}

/** `PRAGMA quick_check` (reads every page): a DbError naming the file when the database is damaged. */
export function checkIntegrity(db: Db, path: string = db.name): void {
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DbError(path, 'corrupt', `quick_check: ${String(check)}`);
  } catch (err) {
    throw dbError(path, err);
  }
}

/** Copies the database to `file` with SQLite's online backup API (safe while the bot runs). Returns the pages copied. */
export async function backupDb(db: Db, file: string): Promise<number> {
  const { totalPages } = await db.backup(file);
  return totalPages;
}

/**
 * Replaces the database at `path` (even a damaged one) with the backup `file` after checking the backup's
 * integrity: copied next to it, then renamed over it, its old WAL files removed. Stop the bot first.
 */
export async function restoreDb(file: string, path: string): Promise<void> {
  if (!existsSync(file)) throw new DbError(file, 'other', 'no such file');
  let source: Db | undefined;
  try {
    source = new Database(file, { readonly: true, fileMustExist: true });
    const check = source.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DbError(file, 'corrupt', `quick_check: ${String(check)}`);
    await source.backup(`${path}.restoring`);
  } catch (err) {
    rmSync(`${path}.restoring`, { force: true });
    throw dbError(file, err);
  } finally {
    source?.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  renameSync(`${path}.restoring`, path);
}

/**
 * Applies every migration not yet recorded, in number order, each in its own transaction; numbers may
 * have gaps, and a migration numbered below one already applied (a branch merged later) still runs.
 * Foreign keys are off meanwhile (a migration may rebuild a table) and checked before each commit.
 * Returns the highest version applied.
 */
export function migrate(db: Db, dir = MIGRATIONS): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const applied = () =>
    new Set((db.prepare('SELECT version FROM schema_version').all() as { version: number }[]).map((r) => r.version));
  const done = applied();
  const files = readdirSync(dir)
    .filter((f) => /^\d+_.*\.sql$/.test(f))
    .sort((a, b) => Number(a.split('_')[0]) - Number(b.split('_')[0]));
  // An upgrade (not a new file) is logged: a migration rebuilding the search indexes takes about a minute
  // per 10 000 plans, and the bot answers only after it.
  const pending = files.filter((f) => !done.has(Number(f.split('_')[0])));
  const upgrade = done.size > 0 && pending.length > 0;
  const started = performance.now();
  if (upgrade) log.info({ db: db.name, migrations: pending }, 'upgrading the database');
  const fk = db.pragma('foreign_keys', { simple: true });
  db.pragma('foreign_keys = OFF');
  try {
    for (const file of files) {
      const n = Number(file.split('_')[0]);
      if (done.has(n)) continue;
      // Immediate: take the write lock before reading, so two first starts wait for each other instead of failing.
      db.transaction(() => {
        if (applied().has(n)) return;
        db.exec(readFileSync(join(dir, file), 'utf8'));
        if ((db.pragma('foreign_key_check') as unknown[]).length > 0)
          throw new Error(`migration ${file} breaks foreign keys`);
        db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(n);
      }).immediate();
    }
  } finally {
    db.pragma(`foreign_keys = ${fk ? 'ON' : 'OFF'}`);
  }
  if (upgrade) log.info({ db: db.name, ms: Math.round(performance.now() - started) }, 'database upgraded');
  return (db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null }).v ?? 0;
}

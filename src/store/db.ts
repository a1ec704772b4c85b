/** Opens the SQLite database (WAL, foreign keys on) and applies the numbered migrations in migrations/. */
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigrams, chars } from './fts.js';

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

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // In WAL mode NORMAL never corrupts the database; a power cut may lose only the last commits.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // The search tokenizers, for migrations that rebuild the full-text indexes.
  db.function('kepu_bigrams', { deterministic: true }, (text) => bigrams(String(text)));
  db.function('kepu_chars', { deterministic: true }, (text) => chars(String(text)));
  migrate(db);
  return db;
}

/** Applies every migration numbered above the recorded version, each in its own transaction. */
export function migrate(db: Db): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const current = (db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null }).v ?? 0;
  const files = readdirSync(MIGRATIONS)
    .filter((f) => /^\d+_.*\.sql$/.test(f))
    .sort();
  let version = current;
  for (const file of files) {
    const n = Number(file.split('_')[0]);
    if (n <= current) continue;
    db.transaction(() => {
      db.exec(readFileSync(join(MIGRATIONS, file), 'utf8'));
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(n);
    })();
    version = n;
  }
  return version;
}

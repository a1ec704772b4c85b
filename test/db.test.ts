/** Database faults at start (corrupt, missing folder, locked, read-only) and online backup and restore. */
import { weekly } from './helpers.js';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { chmodSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupDb, DbError, openDb, restoreDb } from '../src/store/db.js';
import { listSubscriptions, upsertSubscription } from '../src/store/subscriptions.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) {
    chmodSync(d, 0o755);
    rmSync(d, { recursive: true, force: true });
  }
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kepu-db-'));
  dirs.push(dir);
  return dir;
}

function problemOf(fn: () => unknown): DbError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DbError);
    return err as DbError;
  }
  throw new Error('expected a DbError');
}

const subscription = (channel: string) => weekly({ platform: 'slack', workspace: 'T1', channel, createdBy: 'U1' });

describe('database faults', () => {
  it('refuses a file that is not a database, naming it and saying to restore', () => {
    const path = join(tempDir(), 'kepu.db');
    writeFileSync(path, 'x'.repeat(8192));
    const err = problemOf(() => openDb(path));
    expect(err.problem).toBe('corrupt');
    expect(err.message).toContain(path);
    expect(err.message).toContain('kepu restore');
  });

  it('detects damaged pages at start with quick_check', () => {
    const path = join(tempDir(), 'kepu.db');
    const db = openDb(path);
    for (let i = 0; i < 300; i++) upsertSubscription(db, subscription(`C${i}`), new Date());
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const size = statSync(path).size;
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(size - 8192, 0x5a), 0, size - 8192, 4096);
    closeSync(fd);
    expect(problemOf(() => openDb(path)).problem).toBe('corrupt');
  });

  it('names a folder that cannot be created', () => {
    const file = join(tempDir(), 'plain-file');
    writeFileSync(file, '');
    const err = problemOf(() => openDb(join(file, 'data', 'kepu.db')));
    expect(err.problem).toBe('directory');
    expect(err.message).toContain(join(file, 'data', 'kepu.db'));
  });

  it('says the database is locked when another process keeps the write lock', () => {
    const path = join(tempDir(), 'kepu.db');
    const other = new Database(path);
    other.pragma('journal_mode = WAL');
    other.exec('BEGIN IMMEDIATE');
    try {
      const err = problemOf(() => openDb(path, { busyTimeoutMs: 50 }));
      expect(err.problem).toBe('locked');
      expect(err.message).toMatch(/another process/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    openDb(path).close();
  });

  it.skipIf(process.getuid?.() === 0)('says a read-only database needs its permissions checked', () => {
    const dir = tempDir();
    const path = join(dir, 'kepu.db');
    openDb(path).close();
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
    chmodSync(path, 0o444);
    chmodSync(dir, 0o555);
    expect(problemOf(() => openDb(path)).problem).toBe('readonly');
  });
});

describe('backup and restore', () => {
  it('backs up online and restores the database as it was', async () => {
    const dir = tempDir();
    const path = join(dir, 'kepu.db');
    const db = openDb(path);
    upsertSubscription(db, subscription('CKEEP'), new Date());
    const backup = join(dir, 'backup.db');
    expect(await backupDb(db, backup)).toBeGreaterThan(0);
    upsertSubscription(db, subscription('CLATER'), new Date());
    db.close();
    await restoreDb(backup, path);
    const restored = openDb(path);
    expect(listSubscriptions(restored).map((s) => s.channel)).toEqual(['CKEEP']);
    restored.close();
  });

  it('refuses to restore from a damaged backup and leaves the database alone', async () => {
    const dir = tempDir();
    const path = join(dir, 'kepu.db');
    const db = openDb(path);
    upsertSubscription(db, subscription('CKEEP'), new Date());
    db.close();
    const bad = join(dir, 'bad.db');
    writeFileSync(bad, 'x'.repeat(8192));
    await expect(restoreDb(bad, path)).rejects.toMatchObject({ problem: 'corrupt' });
    const after = openDb(path);
    expect(listSubscriptions(after)).toHaveLength(1);
    after.close();
  });
});

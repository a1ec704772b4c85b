/**
 * Importing plan files into the library on the host: read → parse (pure) → save (one transaction). Failures
 * leave the database unchanged. Imports into a workspace, with a preview, are in imports.ts.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import { MAX_FILE_BYTES } from '../files/extract.js';
import { basename, join } from 'node:path';
import { NotAPlanError, parsePlanBytes } from '../plans/parse.js';
import type { Plan } from '../plans/types.js';
import type { Db } from '../store/db.js';
import { countPlans, savePlan } from '../store/plans.js';
import { linkThemeDays } from '../calendar/links.js';
import type { ThemeDay } from '../calendar/catalog.js';

export interface ImportResult {
  id: number;
  replaced: boolean;
  source: string;
  title: string;
  tasks: number;
  targets: number;
}

/** Why a file could not be imported (or an import step refused), for a message to the person who tried. */
export type ImportProblem =
  | 'unreadable'
  | 'not-a-file'
  | 'empty'
  | 'binary'
  | 'not-a-plan'
  | 'unsupported'
  | 'scanned'
  | 'too-large'
  | 'too-many-pages'
  | 'damaged'
  | 'timeout'
  | 'large-loss'
  | 'expired'
  | 'not-owner'
  | 'no-version';

/** A file that could not be imported, with a message for the person who tried. */
export class ImportError extends Error {
  constructor(
    readonly source: string,
    readonly reason: ImportProblem,
    readonly detail?: string,
  ) {
    super(`${source}: ${describe(reason)}${detail ? ` (${detail})` : ''}`);
  }
}

function describe(reason: ImportProblem): string {
  switch (reason) {
    case 'unreadable':
      return 'cannot read the file';
    case 'not-a-file':
      return 'not a regular file (a directory, pipe or device cannot be imported)';
    case 'empty':
      return 'the file is empty';
    case 'binary':
    case 'unsupported':
      return 'not a plan file in a known format (text, Markdown, PDF, DOCX or DOC)';
    case 'not-a-plan':
      return 'no plan structure found (expected numbered headings such as 一、 （一） 1. and tasks or targets)';
    case 'scanned':
      return 'a scanned PDF without a text layer';
    case 'too-large':
      return `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`;
    case 'too-many-pages':
      return 'more than 1000 pages';
    case 'damaged':
      return 'the file is damaged';
    case 'timeout':
      return 'reading the file took too long and was stopped';
    case 'large-loss':
      return 'the new version drops more than 30% of the tasks or targets; run again with --force to replace it';
    case 'expired':
      return 'no such pending import (expired, cancelled or already done)';
    case 'not-owner':
      return 'the plan does not belong here';
    case 'no-version':
      return 'no earlier version is kept';
  }
}

/**
 * Reads a plan file: refuses what is not a regular file (checked before opening, so a FIFO cannot block)
 * and what is larger than the limit (before reading); opened non-blocking and checked again.
 */
export function readPlanFile(path: string, max = MAX_FILE_BYTES): Buffer {
  const name = basename(path);
  const fail = (err: unknown): never => {
    throw new ImportError(name, 'unreadable', (err as NodeJS.ErrnoException).code);
  };
  let st: Stats;
  try {
    st = statSync(path);
  } catch (err) {
    return fail(err);
  }
  if (!st.isFile()) throw new ImportError(name, 'not-a-file', kindOf(st));
  if (st.size > max) throw new ImportError(name, 'too-large');
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return fail(err);
  }
  try {
    const now = fstatSync(fd);
    if (!now.isFile()) throw new ImportError(name, 'not-a-file', kindOf(now));
    if (now.size > max) throw new ImportError(name, 'too-large');
    // Read in chunks until the end, stopping past the limit (the file may grow while it is read).
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total));
      const r = readSync(fd, chunk, 0, chunk.length, null);
      if (r === 0) break;
      chunks.push(chunk.subarray(0, r));
      total += r;
      if (total > max) throw new ImportError(name, 'too-large');
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    return fail(err);
  } finally {
    closeSync(fd);
  }
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'named pipe';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'special file';
}

const aliasLists = new WeakMap<readonly ThemeDay[], string[]>();

/** Every alias of the catalog, computed once per catalog. */
export function aliasesOf(days: readonly ThemeDay[]): string[] {
  let list = aliasLists.get(days);
  if (!list) aliasLists.set(days, (list = [...new Set(days.flatMap((d) => d.aliases))]));
  return list;
}

export function parseFile(bytes: Uint8Array, source: string, days: readonly ThemeDay[]): Plan {
  const aliases = aliasesOf(days);
  try {
    return parsePlanBytes(bytes, { themeDayAliases: aliases });
  } catch (err) {
    if (err instanceof NotAPlanError) {
      throw new ImportError(
        source,
        err.message === 'empty' ? 'empty' : err.message === 'binary' ? 'binary' : 'not-a-plan',
      );
    }
    throw err;
  }
}

export function importBytes(
  db: Db,
  bytes: Uint8Array,
  source: string,
  days: readonly ThemeDay[],
  now: Date,
): ImportResult {
  const plan = parseFile(bytes, source, days);
  const sha = createHash('sha256').update(bytes).digest('hex');
  const { id, replaced } = savePlan(db, plan, source, sha, now.toISOString(), (task) => linkThemeDays(days, task));
  return { id, source, title: plan.title, replaced, tasks: plan.tasks.length, targets: plan.targets.length };
}

export function importFile(db: Db, path: string, days: readonly ThemeDay[], now: Date): ImportResult {
  return importBytes(db, readPlanFile(path), basename(path), days, now);
}

/** Loads every plan file in `dir` when the database holds no plan yet. */
export function ensureSeeds(db: Db, dir: string, days: readonly ThemeDay[], now: Date): ImportResult[] {
  if (countPlans(db) > 0) return [];
  const files = readdirSync(dir)
    .filter((f) => /\.(txt|md)$/i.test(f))
    .sort();
  return files.map((f) => importFile(db, join(dir, f), days, now));
}

/** Importing plan files: read → parse (pure) → save (one transaction). Failures leave the database unchanged. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { NotAPlanError, parsePlanBytes } from '../plans/parse.js';
import type { Plan } from '../plans/types.js';
import type { Db } from '../store/db.js';
import { countPlans, savePlan } from '../store/plans.js';
import { linkThemeDays } from '../calendar/links.js';
import type { ThemeDay } from '../calendar/catalog.js';

export interface ImportResult {
  id: number;
  source: string;
  title: string;
  replaced: boolean;
  tasks: number;
  targets: number;
}

/** A file that could not be imported, with a message for the person who tried. */
export class ImportError extends Error {
  constructor(
    readonly source: string,
    readonly reason: 'unreadable' | 'empty' | 'binary' | 'not-a-plan',
    detail?: string,
  ) {
    super(`${source}: ${describe(reason)}${detail ? ` (${detail})` : ''}`);
  }
}

function describe(reason: ImportError['reason']): string {
  switch (reason) {
    case 'unreadable':
      return 'cannot read the file';
    case 'empty':
      return 'the file is empty';
    case 'binary':
      return 'the file is not text (expected UTF-8 or GB18030 plan text)';
    case 'not-a-plan':
      return 'no plan structure found (expected numbered headings such as 一、 （一） 1. and tasks or targets)';
  }
}

const aliasLists = new WeakMap<readonly ThemeDay[], string[]>();

/** Every alias of the catalog, computed once per catalog. */
function aliasesOf(days: readonly ThemeDay[]): string[] {
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
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new ImportError(basename(path), 'unreadable', (err as NodeJS.ErrnoException).code);
  }
  return importBytes(db, bytes, basename(path), days, now);
}

/** Loads every plan file in `dir` when the database holds no plan yet. */
export function ensureSeeds(db: Db, dir: string, days: readonly ThemeDay[], now: Date): ImportResult[] {
  if (countPlans(db) > 0) return [];
  const files = readdirSync(dir)
    .filter((f) => /\.(txt|md)$/i.test(f))
    .sort();
  // One immediate transaction: of several first starts, one seeds and the others then find the plans.
  return db
    .transaction(() => (countPlans(db) > 0 ? [] : files.map((f) => importFile(db, join(dir, f), days, now))))
    .immediate();
}

/** Importing plan files: read → parse (pure) → save (one transaction). Failures leave the database unchanged. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { NotAPlanError, parsePlan, parsePlanBytes } from '../plans/parse.js';
import {
  extractText,
  FileError,
  MAX_EXTRACT_MS,
  MAX_FILE_BYTES,
  MAX_PAGES,
  type FileProblem,
} from '../files/extract.js';
import { translate, type Locale } from '../i18n.js';
import type { Plan } from '../plans/types.js';
import { reportOf, type PlanReport } from '../plans/report.js';
import { ConfigError } from '../config.js';
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
  /** What the parse found, with warnings where the structure looks doubtful. */
  report: PlanReport;
}

/** A file that could not be imported, with a message for the person who tried. */
export class ImportError extends Error {
  constructor(
    readonly source: string,
    readonly reason: 'unreadable' | 'not-a-plan' | FileProblem,
    readonly detail?: string,
  ) {
    super(`${source}: ${describeImportError(reason, 'en')}${detail ? ` (${detail})` : ''}`);
  }
}

/** Why a file was not imported, in the reader's language. */
export function describeImportError(reason: ImportError['reason'], locale: Locale): string {
  return translate(locale, `import.${reason}`, {
    formats: translate(locale, 'import.formats'),
    mb: MAX_FILE_BYTES / 1024 / 1024,
    pages: MAX_PAGES,
    seconds: MAX_EXTRACT_MS / 1000,
  });
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

/** Saves a parsed plan with its theme-day links, in one transaction. */
function save(
  db: Db,
  plan: Plan,
  bytes: Uint8Array,
  source: string,
  days: readonly ThemeDay[],
  now: Date,
): ImportResult {
  const sha = createHash('sha256').update(bytes).digest('hex');
  const { id, replaced } = savePlan(db, plan, source, sha, now.toISOString(), (task) => linkThemeDays(days, task));
  return {
    id,
    source,
    title: plan.title,
    replaced,
    tasks: plan.tasks.length,
    targets: plan.targets.length,
    report: reportOf(plan),
  };
}

/** The text of a plan file of any accepted format (PDF, DOCX, DOC, text), or an ImportError. */
export async function readPlanText(bytes: Uint8Array, source: string): Promise<string> {
  try {
    return (await extractText(bytes)).text;
  } catch (err) {
    if (err instanceof FileError) throw new ImportError(source, err.problem, err.detail);
    throw err;
  }
}

/** Parses plan text already extracted from a file. */
export function parseText(text: string, source: string, days: readonly ThemeDay[]): Plan {
  try {
    return parsePlan(text, { themeDayAliases: aliasesOf(days) });
  } catch (err) {
    if (err instanceof NotAPlanError) throw new ImportError(source, 'not-a-plan');
    throw err;
  }
}

export async function importBytes(
  db: Db,
  bytes: Uint8Array,
  source: string,
  days: readonly ThemeDay[],
  now: Date,
): Promise<ImportResult> {
  const plan = parseText(await readPlanText(bytes, source), source, days);
  return save(db, plan, bytes, source, days, now);
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new ImportError(basename(path), 'unreadable', (err as NodeJS.ErrnoException).code);
  }
}

/** Parses a plan file without storing it (`kepu import --dry-run`). */
export async function previewFile(path: string, days: readonly ThemeDay[]): Promise<{ source: string; report: PlanReport }> {
  const source = basename(path);
  return { source, report: reportOf(parseText(await readPlanText(readBytes(path), source), source, days)) };
}

export async function importFile(db: Db, path: string, days: readonly ThemeDay[], now: Date): Promise<ImportResult> {
  return importBytes(db, readBytes(path), basename(path), days, now);
}

/** Loads every text plan file (.txt, .md) in `dir` when the database holds no plan yet; synchronous, for start-up. */
export function ensureSeeds(db: Db, dir: string, days: readonly ThemeDay[], now: Date): ImportResult[] {
  if (countPlans(db) > 0) return [];
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new ConfigError(
      `KEPU_SEEDS: 种子规划目录“${dir}”不存在或不是目录。请指向一个存放规划文件（.txt/.md）的目录，或取消设置以使用项目自带的 seeds/。` +
        `\nKEPU_SEEDS: the seed folder “${dir}” does not exist or is not a folder. Point it at a folder of plan files (.txt/.md), or unset it to use the bundled seeds/.`,
    );
  const files = readdirSync(dir)
    .filter((f) => /\.(txt|md)$/i.test(f))
    .sort();
  return files.map((f) => {
    const bytes = readBytes(join(dir, f));
    return save(db, parseFile(bytes, f, days), bytes, f, days, now);
  });
}

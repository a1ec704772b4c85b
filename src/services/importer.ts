/**
 * Importing plan files into the library on the host: read → parse (pure) → save (one transaction). Failures
 * leave the database unchanged. Imports into a workspace, with a preview, are in imports.ts.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  statSync,
  type Stats,
} from 'node:fs';
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
import { ConfigError } from '../config-error.js';
import type { Db } from '../store/db.js';
import { countPlans, savePlan, type PlanDerived } from '../store/plans.js';
import { taskTerms } from '../store/fts.js';
import { planLinks } from '../calendar/links.js';
import type { ThemeDay } from '../calendar/catalog.js';

export interface ImportResult {
  id: number;
  replaced: boolean;
  source: string;
  title: string;
  tasks: number;
  targets: number;
  /** What the parse found, with warnings where the structure looks doubtful. */
  report: PlanReport;
}

/** Why a file could not be imported (or an import step refused), for a message to the person who tried. */
export type ImportProblem =
  | 'unreadable'
  | 'not-a-file'
  | 'empty'
  | 'binary'
  | 'not-a-plan'
  | 'no-tasks'
  | 'unsupported'
  | 'scanned'
  | 'too-large'
  | 'too-many-pages'
  | 'damaged'
  | 'timeout'
  | 'large-loss'
  | 'expired'
  | 'not-owner'
  | 'no-version'
  | FileProblem;

/** The problem a NotAPlanError names: 'not-a-plan' for a text without numbered parts. */
export function notAPlan(err: NotAPlanError): ImportProblem {
  return err.reason === 'no-structure' ? 'not-a-plan' : err.reason;
}

/** A file that could not be imported, with a message for the person who tried. */
export class ImportError extends Error {
  constructor(
    readonly source: string,
    readonly reason: ImportProblem,
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
    return parsePlanBytes(bytes, { themeDayAliases: aliases, name: source });
  } catch (err) {
    if (err instanceof NotAPlanError) throw new ImportError(source, notAPlan(err));
    throw err;
  }
}

/** A plan's theme-day links and index terms, worked out before the store (see PlanDerived). */
export function derive(days: readonly ThemeDay[], plan: Plan): Required<PlanDerived> {
  return { links: planLinks(days, plan), terms: plan.tasks.map(taskTerms) };
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
  const { id, replaced } = savePlan(db, plan, source, sha, now.toISOString(), derive(days, plan));
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
    return parsePlan(text, { themeDayAliases: aliasesOf(days), name: source });
  } catch (err) {
    if (err instanceof NotAPlanError) throw new ImportError(source, notAPlan(err));
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

/** Parses a plan file without storing it (`kepu import --dry-run`). */
export async function previewFile(
  path: string,
  days: readonly ThemeDay[],
): Promise<{ source: string; report: PlanReport }> {
  const source = basename(path);
  return { source, report: reportOf(parseText(await readPlanText(readPlanFile(path), source), source, days)) };
}

export async function importFile(db: Db, path: string, days: readonly ThemeDay[], now: Date): Promise<ImportResult> {
  return importBytes(db, readPlanFile(path), basename(path), days, now);
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
  const parsed = files.map((f) => {
    const bytes = readPlanFile(join(dir, f));
    return { f, bytes, plan: parseFile(bytes, f, days) };
  });
  // One immediate transaction: of several first starts, one seeds and the others then find the plans.
  return db
    .transaction(() => (countPlans(db) > 0 ? [] : parsed.map((p) => save(db, p.plan, p.bytes, p.f, days, now))))
    .immediate();
}

/** Builds the application once per process: database, clock, services and the command dispatcher. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allCommands } from '../commands/index.js';
import { offsetClock, parseInstant, systemClock, type Clock } from './clock.js';
import { Dispatcher } from './dispatch/dispatcher.js';
import { checkIntegrity, isSqliteError, openDb, type Db } from './store/db.js';
import { countPlans } from './store/plans.js';
import { Services } from './services/index.js';
import { loadCatalog } from './calendar/catalog.js';
import { ensureSeeds } from './services/importer.js';

/** The repository: the nearest folder above this module with a package.json (the same from src/ and dist/src/). */
export const ROOT = projectRoot(dirname(fileURLToPath(import.meta.url)));
export const SEEDS = join(ROOT, 'seeds');

export interface App {
  db: Db;
  clock: Clock;
  services: Services;
  dispatcher: Dispatcher;
  close(): void;
}

export interface AppOptions {
  dbPath: string;
  clock?: Clock;
  /** Folder loaded when the database holds no plan (default: the repository's seeds/). */
  seeds?: string | null;
  /**
   * One command and exit (`kepu ask`, `plans`, `export`, …): no integrity check of the whole file on open
   * (only before seeding an empty database), and a database failure inside a command is thrown to the
   * caller, which names the file, instead of becoming a reply.
   */
  oneShot?: boolean;
}

export function createApp(opts: AppOptions): App {
  const clock = opts.clock ?? systemClock();
  const db = openDb(opts.dbPath, { check: !opts.oneShot });
  try {
    const catalog = loadCatalog();
    if (opts.seeds !== null) {
      if (opts.oneShot && countPlans(db) === 0) checkIntegrity(db, opts.dbPath);
      ensureSeeds(db, opts.seeds ?? SEEDS, catalog, clock.now());
    }
    const services = new Services(db, clock, catalog);
    const dispatcher = new Dispatcher(allCommands(), services, opts.oneShot ? { rethrow: isSqliteError } : {});
    return { db, clock, services, dispatcher, close: () => db.close() };
  } catch (err) {
    db.close();
    throw err;
  }
}

/** The clock the environment asks for: KEPU_NOW fixes the start, KEPU_TZ the zone. */
export function clockFromEnv(now: string | undefined, zone: string): Clock {
  if (!now) return systemClock(zone);
  const start = parseInstant(now, zone);
  if (!start) throw new Error(`KEPU_NOW: “${now}” is not an ISO date such as 2026-05-04 or 2026-05-04T09:00`);
  return offsetClock(start, zone);
}

function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}

/** Small builders and readers shared by the tests. */
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reply } from '../src/reply.js';
import type { NewSubscription } from '../src/store/subscriptions.js';

/** A subscription to the weekly digest, Monday 09:00 in Shanghai, 21 days ahead, in Chinese; `over` names the rest. */
export function weekly(
  over: Pick<NewSubscription, 'platform' | 'workspace' | 'channel' | 'createdBy'> & Partial<NewSubscription>,
): NewSubscription {
  return {
    planIds: null,
    weekday: 1,
    time: '09:00',
    timezone: 'Asia/Shanghai',
    lookahead: 21,
    locale: 'zh-CN',
    ...over,
  };
}

/** Every text of a reply (title, text, sections and their fields, footer), one per line. */
export const allText = (r: Reply): string =>
  [
    r.title,
    r.text,
    ...(r.sections ?? []).flatMap((s) => [s.title, s.body, ...(s.fields ?? []).map((f) => `${f.name} ${f.value}`)]),
    r.footer,
  ].join('\n');

/** A database file as migrations 001–004 left it (before plans had owners), open for rows to be added. */
export function databaseOfVersion4(path: string): Database.Database {
  const db = new Database(path);
  const migrations = join(__dirname, '..', 'src', 'store', 'migrations');
  db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL)');
  for (const f of readdirSync(migrations)
    .filter((f) => /^00[1-4]_/.test(f))
    .sort()) {
    db.exec(readFileSync(join(migrations, f), 'utf8'));
    db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(Number(f.slice(0, 3)));
  }
  return db;
}

/** The unit totals (unit_stat's rows) counted from scratch from the tasks and their units. */
export const unitTotals = (db: Database.Database): unknown[][] =>
  db
    .prepare(
      `SELECT ifnull(p.workspace, ''), tu.unit_id, count(DISTINCT tu.task_id),
         count(DISTINCT CASE WHEN tu.role = 'lead' THEN tu.task_id END), count(DISTINCT t.plan_id),
         count(DISTINCT CASE WHEN t.plan_id NOT IN (SELECT lt.plan_id FROM task lt JOIN task_unit l ON l.task_id = lt.id
           WHERE l.role = 'lead') THEN t.plan_id END)
       FROM task_unit tu JOIN task t ON t.id = tu.task_id JOIN plan p ON p.id = t.plan_id GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .raw()
    .all() as unknown[][];

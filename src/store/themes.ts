/** Theme days per workspace (local days and announced dates admins enter) and the tasks linked to days. */
import type { Db } from './db.js';
import { tasksById, THEME_TASKS, type TaskRow, type ThemeFilter } from './tasks.js';
import { VISIBLE_PLANS } from './scope.js';
import { othersOwnPlans } from './plans.js';

/** Dates an admin entered for a day in a year. */
export interface OverrideRow {
  dayId: string;
  year: number;
  start: string;
  end: string;
}

/** The workspace's local theme days, as stored (JSON of the calendar's ThemeDay). */
export function localDayData(db: Db, workspace: string): string[] {
  return db.prepare('SELECT data FROM local_theme_day WHERE workspace = ?').pluck().all(workspace) as string[];
}

export function saveLocalDay(db: Db, workspace: string, id: string, data: string): void {
  db.prepare('INSERT OR REPLACE INTO local_theme_day (workspace, id, data) VALUES (?, ?, ?)').run(workspace, id, data);
}

export function overrides(db: Db, workspace: string): OverrideRow[] {
  return db
    .prepare('SELECT day_id AS dayId, year, start, end FROM theme_override WHERE workspace = ?')
    .all(workspace) as OverrideRow[];
}

/** Records announced dates for a day and year in a workspace (replacing earlier ones). */
export function saveOverride(db: Db, workspace: string, o: OverrideRow, by: string, at: Date): void {
  db.prepare(
    'INSERT OR REPLACE INTO theme_override (workspace, day_id, year, start, end, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(workspace, o.dayId, o.year, o.start, o.end, by, at.toISOString());
}

/** How many tasks of the plans a workspace sees a theme filter matches. */
export function countThemeTasks(db: Db, ws: string, theme: ThemeFilter): number {
  const params = [JSON.stringify(theme.dayIds), JSON.stringify(theme.names)];
  if (!othersOwnPlans(db, ws))
    return db
      .prepare(`SELECT count(*) FROM (${THEME_TASKS})`)
      .pluck()
      .get(...params) as number;
  const sql = `SELECT count(*) FROM (${THEME_TASKS}) WHERE (SELECT plan_id FROM task WHERE id = task_id) IN (${VISIBLE_PLANS})`;
  return db
    .prepare(sql)
    .pluck()
    .get(...params, ws) as number;
}

/**
 * Tasks linked to theme days, most relevant first: those whose own words are on the day's topic, then
 * those naming the day, a task naming few days before one listing many.
 */
export function tasksOfThemeDays(
  db: Db,
  ws: string,
  dayIds: string[],
  planIds: number[] | null,
  limit: number,
): TaskRow[] {
  const plans = planIds ? `AND t.plan_id IN (SELECT value FROM json_each(?))` : '';
  const params: unknown[] = [JSON.stringify(dayIds), ws];
  if (planIds) params.push(JSON.stringify(planIds));
  const ids = db
    .prepare(
      `SELECT t.id FROM task t
       JOIN (SELECT task_id, max(how) AS how, max(topical) AS topical FROM task_theme
             WHERE day_id IN (SELECT value FROM json_each(?)) GROUP BY task_id) l ON l.task_id = t.id
       WHERE t.plan_id IN (${VISIBLE_PLANS}) ${plans}
       ORDER BY l.topical DESC, l.how DESC, (SELECT count(DISTINCT name) FROM theme_mention m WHERE m.task_id = t.id),
         t.plan_id, t.seq LIMIT ?`,
    )
    .pluck()
    .all(...params, limit) as number[];
  return tasksById(db, ids);
}

/** The theme days linked to one task, those it names first. */
export function linksOfTask(db: Db, taskId: number): { dayId: string; how: 'mention' | 'keyword' }[] {
  return db
    .prepare('SELECT day_id AS dayId, how FROM task_theme WHERE task_id = ? ORDER BY how DESC, day_id')
    .all(taskId) as { dayId: string; how: 'mention' | 'keyword' }[];
}

/** An admin's note on a day for a year in a workspace, if any. */
export function themeNote(db: Db, workspace: string, dayId: string, year: number): string | undefined {
  return db
    .prepare('SELECT note FROM theme_note WHERE workspace = ? AND day_id = ? AND year = ?')
    .pluck()
    .get(workspace, dayId, year) as string | undefined;
}

export function saveThemeNote(
  db: Db,
  workspace: string,
  dayId: string,
  year: number,
  note: string,
  by: string,
  at: Date,
) {
  db.prepare(
    'INSERT OR REPLACE INTO theme_note (workspace, day_id, year, note, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(workspace, dayId, year, note, by, at.toISOString());
}

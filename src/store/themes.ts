/** Theme days per workspace (local days and announced dates admins enter) and the tasks linked to days. */
import { prepared, type Db } from './db.js';
import { taskBriefs, THEME_TASKS, type TaskBrief, type ThemeFilter } from './tasks.js';
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
  return prepared(db, 'SELECT data FROM local_theme_day WHERE workspace = ?').pluck().all(workspace) as string[];
}

export function saveLocalDay(db: Db, workspace: string, id: string, data: string): void {
  prepared(db, 'INSERT OR REPLACE INTO local_theme_day (workspace, id, data) VALUES (?, ?, ?)').run(
    workspace,
    id,
    data,
  );
}

export function overrides(db: Db, workspace: string): OverrideRow[] {
  return prepared(db, 'SELECT day_id AS dayId, year, start, end FROM theme_override WHERE workspace = ?').all(
    workspace,
  ) as OverrideRow[];
}

/** Records announced dates for a day and year in a workspace (replacing earlier ones). */
export function saveOverride(db: Db, workspace: string, o: OverrideRow, by: string, at: Date): void {
  prepared(
    db,
    'INSERT OR REPLACE INTO theme_override (workspace, day_id, year, start, end, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(workspace, o.dayId, o.year, o.start, o.end, by, at.toISOString());
}

/** How many tasks of the plans a workspace sees a theme filter matches. */
export function countThemeTasks(db: Db, ws: string, theme: ThemeFilter): number {
  const params = [JSON.stringify(theme.dayIds), JSON.stringify(theme.names)];
  if (!othersOwnPlans(db, ws))
    return prepared(db, `SELECT count(*) FROM (${THEME_TASKS})`)
      .pluck()
      .get(...params) as number;
  const sql = `SELECT count(*) FROM (${THEME_TASKS}) WHERE (SELECT plan_id FROM task WHERE id = task_id) IN (${VISIBLE_PLANS})`;
  return prepared(db, sql)
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
): TaskBrief[] {
  const days = JSON.stringify(dayIds);
  // For given plans, their tasks drive the lookup (a few per plan); otherwise the day's links do.
  const ids = (
    planIds
      ? prepared(
          db,
          `SELECT t.id FROM task t CROSS JOIN task_theme l ON l.task_id = t.id AND l.day_id IN (SELECT value FROM json_each(?))
           WHERE t.plan_id IN (SELECT value FROM json_each(?)) AND t.plan_id IN (${VISIBLE_PLANS})
           GROUP BY t.id ORDER BY max(l.topical) DESC, max(l.how) DESC,
              (SELECT count(DISTINCT name) FROM theme_mention m WHERE m.task_id = t.id), t.plan_id, t.seq LIMIT ?`,
        )
          .pluck()
          .all(days, JSON.stringify(planIds), ws, limit)
      : prepared(
          db,
          `SELECT t.id FROM task t
           JOIN (SELECT task_id, max(how) AS how, max(topical) AS topical FROM task_theme
                 WHERE day_id IN (SELECT value FROM json_each(?)) GROUP BY task_id) l ON l.task_id = t.id
           WHERE t.plan_id IN (${VISIBLE_PLANS})
           ORDER BY l.topical DESC, l.how DESC, (SELECT count(DISTINCT name) FROM theme_mention m WHERE m.task_id = t.id), t.plan_id, t.seq LIMIT ?`,
        )
          .pluck()
          .all(days, ws, limit)
  ) as number[];
  return taskBriefs(db, ids);
}

/** A linked task of a day: enough to order a day's tasks across plans as tasksOfThemeDays does. */
export interface LinkedTask {
  id: number;
  planId: number;
  seq: number;
  /** Whether the task's own words are on the day's topic. */
  topical: number;
  named: boolean;
  /** How many theme days the task names (one naming few is more about each). */
  names: number;
}

/** A day's linked tasks per plan the workspace sees, at most `limit` per plan. */
export function linkedTasksByPlan(db: Db, ws: string, dayIds: string[], limit: number): Map<number, LinkedTask[]> {
  const rows = prepared(
    db,
    `SELECT id, planId, seq, topical, named, names FROM (
         SELECT *, row_number() OVER (PARTITION BY planId ORDER BY topical DESC, named DESC, names, seq) AS n FROM (
           SELECT t.id, t.plan_id AS planId, t.seq, l.topical, l.how = 'mention' AS named,
             (SELECT count(DISTINCT name) FROM theme_mention m WHERE m.task_id = t.id) AS names
           FROM (SELECT task_id, max(how) AS how, max(topical) AS topical FROM task_theme
                 WHERE day_id IN (SELECT value FROM json_each(?)) GROUP BY task_id) l JOIN task t ON t.id = l.task_id
           WHERE t.plan_id IN (${VISIBLE_PLANS})))
       WHERE n <= ?`,
  ).all(JSON.stringify(dayIds), ws, limit) as LinkedTask[];
  const out = new Map<number, LinkedTask[]>();
  for (const r of rows) (out.get(r.planId) ?? out.set(r.planId, []).get(r.planId)!).push(r);
  return out;
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

/** Tasks repository: full-text search with filters, one task in full, tasks of a unit. */
import type { Db } from './db.js';
import type { Task } from '../plans/types.js';
import { charsExpression, matchExpression } from './fts.js';
import { othersOwnPlans } from './plans.js';
import { VISIBLE_PLANS, visible } from './scope.js';

/** A stored task with its database id and plan. */
export interface TaskRow extends Task {
  id: number;
  planId: number;
  planTitle: string;
}

/** Which tasks a theme filter matches: tasks linked to any of the day ids or naming any of the names. */
export interface ThemeFilter {
  dayIds: string[];
  names: string[];
}

export interface TaskFilter {
  /** The asking workspace: only tasks of the plans it sees. */
  ws: string;
  /** Normalized search terms (see queryTerms); empty for no text search. */
  terms: string[];
  /** Unit name or key fragment, e.g. 科协, or several (spelling variants): any of them. */
  unit?: string | string[];
  planId?: number;
  /** Theme days: tasks linked to any of these day ids or naming any of these names. */
  theme?: ThemeFilter;
  limit: number;
  offset: number;
}

const TASK_COLUMNS = `t.id, t.plan_id AS planId, t.seq, t.part, t.path, t.number, t.title, t.text, p.title AS planTitle,
  (SELECT json_group_array(name) FROM (SELECT u.name FROM task_unit tu JOIN unit u ON u.id = tu.unit_id WHERE tu.task_id = t.id AND tu.role = 'lead' ORDER BY tu.pos)) AS leadUnits,
  (SELECT json_group_array(name) FROM (SELECT u.name FROM task_unit tu JOIN unit u ON u.id = tu.unit_id WHERE tu.task_id = t.id AND tu.role = 'responsible' ORDER BY tu.pos)) AS units,
  (SELECT json_group_array(DISTINCT m.name) FROM theme_mention m WHERE m.task_id = t.id) AS themeDays`;

type RawTask = Omit<TaskRow, 'path' | 'leadUnits' | 'units' | 'themeDays'> & {
  path: string;
  leadUnits: string;
  units: string;
  themeDays: string;
};

function hydrate(row: RawTask): TaskRow {
  return {
    ...row,
    path: JSON.parse(row.path),
    leadUnits: JSON.parse(row.leadUnits),
    units: JSON.parse(row.units),
    themeDays: JSON.parse(row.themeDays),
  };
}

/** Ids of tasks linked to the theme days (json array) or naming any of the names (json array). */
export const THEME_TASKS = `SELECT task_id FROM task_theme WHERE day_id IN (SELECT value FROM json_each(?))
  UNION SELECT task_id FROM theme_mention WHERE task_id IS NOT NULL AND name IN (SELECT value FROM json_each(?))`;

/** Ids of units whose name or key contains any of the fragments (a json array). */
export const UNITS_NAMED = `SELECT u.id FROM unit u, json_each(?) v WHERE instr(u.name, v.value) > 0 OR instr(u.key, v.value) > 0`;

/** Escapes % and _ for a LIKE pattern used with ESCAPE '\'. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Tasks matching the filter, best first (bm25, title weighted over body, when searching text), with the
 * total count. The FTS5 hits are computed once (a materialized CTE) before any join; single characters,
 * which the bigram index cannot answer, come from the task_chars index.
 */
export function searchTasks(db: Db, f: TaskFilter): { rows: TaskRow[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  const match = matchExpression(f.terms);
  const hits = (rank: string) =>
    match ? `WITH hits AS MATERIALIZED (SELECT rowid AS id${rank} FROM task_fts WHERE task_fts MATCH ?) ` : '';
  const from = match ? 'hits h JOIN task t ON t.id = h.id' : 'task t';
  const single = charsExpression(f.terms);
  const scoped = othersOwnPlans(db, f.ws);
  const filtered = f.planId !== undefined || f.unit || f.theme || single !== null || scoped;
  if (match && !filtered) {
    // Text alone: answer from the index without touching the task table.
    const total = (db.prepare('SELECT count(*) AS n FROM task_fts WHERE task_fts MATCH ?').get(match) as { n: number })
      .n;
    const ids = db
      .prepare(
        'SELECT rowid FROM task_fts WHERE task_fts MATCH ? ORDER BY bm25(task_fts, 3.0, 1.0), rowid LIMIT ? OFFSET ?',
      )
      .pluck()
      .all(match, f.limit, f.offset) as number[];
    return { rows: tasksById(db, ids), total };
  }
  if (single) {
    where.push('t.id IN (SELECT rowid FROM task_chars WHERE task_chars MATCH ?)');
    params.push(single);
  }
  if (scoped) {
    where.push(`t.plan_id IN (${VISIBLE_PLANS})`);
    params.push(f.ws);
  }
  if (f.planId !== undefined) {
    where.push('t.plan_id = ?');
    params.push(f.planId);
  }
  if (f.unit) {
    where.push(`EXISTS (SELECT 1 FROM task_unit tu WHERE tu.task_id = t.id AND tu.unit_id IN (${UNITS_NAMED}))`);
    params.push(JSON.stringify([f.unit].flat()));
  }
  if (f.theme) {
    where.push(`t.id IN (${THEME_TASKS})`);
    params.push(JSON.stringify(f.theme.dayIds), JSON.stringify(f.theme.names));
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const all = match ? [match, ...params] : params;
  const total = (db.prepare(`${hits('')}SELECT count(*) AS n FROM ${from} ${clause}`).get(...all) as { n: number }).n;
  // Without a text rank, tasks that name the theme day come before those only on its topic.
  const named = f.theme
    ? 't.id IN (SELECT task_id FROM theme_mention WHERE name IN (SELECT value FROM json_each(?))) DESC, '
    : '';
  const order = match ? 'h.rank, t.id' : `${named}t.plan_id, t.seq`;
  const orderParams = !match && f.theme ? [JSON.stringify(f.theme.names)] : [];
  // Page the ids first: SQLite would otherwise compute every result column of every hit before sorting.
  const ids = db
    .prepare(
      `${hits(', bm25(task_fts, 3.0, 1.0) AS rank')}SELECT t.id FROM ${from} ${clause} ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .pluck()
    .all(...all, ...orderParams, f.limit, f.offset) as number[];
  return { rows: tasksById(db, ids), total };
}

/** Tasks in the order of `ids`. */
export function tasksById(db: Db, ids: number[]): TaskRow[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT ${TASK_COLUMNS} FROM task t JOIN plan p ON p.id = t.plan_id WHERE t.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as RawTask[];
  const byId = new Map(rows.map((r) => [r.id, hydrate(r)]));
  return ids.map((id) => byId.get(id)!);
}

/** A task of a plan the workspace sees. */
export function getTask(db: Db, ws: string, planId: number, seq: number): TaskRow | undefined {
  const row = db
    .prepare(
      `SELECT ${TASK_COLUMNS} FROM task t JOIN plan p ON p.id = t.plan_id WHERE t.plan_id = ? AND t.seq = ? AND ${visible('p')}`,
    )
    .get(planId, seq, ws) as RawTask | undefined;
  return row && hydrate(row);
}

/** A plan's tasks in order (the caller has checked the plan is visible). */
export function tasksOfPlan(db: Db, planId: number): TaskRow[] {
  return (
    db
      .prepare(`SELECT ${TASK_COLUMNS} FROM task t JOIN plan p ON p.id = t.plan_id WHERE t.plan_id = ? ORDER BY t.seq`)
      .all(planId) as RawTask[]
  ).map(hydrate);
}

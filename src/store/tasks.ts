/** Tasks repository: full-text search with filters, one task in full, tasks of a unit. */
import type { Db } from './db.js';
import { matchExpression } from './fts.js';

export interface TaskRow {
  id: number;
  planId: number;
  seq: number;
  part: 'main' | 'guarantee';
  path: string[];
  number: string;
  title: string;
  text: string;
  planTitle: string;
  leadUnits: string[];
  units: string[];
  themeDays: string[];
}

export interface TaskFilter {
  /** Normalized search terms (see queryTerms); empty for no text search. */
  terms: string[];
  /** Unit name or key fragment, e.g. 科协. */
  unit?: string;
  planId?: number;
  /** Theme-day names (aliases) — a task matches when it mentions any of them. */
  themeNames?: string[];
  limit: number;
  offset: number;
}

const TASK_COLUMNS = `t.id, t.plan_id AS planId, t.seq, t.part, t.path, t.number, t.title, t.text, p.title AS planTitle,
  (SELECT json_group_array(name) FROM (SELECT u.name FROM task_unit tu JOIN unit u ON u.id = tu.unit_id WHERE tu.task_id = t.id AND tu.role = 'lead' ORDER BY tu.pos)) AS leadUnits,
  (SELECT json_group_array(name) FROM (SELECT u.name FROM task_unit tu JOIN unit u ON u.id = tu.unit_id WHERE tu.task_id = t.id AND tu.role = 'responsible' ORDER BY tu.pos)) AS units,
  (SELECT json_group_array(DISTINCT m.name) FROM theme_mention m WHERE m.task_id = t.id) AS themeDays`;

type RawTask = Omit<TaskRow, 'path' | 'leadUnits' | 'units' | 'themeDays'> & { path: string; leadUnits: string; units: string; themeDays: string };

function hydrate(row: RawTask): TaskRow {
  return { ...row, path: JSON.parse(row.path), leadUnits: JSON.parse(row.leadUnits), units: JSON.parse(row.units), themeDays: JSON.parse(row.themeDays) };
}

/** Escapes % and _ for a LIKE pattern used with ESCAPE '\'. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Tasks matching the filter, best first (bm25 when searching text), with the total count. */
export function searchTasks(db: Db, f: TaskFilter): { rows: TaskRow[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  const match = matchExpression(f.terms);
  let from = 'task t JOIN plan p ON p.id = t.plan_id';
  let order = 't.plan_id, t.seq';
  if (match) {
    from = `task_fts JOIN task t ON t.id = task_fts.rowid JOIN plan p ON p.id = t.plan_id`;
    where.push('task_fts MATCH ?');
    params.push(match);
    order = 'bm25(task_fts), t.id';
  }
  if (f.planId !== undefined) {
    where.push('t.plan_id = ?');
    params.push(f.planId);
  }
  if (f.unit) {
    where.push(`t.id IN (SELECT tu.task_id FROM task_unit tu JOIN unit u ON u.id = tu.unit_id WHERE u.name LIKE ? ESCAPE '\\' OR u.key LIKE ? ESCAPE '\\')`);
    const like = `%${likeEscape(f.unit)}%`;
    params.push(like, like);
  }
  if (f.themeNames) {
    where.push(`t.id IN (SELECT task_id FROM theme_mention WHERE name IN (SELECT value FROM json_each(?)))`);
    params.push(JSON.stringify(f.themeNames));
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM ${from} ${clause}`).get(...params) as { n: number }).n;
  const rows = db.prepare(`SELECT ${TASK_COLUMNS} FROM ${from} ${clause} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, f.limit, f.offset) as RawTask[];
  return { rows: rows.map(hydrate), total };
}

export function getTask(db: Db, planId: number, seq: number): TaskRow | undefined {
  const row = db.prepare(`SELECT ${TASK_COLUMNS} FROM task t JOIN plan p ON p.id = t.plan_id WHERE t.plan_id = ? AND t.seq = ?`).get(planId, seq) as RawTask | undefined;
  return row && hydrate(row);
}

export function tasksOfPlan(db: Db, planId: number): TaskRow[] {
  return (db.prepare(`SELECT ${TASK_COLUMNS} FROM task t JOIN plan p ON p.id = t.plan_id WHERE t.plan_id = ? ORDER BY t.seq`).all(planId) as RawTask[]).map(hydrate);
}

/** Tasks whose text contains any of the words (theme-day topic keywords), for linking days to tasks. */
export function tasksMentioning(db: Db, words: string[], planIds: number[] | null, limit: number): TaskRow[] {
  if (words.length === 0) return [];
  const like = words.map(() => `t.text LIKE ? ESCAPE '\\' OR t.title LIKE ? ESCAPE '\\'`).join(' OR ');
  const params = words.flatMap((w) => [`%${likeEscape(w)}%`, `%${likeEscape(w)}%`]);
  const plans = planIds ? `AND t.plan_id IN (SELECT value FROM json_each(?))` : '';
  if (planIds) params.push(JSON.stringify(planIds));
  const rows = db.prepare(`SELECT ${TASK_COLUMNS} FROM task t JOIN plan p ON p.id = t.plan_id WHERE (${like}) ${plans} ORDER BY t.plan_id, t.seq LIMIT ?`).all(...params, limit) as RawTask[];
  return rows.map(hydrate);
}

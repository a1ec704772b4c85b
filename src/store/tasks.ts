/** Tasks repository: full-text search with filters, one task in full, tasks of a unit. */
import { prepared, type Db } from './db.js';
import type { Task } from '../plans/types.js';
import { charsExpression, matchExpression, scopeExpression, unitCharsExpression, unitExpression } from './fts.js';
import { othersOwnPlans, taskStamp } from './plans.js';
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
  /** How many of the newest hits are ranked by relevance (default RANKED_HITS). */
  ranked?: number;
  /** Text hits up to which a unit filter is checked apart from the MATCH expression (default SCORED_HITS). */
  scored?: number;
  /** Of those, text hits up to which the unit is probed per hit (default PROBED_HITS). */
  probed?: number;
  /** Hits counted at most (default COUNTED_HITS). */
  counted?: number;
}

/** A page of tasks and how many match; `more`: more than `total` match (counting stopped there). */
export interface TaskPage {
  rows: TaskRow[];
  total: number;
  more: boolean;
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
const UNITS_NAMED = `SELECT u.id FROM unit u, json_each(?) v WHERE instr(u.name, v.value) > 0 OR instr(u.key, v.value) > 0`;

/** The ids of a json array of unit ids (`unitIdsNamed`), for `unit_id IN (…)`. */
export const UNIT_IDS = 'SELECT value FROM json_each(?)';

/** Whether the task whose id is `column` names one of the units (a json array of ids, `unitIdsNamed`). */
const namesUnit = (column: string) =>
  `EXISTS (SELECT 1 FROM task_unit tu WHERE tu.task_id = ${column} AND tu.unit_id IN (${UNIT_IDS}))`;

const unitIdMemo = new WeakMap<Db, { stamp: number; ids: Map<string, string> }>();

/**
 * The ids of the units UNITS_NAMED finds for the fragments, as a JSON array; remembered per connection until
 * the task change counter moves (units are only added or changed when a plan is stored).
 */
export function unitIdsNamed(db: Db, fragments: string[]): string {
  const stamp = taskStamp(db);
  let memo = unitIdMemo.get(db);
  if (!memo || memo.stamp !== stamp) unitIdMemo.set(db, (memo = { stamp, ids: new Map() }));
  const key = JSON.stringify(fragments);
  let ids = memo.ids.get(key);
  if (ids === undefined) {
    ids = JSON.stringify(prepared(db, UNITS_NAMED).pluck().all(key));
    if (memo.ids.size > 200) memo.ids.clear();
    memo.ids.set(key, ids);
  }
  return ids;
}

/** Escapes % and _ for a LIKE pattern used with ESCAPE '\'. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Hits ranked by relevance at most (the newest); past this many, hits follow newest import first. */
export const RANKED_HITS = 300;

/**
 * `ids` (tasks holding every term) by relevance, as BM25 scores without its IDF (every hit holds every
 * term, so IDF would only weigh the terms against each other, and FTS5's bm25 computes it by reading every
 * hit of each term, too slow for common words): per term, its occurrences (in the title counting 3),
 * saturated (k1 = 1.2) and normalized by the task's length against the average of these tasks (b = 0.75),
 * summed. Lengths are in UTF-8 bytes (SQLite counts them without decoding characters). Ties: newest first.
 */
function byRelevance(db: Db, ids: number[], terms: string[]): number[] {
  if (ids.length < 2 || terms.length === 0) return ids;
  const occurrences = terms.flatMap((t, i) =>
    ['t.title', 't.text'].map((col) => {
      const c = /[a-z]/.test(t) ? `lower(${col})` : col;
      return `(octet_length(${c}) - octet_length(replace(${c}, @t${i}, ''))) / octet_length(@t${i})`;
    }),
  );
  const rows = prepared(
    db,
    `SELECT t.id, octet_length(t.title) + octet_length(t.text), ${occurrences.join(', ')} FROM task t
       WHERE t.id IN (SELECT value FROM json_each(@ids))`,
  )
    .raw()
    .all({ ids: JSON.stringify(ids), ...Object.fromEntries(terms.map((t, i) => [`t${i}`, t])) }) as number[][];
  const average = rows.reduce((n, r) => n + r[1]!, 0) / rows.length || 1;
  const score = (r: number[]) => {
    const norm = 1.2 * (0.25 + (0.75 * r[1]!) / average);
    return terms.reduce((sum, _, i) => {
      const tf = 3 * r[2 + 2 * i]! + r[3 + 2 * i]!;
      return sum + (tf * 2.2) / (tf + norm);
    }, 0);
  };
  return rows
    .map((r) => ({ id: r[0]!, score: score(r) }))
    .sort((a, b) => b.score - a.score || b.id - a.id)
    .map((r) => r.id);
}

/**
 * Text hits up to which a unit filter is checked apart from the text's MATCH expression, so that bm25 ranks
 * them: its IDF reads every hit of each phrase, and a unit such as 科协 is named by a third of all tasks.
 */
const SCORED_HITS = 1000;

/**
 * Of those, text hits up to which each hit's units are probed (a microsecond or so each); past them, the hits
 * of text and unit together are matched in the index, a set the text's hits are kept in.
 */
const PROBED_HITS = 150;

/**
 * Index hits counted at most: a common word (科普 in 190 000 tasks of 10 000 plans) is reported as "5000+",
 * and pages reach that far; counting every hit would cost more than the rest of the query.
 */
export const COUNTED_HITS = 5000;

/** The highest task id: no MATCH expression has more hits. */
function lastTaskId(db: Db): number {
  return prepared(db, 'SELECT ifnull(max(id), 0) FROM task').pluck().get() as number;
}

/** How many hits the MATCH expression has, counted no further than max + 1. */
function hitsUpTo(db: Db, match: string, range: [number, number] | null, max: number): number {
  const sql = `SELECT count(*) FROM (SELECT rowid FROM task_fts WHERE task_fts MATCH ?${range ? ' AND rowid BETWEEN ? AND ?' : ''} LIMIT ?)`;
  return prepared(db, sql)
    .pluck()
    .get(match, ...(range ?? []), max + 1) as number;
}
/**
 * Tasks matching the filter with the total count. Text queries and unit fragments of two or more characters
 * are one FTS5 MATCH expression (the units column), a plan is a rowid range inside it (a plan's tasks have
 * consecutive ids), and one-character terms come from the task_chars index. Counting stops at COUNTED_HITS.
 * Ranking: bm25 (title weighted over body) over the RANKED_HITS most recently imported hits; further hits
 * follow newest first. bm25 reads every hit of each phrase for its IDF: byRelevance ranks instead past
 * COUNTED_HITS hits, and with a unit in the MATCH expression (科协 is named by a third of all tasks) in a
 * library of more tasks than are counted, where it ranks the unit's hits among the RANKED_HITS newest hits of
 * the text alone.
 * A unit filter on a text of at most SCORED_HITS hits is checked apart instead (probed per hit, or matched with
 * the text), and all hits are ranked by bm25.
 * Without text, tasks come in import order (plan, then task order); a theme filter alone, tasks naming the
 * day first (themeTasks). Text within one plan is matched on the plan's
 * tasks directly (a handful of rows), those with the first term in their title first, then in plan order.
 * Only tasks of plans the workspace sees are found: when another workspace owns plans, the owner tokens of
 * the library and of the workspace are one more term of the driving MATCH expression (index rows carry their
 * plan's owner), and reads of the task table check the plan.
 */
export function searchTasks(db: Db, f: TaskFilter): TaskPage {
  const scoped = othersOwnPlans(db, f.ws);
  let range: [number, number] | null = null;
  if (f.planId !== undefined) {
    const r = prepared(
      db,
      `SELECT min(t.id), max(t.id) FROM plan p JOIN task t ON t.plan_id = p.id WHERE p.id = ? AND ${visible('p')}`,
    )
      .raw()
      .get(f.planId, f.ws) as [number | null, number | null];
    if (r[0] === null) return { rows: [], total: 0, more: false };
    range = [r[0], r[1]!];
    // A plan's few tasks are read directly: cheaper than any index for phrase terms.
    if (f.terms.length) return scanTasks(db, f, scoped);
  }
  const text = matchExpression(f.terms);
  // A unit fragment joins the MATCH expression, unless the text alone has few hits: then they are checked apart.
  const variants = f.unit === undefined ? [] : [f.unit].flat();
  const unitIndexed = variants.length ? unitExpression(variants) : null;
  let unitMatch = unitIndexed;
  const scopedText = text && scoped ? scopeExpression(text, f.ws, true) : text;
  const scored = f.scored ?? SCORED_HITS;
  const textHits = unitMatch !== null && scopedText !== null ? hitsUpTo(db, scopedText, range, scored) : Infinity;
  const few = textHits <= scored;
  if (few) unitMatch = null;
  const single = charsExpression(f.terms);
  if (few && !single && !f.theme) {
    // Few text hits: one query keeps those whose task names a matching unit (probed per hit, or in the set of
    // hits of text and unit), all ranked by bm25 (the text's IDF reads its few hits).
    const probed = textHits <= (f.probed ?? PROBED_HITS);
    const check = probed
      ? namesUnit('task_fts.rowid')
      : '+rowid IN (SELECT rowid FROM task_fts WHERE task_fts MATCH ?)';
    const kept = prepared(
      db,
      `SELECT rowid FROM task_fts WHERE task_fts MATCH ?${range ? ' AND rowid BETWEEN ? AND ?' : ''} AND ${check}
         ORDER BY bm25(task_fts, 3.0, 1.0, 0.0, 0.0), rowid`,
    )
      .pluck()
      .all(
        scopedText,
        ...(range ?? []),
        probed ? unitIdsNamed(db, variants) : `(${scopedText}) AND ${unitIndexed}`,
      ) as number[];
    return { rows: tasksById(db, kept.slice(f.offset, f.offset + f.limit)), total: kept.length, more: false };
  }
  if (!text && !unitMatch && !single)
    return f.theme && !f.unit && !f.terms.length ? themeTasks(db, f, f.theme, scoped) : scanTasks(db, f, scoped);
  // One-character text with a unit: both are in the one-character index (its unit tokens have no positions,
  // so a fragment of several bigrams is checked on task_unit as well).
  const unitChars = !text && single && variants.length ? unitCharsExpression(variants) : null;
  const unitChecked = unitMatch !== null || unitChars?.exact === true;
  if (unitChars) unitMatch = null;
  const indexed = [text, unitMatch].filter((x) => x !== null);

  // The driving index: task_fts when there is a MATCH expression, else task_chars; the scope joins its MATCH.
  const table = indexed.length ? 'task_fts' : 'task_chars';
  const base = indexed.length ? indexed.join(' AND ') : unitChars ? `${single} AND ${unitChars.match}` : single!;
  const match = scoped ? scopeExpression(base, f.ws, indexed.length > 0) : base;
  const where = [`${table} MATCH ?`];
  const params: unknown[] = [match];
  if (range) {
    where.push('rowid BETWEEN ? AND ?');
    params.push(...range);
  }
  if (indexed.length && single) {
    // '+rowid': the set is computed once, not handed to the FTS5 table as a rowid constraint per value.
    where.push('+rowid IN (SELECT rowid FROM task_chars WHERE task_chars MATCH ?)');
    params.push(single);
  }
  if (f.unit && !unitChecked) {
    where.push(namesUnit(`${table}.rowid`));
    params.push(unitIdsNamed(db, variants));
  }
  if (f.theme) {
    where.push(`+rowid IN (${THEME_TASKS})`);
    params.push(JSON.stringify(f.theme.dayIds), JSON.stringify(f.theme.names));
  }
  const cap = f.ranked ?? RANKED_HITS;
  const sql = `SELECT rowid FROM ${table} WHERE ${where.join(' AND ')}`;
  const counted = f.counted ?? COUNTED_HITS;
  const n = prepared(db, `SELECT count(*) FROM (${sql} LIMIT ?)`)
    .pluck()
    .get(...params, counted + 1) as number;
  const total = Math.min(n, counted);
  const more = n > counted;
  // Pages end where counting stopped.
  const limit = Math.max(0, Math.min(f.limit, total - f.offset));
  if (!text) {
    const ids = prepared(db, `${sql} ORDER BY rowid LIMIT ? OFFSET ?`)
      .pluck()
      .all(...params, limit, f.offset);
    return { rows: tasksById(db, ids as number[]), total, more };
  }
  // Ranked part: the newest hits by bm25 (title weighted over body), or by byRelevance past the counting bound
  // or with a unit in the MATCH in a library of more tasks than are counted (bm25 reads every hit of each
  // phrase for its IDF, and a unit such as 科协 is named by a third of all tasks); then the rest newest first.
  // The newest are the `cap` newest hits, or for byRelevance with a unit in the MATCH, its hits among the
  // `cap` newest hits of the text alone: the filter keeps those the text alone ranks, and ranks no more.
  const newestHits = () =>
    prepared(db, `${sql} ORDER BY rowid DESC LIMIT ?`)
      .pluck()
      .all(...params, cap) as number[];
  let ranked = cap;
  let newest: number[] | undefined;
  if (unitMatch && (more || lastTaskId(db) > counted)) {
    const floor = prepared(db, 'SELECT rowid FROM task_fts WHERE task_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?')
      .pluck()
      .get(scopedText, cap - 1) as number | undefined;
    newest = newestHits().filter((id) => id >= (floor ?? 0));
    ranked = newest.length;
  }
  const ids: number[] = [];
  if (f.offset < ranked && (more || newest)) {
    ids.push(...byRelevance(db, newest ?? newestHits(), f.terms).slice(f.offset, f.offset + limit));
  } else if (f.offset < ranked) {
    const rows = prepared(
      db,
      `SELECT id FROM (SELECT rowid AS id, bm25(task_fts, 3.0, 1.0, 0.0, 0.0) AS rank FROM task_fts WHERE ${where.join(' AND ')}
         ORDER BY rowid DESC LIMIT ?) ORDER BY rank, id LIMIT ? OFFSET ?`,
    )
      .pluck()
      .all(...params, cap, limit, f.offset) as number[];
    ids.push(...rows);
  }
  if (ids.length < limit && total > ranked) {
    const skip = Math.max(ranked, f.offset + ids.length);
    const rest = prepared(db, `${sql} ORDER BY rowid DESC LIMIT ? OFFSET ?`)
      .pluck()
      .all(...params, limit - ids.length, skip) as number[];
    ids.push(...rest);
  }
  return { rows: tasksById(db, ids), total, more };
}

/**
 * A theme filter alone, read from the links without reading the task table (but for the page's rows, and
 * each linked task's plan when other workspaces own plans): tasks naming the day first, then the others on
 * its topic, each in import order (plan by plan, in plan order).
 */
function themeTasks(db: Db, f: TaskFilter, theme: ThemeFilter, scoped: boolean): TaskPage {
  const params = [JSON.stringify(theme.dayIds), JSON.stringify(theme.names), ...(scoped ? [f.ws] : [])];
  const set = `SELECT task_id FROM (${THEME_TASKS})${scoped ? ` WHERE (SELECT plan_id FROM task WHERE id = task_id) IN (${VISIBLE_PLANS})` : ''}`;
  const total = prepared(db, `SELECT count(*) FROM (${set})`)
    .pluck()
    .get(...params) as number;
  const ids = prepared(
    db,
    `${set} ORDER BY task_id IN (SELECT task_id FROM theme_mention WHERE name IN (SELECT value FROM json_each(?))) DESC, task_id
       LIMIT ? OFFSET ?`,
  )
    .pluck()
    .all(...params, params[1], f.limit, f.offset) as number[];
  return { rows: tasksById(db, ids), total, more: false };
}

/**
 * Filters read from the task table: one plan's tasks, or plan, unit and theme filters without indexable text;
 * `scoped`: only tasks of the plans the workspace sees (else every plan is visible to it).
 */
function scanTasks(db: Db, f: TaskFilter, scoped: boolean): TaskPage {
  const where: string[] = [];
  const params: unknown[] = [];
  if (scoped) {
    where.push(`t.plan_id IN (${VISIBLE_PLANS})`);
    params.push(f.ws);
  }
  if (f.planId !== undefined) {
    where.push('t.plan_id = ?');
    params.push(f.planId);
  }
  for (const term of f.terms) {
    where.push(`instr(lower(t.title || ' ' || t.text), ?) > 0`);
    params.push(term);
  }
  if (f.unit) {
    where.push(namesUnit('t.id'));
    params.push(unitIdsNamed(db, [f.unit].flat()));
  }
  if (f.theme) {
    where.push(`t.id IN (${THEME_TASKS})`);
    params.push(JSON.stringify(f.theme.dayIds), JSON.stringify(f.theme.names));
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = prepared(db, `SELECT count(*) FROM task t ${clause}`)
    .pluck()
    .get(...params) as number;
  // Tasks that name the theme day come before those only on its topic.
  const named = f.theme
    ? 't.id IN (SELECT task_id FROM theme_mention WHERE name IN (SELECT value FROM json_each(?))) DESC, '
    : '';
  // Within a plan, tasks whose title holds the first term come first.
  const titled = f.terms.length ? 'instr(lower(t.title), ?) > 0 DESC, ' : '';
  const orderParams = [...(f.theme ? [JSON.stringify(f.theme.names)] : []), ...(f.terms.length ? [f.terms[0]] : [])];
  const ids = prepared(
    db,
    `SELECT t.id FROM task t ${clause} ORDER BY ${named}${titled}t.plan_id, t.seq LIMIT ? OFFSET ?`,
  )
    .pluck()
    .all(...params, ...orderParams, f.limit, f.offset) as number[];
  return { rows: tasksById(db, ids), total, more: false };
}

/** Tasks in the order of `ids`. */
export function tasksById(db: Db, ids: number[]): TaskRow[] {
  if (ids.length === 0) return [];
  const rows = prepared(
    db,
    `SELECT ${TASK_COLUMNS} FROM task t JOIN plan p ON p.id = t.plan_id WHERE t.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as RawTask[];
  const byId = new Map(rows.map((r) => [r.id, hydrate(r)]));
  return ids.map((id) => byId.get(id)!);
}

/** What a listing of tasks shows (a digest, a theme day): id, title, plan and units, without the body. */
export type TaskBrief = Pick<TaskRow, 'id' | 'planId' | 'seq' | 'title' | 'planTitle' | 'units' | 'leadUnits'>;

/**
 * Task briefs in the order of `ids`: a digest run reads thousands, so its units come in one subquery without
 * an ORDER BY (a temporary b-tree per row), put in printed order here.
 */
export function taskBriefs(db: Db, ids: number[]): TaskBrief[] {
  if (ids.length === 0) return [];
  const rows = prepared(
    db,
    `SELECT t.id, t.plan_id AS planId, t.seq, t.title, p.title AS planTitle,
       (SELECT json_group_array(json_array(tu.pos, tu.role = 'lead', u.name)) FROM task_unit tu JOIN unit u ON u.id = tu.unit_id WHERE tu.task_id = t.id) AS units
     FROM task t JOIN plan p ON p.id = t.plan_id WHERE t.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as (Omit<TaskBrief, 'units' | 'leadUnits'> & { units: string })[];
  const byId = new Map(
    rows.map((r) => {
      const named = (JSON.parse(r.units) as [number, 0 | 1, string][]).sort((a, b) => a[0] - b[0]);
      const names = (lead: boolean) => named.filter((n) => Boolean(n[1]) === lead).map((n) => n[2]);
      return [r.id, { ...r, units: names(false), leadUnits: names(true) }];
    }),
  );
  return ids.map((id) => byId.get(id)!);
}

/** A task of a plan the workspace sees. */
export function getTask(db: Db, ws: string, planId: number, seq: number): TaskRow | undefined {
  const row = prepared(
    db,
    `SELECT ${TASK_COLUMNS} FROM task t JOIN plan p ON p.id = t.plan_id WHERE t.plan_id = ? AND t.seq = ? AND ${visible('p')}`,
  ).get(planId, seq, ws) as RawTask | undefined;
  return row && hydrate(row);
}

/** A plan's tasks in order (the caller has checked the plan is visible). */
export function tasksOfPlan(db: Db, planId: number): TaskRow[] {
  return (
    prepared(
      db,
      `SELECT ${TASK_COLUMNS} FROM task t JOIN plan p ON p.id = t.plan_id WHERE t.plan_id = ? ORDER BY t.seq`,
    ).all(planId) as RawTask[]
  ).map(hydrate);
}

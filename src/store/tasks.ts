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
  /** A unit named by at most this many tasks is matched in the index with text (default: as many as are counted). */
  indexed?: number;
  /** With such a unit, text hits up to which one query keeps and ranks the unit's (default SCORED_HITS). */
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

/** What a connection remembers of the units until the task change counter moves (see unitMemo). */
interface UnitMemo {
  stamp: number;
  ids: Map<string, string>;
  tasks: Map<string, UnitTasks>;
}

const unitMemos = new WeakMap<Db, UnitMemo>();

/** Units are only added or changed when a plan is stored: what is read of them holds until the counter moves. */
function unitMemo(db: Db): UnitMemo {
  const stamp = taskStamp(db);
  let memo = unitMemos.get(db);
  if (!memo || memo.stamp !== stamp) unitMemos.set(db, (memo = { stamp, ids: new Map(), tasks: new Map() }));
  return memo;
}

/** The ids of the units UNITS_NAMED finds for the fragments, as a JSON array; remembered (unitMemo). */
export function unitIdsNamed(db: Db, fragments: string[]): string {
  const memo = unitMemo(db).ids;
  const key = JSON.stringify(fragments);
  let ids = memo.get(key);
  if (ids === undefined) {
    ids = JSON.stringify(prepared(db, UNITS_NAMED).pluck().all(key));
    if (memo.size > 200) memo.clear();
    memo.set(key, ids);
  }
  return ids;
}

/** The tasks naming a unit: `named[id]` is 1 for each of the `count`. */
interface UnitTasks {
  named: Uint8Array;
  count: number;
}

/**
 * The tasks naming a unit found for the fragments (unitIdsNamed), read from the unit index once and remembered
 * (unitMemo) for the few fragments asked last: a unit filter checks a task with one look here.
 */
function unitTasks(db: Db, fragments: string[]): UnitTasks {
  const memo = unitMemo(db).tasks;
  const key = JSON.stringify(fragments);
  let found = memo.get(key);
  if (!found) {
    const named = new Uint8Array(lastTaskId(db) + 1);
    const ids = prepared(db, `SELECT DISTINCT task_id FROM task_unit WHERE unit_id IN (${UNIT_IDS})`)
      .pluck()
      .all(unitIdsNamed(db, fragments)) as number[];
    for (const id of ids) named[id] = 1;
    found = { named, count: ids.length };
    if (memo.size >= 8) memo.delete(memo.keys().next().value!);
    memo.set(key, found);
  }
  return found;
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

/** The `cap` newest hits (id) of the conditions `where` (a MATCH of task_fts and more), with their bm25 (rank). */
const newestRanked = (where: string) => `SELECT rowid AS id, bm25(task_fts, 3.0, 1.0, 0.0, 0.0) AS rank FROM task_fts
  WHERE ${where} ORDER BY rowid DESC LIMIT ?`;

/** Text hits up to which a unit filter is checked in one query with the text's MATCH, ranking all by bm25. */
const SCORED_HITS = 1000;

/** Of those, text hits up to which the unit is probed per hit (a microsecond or so each). */
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

/**
 * Tasks matching the filter with the total count. Text queries and unit fragments of two or more characters
 * are one FTS5 MATCH expression (the units column), a plan is a rowid range inside it (a plan's tasks have
 * consecutive ids), and one-character terms come from the task_chars index. Counting stops at COUNTED_HITS.
 * Ranking: bm25 (title weighted over body) over the RANKED_HITS most recently imported hits; past COUNTED_HITS
 * hits, byRelevance (bm25 reads every hit of each phrase for its IDF); further hits follow newest first.
 * Text with a unit filter (every other filter applied to the text alike): a unit named by at most as many tasks
 * as are counted joins the MATCH expression, its tasks bounding the index's work; on a text of at most SCORED_HITS
 * hits one query keeps those naming it, all ranked by bm25; else the unit's hits among the text's RANKED_HITS
 * newest are ranked as the text alone ranks them (bm25 in a library of no more tasks than are counted, else
 * byRelevance), the rest newest first. A unit named by more tasks: the text's hits are read, newest first, up to
 * the counting bound, and those naming the unit kept (unitTasks), the text's hits bounding the work; counted and
 * ranked the same way (bm25 when every hit was read). Past the bound counting stops there ("N+") once as many of
 * the unit's hits as are ranked were found; with fewer, they are counted in the index.
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
  const variants = f.unit === undefined ? [] : [f.unit].flat();
  let unitMatch = variants.length ? unitExpression(variants) : null;
  const single = charsExpression(f.terms);
  if (!text && !unitMatch && !single)
    return f.theme && !f.unit && !f.terms.length ? themeTasks(db, f, f.theme, scoped) : scanTasks(db, f, scoped);
  // One-character text with a unit: both are in the one-character index (its unit tokens have no positions,
  // so a fragment of several bigrams is checked on task_unit as well).
  const unitChars = !text && single && variants.length ? unitCharsExpression(variants) : null;
  const unitChecked = unitMatch !== null || unitChars?.exact === true;
  if (unitChars) unitMatch = null;
  const unitIds = variants.length ? unitIdsNamed(db, variants) : null;

  // The driving index: task_fts when there is a MATCH expression, else task_chars; the scope joins its MATCH.
  const table = text || unitMatch ? 'task_fts' : 'task_chars';
  const conditions = (indexed: string | null, unitProbed: boolean) => {
    const base = indexed ?? (unitChars ? `${single} AND ${unitChars.match}` : single!);
    const where = [`${table} MATCH ?`];
    const params: unknown[] = [scoped ? scopeExpression(base, f.ws, indexed !== null) : base];
    if (range) {
      where.push('rowid BETWEEN ? AND ?');
      params.push(...range);
    }
    if (indexed && single) {
      // '+rowid': the set is computed once, not handed to the FTS5 table as a rowid constraint per value.
      where.push('+rowid IN (SELECT rowid FROM task_chars WHERE task_chars MATCH ?)');
      params.push(single);
    }
    if (unitProbed) {
      where.push(namesUnit(`${table}.rowid`));
      params.push(unitIds);
    }
    if (f.theme) {
      where.push(`+rowid IN (${THEME_TASKS})`);
      params.push(JSON.stringify(f.theme.dayIds), JSON.stringify(f.theme.names));
    }
    return { where: where.join(' AND '), params };
  };
  const indexed = [text, unitMatch].filter((x) => x !== null);
  const { where, params } = conditions(indexed.length ? indexed.join(' AND ') : null, !!unitIds && !unitChecked);
  // (the MATCH expression of text and unit together, scoped)
  const textAndUnit = params[0];
  const sql = `SELECT rowid FROM ${table} WHERE ${where}`;
  const counted = f.counted ?? COUNTED_HITS;
  const cap = f.ranked ?? RANKED_HITS;
  const count = (c: { where: string; params: unknown[] }, max: number) =>
    prepared(db, `SELECT count(*) FROM (SELECT rowid FROM ${table} WHERE ${c.where} LIMIT ?)`)
      .pluck()
      .get(...c.params, max + 1) as number;
  /** With a unit filter on text: the unit's hits among the text's `cap` newest, ranked. */
  let window: number[] | undefined;
  if (text && variants.length) {
    // A unit named by at most as many tasks as are counted is matched in the index; with few text hits, one query
    // keeps the text's hits naming it (probed per hit, or in the set of hits of text and unit). A unit named by
    // more tasks: the text's hits are read, newest first, up to the counting bound.
    const byText = conditions(text, false);
    const units = unitTasks(db, variants);
    const inIndex = unitMatch !== null && units.count <= (f.indexed ?? counted);
    const scored = f.scored ?? SCORED_HITS;
    const textHits = inIndex ? count(byText, scored) : Infinity;
    if (textHits <= scored) {
      const probed = textHits <= (f.probed ?? PROBED_HITS);
      const kept = prepared(
        db,
        `SELECT rowid FROM task_fts WHERE ${byText.where} AND ${probed ? namesUnit('task_fts.rowid') : '+rowid IN (SELECT rowid FROM task_fts WHERE task_fts MATCH ?)'}
           ORDER BY bm25(task_fts, 3.0, 1.0, 0.0, 0.0), rowid`,
      )
        .pluck()
        .all(...byText.params, probed ? unitIds : textAndUnit) as number[];
      return { rows: tasksById(db, kept.slice(f.offset, f.offset + f.limit)), total: kept.length, more: false };
    }
    const hits = prepared(db, `SELECT rowid FROM task_fts WHERE ${byText.where} ORDER BY rowid DESC LIMIT ?`)
      .pluck()
      .all(...byText.params, inIndex ? cap : counted + 1) as number[];
    const kept = hits.filter((id) => units.named[id] === 1);
    const floor = hits[Math.min(cap, hits.length) - 1] ?? 0;
    // Those among the text's `cap` newest, ranked as the text alone ranks them: by bm25 when the text has no more
    // hits than are counted (its IDF reads them all): all were read, or the library holds no more tasks (`named`
    // has a place per task id); else by byRelevance.
    const fewer = inIndex ? units.named.length - 1 <= counted : hits.length <= counted;
    window = fewer
      ? (
          prepared(db, `SELECT id FROM (${newestRanked(byText.where)}) ORDER BY rank, id`)
            .pluck()
            .all(...byText.params, cap) as number[]
        ).filter((id) => units.named[id] === 1)
      : byRelevance(
          db,
          kept.filter((id) => id >= floor),
          f.terms,
        );
    // Every hit read, or as many of the unit's as are ranked: counted (or "N+") from these, the rest newest first.
    if (!inIndex && (fewer || kept.length >= cap)) {
      const total = Math.min(kept.length, counted);
      const order = [...window, ...kept.slice(window.length, total)];
      return { rows: tasksById(db, order.slice(f.offset, f.offset + f.limit)), total, more: !fewer };
    }
  }
  const n = count({ where, params }, counted);
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
  // Ranked part: the `cap` newest hits by bm25, or by byRelevance past the counting bound or with a unit (the
  // unit's hits among the text's `cap` newest); then the rest newest first.
  const ids: number[] = [];
  let ranked = cap;
  if (window) {
    ranked = window.length;
    ids.push(...window.slice(f.offset, f.offset + limit));
  } else if (more) {
    const newest = prepared(db, `${sql} ORDER BY rowid DESC LIMIT ?`)
      .pluck()
      .all(...params, cap) as number[];
    ranked = newest.length;
    if (f.offset < ranked) ids.push(...byRelevance(db, newest, f.terms).slice(f.offset, f.offset + limit));
  } else if (f.offset < ranked) {
    ids.push(
      ...(prepared(db, `SELECT id FROM (${newestRanked(where)}) ORDER BY rank, id LIMIT ? OFFSET ?`)
        .pluck()
        .all(...params, cap, limit, f.offset) as number[]),
    );
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

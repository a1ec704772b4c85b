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
  /**
   * A unit named by at most this many tasks is matched in the index with text (default: as many as are counted, or
   * SCORED_HITS for a name of several index tokens with text of two or more characters).
   */
  indexed?: number;
  /** With such a unit, text hits up to which one query keeps and ranks the unit's (default SCORED_HITS). */
  scored?: number;
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

/**
 * Whether the task whose id is `column` names the unit: its byte in the blob @named (UnitTasks.named) is 1, looked
 * up by offset (some 40 ns a hit).
 */
const NAMES_UNIT = (column: string) => `substr(@named, ${column} + 1, 1) = x'01'`;

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
  named: Buffer;
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
    const named = Buffer.alloc(lastTaskId(db) + 1);
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
 * Text with a unit filter (every other filter applied to the text alike): which tasks name the unit is read once
 * per import (unitTasks, a byte per task, checked in SQL by NAMES_UNIT). A unit named by more tasks than are
 * counted, or by more than SCORED_HITS when its name is a phrase of several index tokens, is checked on the text's
 * hits, read newest first up to the counting bound: the text's hits bound the work; counted there ("N+" past the
 * bound) once as many of the unit's hits as are ranked were found, with fewer counted in the index. A rarer unit
 * joins the MATCH expression, its tasks bounding the index's work; on a text of at most SCORED_HITS hits one query
 * keeps those naming it, all ranked by bm25. Either way the unit's hits among the text's RANKED_HITS newest are
 * ranked as the text alone ranks them (bm25, computed for those only, when the text has no more hits than are
 * counted or the library no more tasks, else byRelevance), the rest newest first.
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
  const unitMatch = variants.length ? unitExpression(variants) : null;
  const single = charsExpression(f.terms);
  if (!text && !unitMatch && !single)
    return f.theme && !f.unit && !f.terms.length ? themeTasks(db, f, f.theme, scoped) : scanTasks(db, f, scoped);
  const units = variants.length ? unitTasks(db, variants) : null;
  /** The @named parameter of NAMES_UNIT. */
  const named = units && { named: units.named };
  const counted = f.counted ?? COUNTED_HITS;
  const cap = f.ranked ?? RANKED_HITS;
  const scored = f.scored ?? SCORED_HITS;
  // The driving index: task_fts for text of two or more characters or a unit alone, else task_chars (one-character
  // text); the scope joins its MATCH.
  const table = text || !single ? 'task_fts' : 'task_chars';
  // The MATCH of the text, and of the text and the unit: with one-character text, both in the one-character
  // index, whose unit tokens have no positions (a fragment of several bigrams is checked on the unit's tasks too).
  const byTextMatch = text ?? single;
  const unitChars = !text && single && unitMatch ? unitCharsExpression(variants) : null;
  const textAndUnit =
    unitMatch && (text ? `${text} AND ${unitMatch}` : single ? `${single} AND ${unitChars!.match}` : unitMatch);
  // With text, a unit named by more tasks than are counted is checked on the text's hits, and so is one named by
  // more than SCORED_HITS whose name is several index tokens (a phrase, with text of two or more characters:
  // FTS5 checks the positions of its tokens for each of its hits) or of one character (in no index); a rarer
  // one is matched in the index with the text, its tasks bounding the work.
  const phrase = text !== null && unitMatch !== null && unitMatch.includes(' ');
  const onHits =
    units !== null &&
    byTextMatch !== null &&
    (textAndUnit === null || units.count > (f.indexed ?? (phrase ? scored : counted)));
  const conditions = (match: string, checked: boolean) => {
    const where = [`${table} MATCH ?`];
    const params: unknown[] = [scoped ? scopeExpression(match, f.ws, table === 'task_fts') : match];
    if (range) {
      where.push('rowid BETWEEN ? AND ?');
      params.push(...range);
    }
    if (table === 'task_fts' && single) {
      // '+rowid': the set is computed once, not handed to the FTS5 table as a rowid constraint per value.
      where.push('+rowid IN (SELECT rowid FROM task_chars WHERE task_chars MATCH ?)');
      params.push(single);
    }
    if (checked) {
      where.push(NAMES_UNIT('rowid'));
      params.push(named);
    }
    if (f.theme) {
      where.push(`+rowid IN (${THEME_TASKS})`);
      params.push(JSON.stringify(f.theme.dayIds), JSON.stringify(f.theme.names));
    }
    return { where: where.join(' AND '), params };
  };
  const inIndex = () => conditions(textAndUnit!, unitChars?.exact === false);
  const byText = conditions(byTextMatch ?? '', false);
  let { where, params } = onHits ? conditions(byTextMatch!, true) : units ? inIndex() : byText;
  const count = (c: { where: string; params: unknown[] }, max: number) =>
    prepared(db, `SELECT count(*) FROM (SELECT rowid FROM ${table} WHERE ${c.where} LIMIT ?)`)
      .pluck()
      .get(...c.params, max + 1) as number;
  /** With a unit filter on text: the unit's hits ranked first. */
  let window: number[] | undefined;
  /** The total and whether more match, when counted on the text's hits. */
  let counts: { total: number; more: boolean } | undefined;
  /**
   * The unit's hits among the text's `cap` newest, ranked as the text alone ranks them: by bm25 (computed for
   * these only) when `bm25`, else by byRelevance; the rest follow newest first.
   */
  const unitWindow = (bm25: boolean) => {
    const ids = prepared(
      db,
      `SELECT id FROM (SELECT rowid AS id, ${bm25 ? `CASE WHEN ${NAMES_UNIT('rowid')} THEN bm25(task_fts, 3.0, 1.0, 0.0, 0.0) END` : NAMES_UNIT('rowid')} AS rank
         FROM task_fts WHERE ${byText.where} ORDER BY rowid DESC LIMIT ?) WHERE ${bm25 ? 'rank IS NOT NULL ORDER BY rank, id' : 'rank'}`,
    )
      .pluck()
      .all(...byText.params, cap, named) as number[];
    return bm25 ? ids : byRelevance(db, ids, f.terms);
  };
  if (onHits) {
    // The text's hits, newest first (one character: in import order, as it pages), read up to the counting
    // bound, those naming the unit counted: "N+" past the bound once as many as are ranked were found, with
    // fewer counted in the index (below).
    const [read, found] = prepared(
      db,
      `SELECT count(*), count(*) FILTER (WHERE ${NAMES_UNIT('id')}) FROM
         (SELECT rowid AS id FROM ${table} WHERE ${byText.where} ORDER BY rowid${text ? ' DESC' : ''} LIMIT ?)`,
    )
      .raw()
      .get(...byText.params, counted + 1, named) as [number, number];
    const all = read <= counted;
    if (all || found >= cap) counts = { total: Math.min(found, counted), more: !all };
    else if (textAndUnit) ({ where, params } = inIndex());
    if (text && counts) window = unitWindow(all);
  }
  if (text && units && !window) {
    // With few text hits, one query keeps those naming the unit, all ranked by bm25.
    if (!onHits && count(byText, scored) <= scored) {
      const checked = conditions(text, true);
      const kept = prepared(
        db,
        `SELECT rowid FROM task_fts WHERE ${checked.where} ORDER BY bm25(task_fts, 3.0, 1.0, 0.0, 0.0), rowid`,
      )
        .pluck()
        .all(...checked.params) as number[];
      return { rows: tasksById(db, kept.slice(f.offset, f.offset + f.limit)), total: kept.length, more: false };
    }
    // bm25 in a library of no more tasks than are counted (its IDF reads every hit)
    window = unitWindow(units.named.length - 1 <= counted);
  }
  const n = counts ? 0 : count({ where, params }, counted);
  const { total, more } = counts ?? { total: Math.min(n, counted), more: n > counted };
  const sql = `SELECT rowid FROM ${table} WHERE ${where}`;
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

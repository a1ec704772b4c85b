/** Targets and milestones repository. */
import { prepared, type Db } from './db.js';
import { likeEscape, UNIT_IDS, unitIdsNamed } from './tasks.js';
import { visible } from './scope.js';
import type { Comparator, Target } from '../plans/types.js';

/** A stored target with its plan, task and the units of that task. */
export interface TargetRow extends Target {
  id: number;
  planId: number;
  seq: number;
  planTitle: string;
  taskTitle: string | null;
  units: string[];
  /** The plan's period, which bounds a yearly target. */
  periodStart: number | null;
  periodEnd: number | null;
}

export interface TargetFilter {
  /** The asking workspace (null: the host, every plan). */
  ws: string | null;
  planId?: number;
  /** Only the targets of this task (its seq in the plan). */
  taskSeq?: number;
  year?: number;
  /** A unit name fragment, or several (spelling variants): any of them. */
  unit?: string | string[];
  /** Words in the target's quote or metric, or in its task's title. */
  query?: string;
}

/** Targets matching the filter, by due year; a page of them when `page` is given, with the total. */
export function listTargets(
  db: Db,
  f: TargetFilter,
  page?: { limit: number; offset: number },
): { rows: TargetRow[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.ws !== null) (where.push(visible('p')), params.push(f.ws));
  if (f.planId !== undefined) (where.push('g.plan_id = ?'), params.push(f.planId));
  if (f.taskSeq !== undefined) (where.push('t.seq = ?'), params.push(f.taskSeq));
  if (f.query) {
    // in the target's words or its task's title (青少年: the targets of 加强校内青少年科学教育)
    where.push(`(g.quote LIKE ? ESCAPE '\\' OR g.metric LIKE ? ESCAPE '\\' OR t.title LIKE ? ESCAPE '\\')`);
    params.push(...Array<string>(3).fill(`%${likeEscape(f.query)}%`));
  }
  if (f.unit) {
    where.push(`g.task_id IN (SELECT task_id FROM task_unit WHERE unit_id IN (${UNIT_IDS}))`);
    params.push(unitIdsNamed(db, [f.unit].flat()));
  }
  // A year: targets due that year, yearly (每年) targets whose plan period holds it (up to the target's own
  // year when it has one), and those naming no year in a plan for that year; disjoint sets, each read from
  // an index.
  const years =
    f.year === undefined
      ? ['']
      : [
          'AND g.recurrence IS NULL AND g.year = ?',
          `AND g.recurrence = 'annual' AND ? BETWEEN p.period_start AND coalesce(g.year, p.period_end)`,
          `AND ${IN_ONE_YEAR_PLAN} AND p.period_end = ?`,
        ];
  // The task is joined only to filter by its seq or title; the page is chosen on the targets' keys alone, and
  // only its rows are read in full with their units.
  const task = f.taskSeq !== undefined || f.query ? 'LEFT JOIN task t ON t.id = g.task_id' : '';
  const matching = years
    .map(
      (year) =>
        `SELECT g.id, g.year IS NULL, g.year, g.plan_id, g.seq FROM target g JOIN plan p ON p.id = g.plan_id ${task}
         WHERE 1 ${where.map((w) => `AND ${w}`).join(' ')} ${year}`,
    )
    .join(' UNION ALL ');
  const all = years.flatMap(() => [...params, ...(f.year === undefined ? [] : [f.year])]);
  const total = prepared(db, `SELECT count(*) FROM (${matching})`)
    .pluck()
    .get(...all) as number;
  const rows = prepared(
    db,
    `SELECT g.id, g.plan_id AS planId, g.seq, p.title AS planTitle, t.seq AS taskSeq, t.title AS taskTitle, g.quote, g.metric,
         g.comparator, g.value, g.value_max AS valueMax, g.unit, g.year, g.recurrence,
         p.period_start AS periodStart, p.period_end AS periodEnd,
         (SELECT json_group_array(name) FROM (SELECT u.name FROM task_unit tu JOIN unit u ON u.id = tu.unit_id
            WHERE tu.task_id = g.task_id GROUP BY u.id ORDER BY max(tu.role = 'responsible') DESC,
              min(CASE WHEN tu.role = 'responsible' THEN tu.pos END), min(tu.pos))) AS units
       FROM (SELECT id FROM (${matching} ORDER BY 2, 3, 4, 5 LIMIT ? OFFSET ?)) AS pg
       JOIN target g ON g.id = pg.id JOIN plan p ON p.id = g.plan_id LEFT JOIN task t ON t.id = g.task_id
       ORDER BY g.year IS NULL, g.year, g.plan_id, g.seq`,
  ).all(...all, page?.limit ?? -1, page?.offset ?? 0) as (Omit<TargetRow, 'units'> & { units: string })[];
  return { rows: rows.map((r) => ({ ...r, units: JSON.parse(r.units) })), total };
}

export interface MilestoneRow {
  planId: number;
  planTitle: string;
  year: number;
  text: string;
  due: string | null;
}

export function listMilestones(db: Db): MilestoneRow[] {
  return db
    .prepare(
      'SELECT m.plan_id AS planId, p.title AS planTitle, m.year, m.text, m.due FROM milestone m JOIN plan p ON p.id = m.plan_id ORDER BY m.year, m.id',
    )
    .all() as MilestoneRow[];
}

export interface DueRow {
  kind: 'target' | 'milestone' | 'period-end';
  year: number;
  /** A milestone's date, when it names one (within its year, or a span's end). */
  due: string | null;
  title: string;
  planId: number;
  planTitle: string;
  taskSeq: number | null;
  metric: string | null;
  comparator: Comparator | null;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  /** 1 for a yearly (每年) target: this row is one of its years. */
  annual: number;
}

/**
 * The plan is the library's or the asking workspace's (@ws). Written so that no index on the owner is used:
 * the plans are walked in id order, which is the order of the answer, and a page stops the walk early.
 */
const OWN = '(+p.workspace IS NULL OR +p.workspace = @ws)';

/**
 * A target that names no year and no 每年 in a plan for one year (2026年科普工作要点) falls due at the end
 * of that year (p.period_end). Read from target_due's entries without a year, each with its plan.
 */
const IN_ONE_YEAR_PLAN = 'g.recurrence IS NULL AND g.year IS NULL AND p.period_start = p.period_end';

/** The year a milestone falls due: its date's (a span's end), else its own. */
const DUE_YEAR = 'coalesce(CAST(substr(m.due, 1, 4) AS INTEGER), m.year)';

/**
 * How many items fall due in each year of [@from, @to] in the plans a workspace sees: targets with a due
 * year, milestones and plan period ends by year; yearly targets as spans (a plan's period, up to the
 * target's own year when it has one), counted once for every year of the span inside the range.
 */
const DUE_BY_YEAR = `SELECT year, count(*) AS n FROM (
    SELECT g.year AS year FROM target g JOIN plan p ON p.id = g.plan_id
    WHERE g.recurrence IS NULL AND g.year BETWEEN @from AND @to AND ${OWN}
    UNION ALL
    SELECT p.period_end FROM plan p JOIN target g ON g.plan_id = p.id
    WHERE ${IN_ONE_YEAR_PLAN} AND p.period_end BETWEEN @from AND @to AND ${OWN}
    UNION ALL
    SELECT ${DUE_YEAR} FROM milestone m JOIN plan p ON p.id = m.plan_id WHERE ${DUE_YEAR} BETWEEN @from AND @to AND ${OWN}
    UNION ALL
    SELECT p.period_end FROM plan p WHERE p.period_end BETWEEN @from AND @to AND ${OWN}
  ) GROUP BY year`;
const YEARLY_SPANS = `SELECT p.period_start AS first, coalesce(g.year, p.period_end) AS last, count(*) AS n
  FROM target g JOIN plan p ON p.id = g.plan_id
  WHERE g.recurrence = 'annual' AND p.period_start <= @to AND coalesce(g.year, p.period_end) >= @from AND ${OWN}
  GROUP BY 1, 2`;

/**
 * The items due at the end of one year (@year), by plan: its targets in plan order (a yearly target when the
 * year is in its span, one naming no year when the plan is for that year), then its milestones that name the year only, then its period end. (Milestones dated
 * within the year: DATED_BETWEEN.) `plans`: only the plans of the JSON array @plans, looked up by id.
 */
const dueInYear = (plans: boolean) => {
  const own = plans ? `${OWN} AND p.id IN (SELECT value FROM json_each(@plans))` : OWN;
  return `SELECT 'target' AS kind, @year AS year, NULL AS due, g.quote AS title, p.id AS planId, p.title AS planTitle,
    t.seq AS taskSeq, g.metric, g.comparator, g.value, g.value_max AS valueMax, g.unit,
    (g.recurrence IS NOT NULL) AS annual, g.seq AS pos
  FROM plan p CROSS JOIN target g ON g.plan_id = p.id LEFT JOIN task t ON t.id = g.task_id
  WHERE ((g.recurrence IS NULL AND g.year = @year)
      OR (g.recurrence = 'annual' AND @year BETWEEN p.period_start AND coalesce(g.year, p.period_end))
      OR (${IN_ONE_YEAR_PLAN} AND p.period_end = @year))
    AND ${own}
  UNION ALL
  SELECT 'milestone', m.year, NULL, m.text, p.id, p.title, NULL, NULL, NULL, NULL, NULL, NULL, 0, 1e9 + m.id
  FROM plan p CROSS JOIN milestone m ON m.plan_id = p.id WHERE m.year = @year AND m.due IS NULL AND ${own}
  UNION ALL
  SELECT 'period-end', p.period_end, NULL, p.title, p.id, p.title, NULL, NULL, NULL, NULL, NULL, NULL, 0, 2e18
  FROM plan p WHERE p.period_end = @year AND ${own}
  ORDER BY planId, pos LIMIT @limit OFFSET @offset`;
};

/** The milestones dated within [@from, @to] (YYYY-MM-DD) in the plans a workspace sees, by date. */
const DATED_BETWEEN = `SELECT 'milestone' AS kind, m.year, m.due, m.text AS title, p.id AS planId, p.title AS planTitle,
    NULL AS taskSeq, NULL AS metric, NULL AS comparator, NULL AS value, NULL AS valueMax, NULL AS unit, 0 AS annual
  FROM milestone m JOIN plan p ON p.id = m.plan_id
  WHERE m.due BETWEEN @from AND @to AND ${OWN} ORDER BY m.due, p.id, m.id`;

export function datedBetween(db: Db, ws: string, from: string, to: string): DueRow[] {
  return prepared(db, DATED_BETWEEN).all({ ws, from, to }) as DueRow[];
}

/** How many items (targets, yearly targets' years, milestones, plan period ends) fall due in each year of the range. */
export function dueCounts(db: Db, ws: string, fromYear: number, toYear: number): Map<number, number> {
  const range = { from: fromYear, to: toYear, ws };
  const counts = new Map<number, number>();
  const add = (year: number, n: number) => counts.set(year, (counts.get(year) ?? 0) + n);
  for (const r of prepared(db, DUE_BY_YEAR).all(range) as { year: number; n: number }[]) add(r.year, r.n);
  for (const r of prepared(db, YEARLY_SPANS).all(range) as { first: number; last: number; n: number }[])
    for (let y = Math.max(r.first, fromYear); y <= Math.min(r.last, toYear); y++) add(y, r.n);
  return counts;
}

/** The items due in one year in the plans a workspace sees (or in some of them), by plan; a slice when asked. */
export function dueIn(
  db: Db,
  ws: string,
  year: number,
  slice?: { limit: number; offset: number },
  plans?: number[],
): DueRow[] {
  const rows = prepared(db, dueInYear(plans !== undefined)).all({
    year,
    ws,
    ...(plans && { plans: JSON.stringify(plans) }),
    limit: slice?.limit ?? -1,
    offset: slice?.offset ?? 0,
  }) as (DueRow & { pos: number })[];
  return rows.map(({ pos: _, ...r }) => r);
}

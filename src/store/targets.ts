/** Targets and milestones repository. */
import type { Db } from './db.js';
import { likeEscape, UNITS_NAMED } from './tasks.js';
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
  if (f.year !== undefined) {
    // A yearly (每年) target falls due in every year of its plan's period.
    where.push(
      `((g.recurrence IS NULL AND g.year = ?) OR (g.recurrence = 'annual' AND ? BETWEEN p.period_start AND coalesce(g.year, p.period_end)))`,
    );
    params.push(f.year, f.year);
  }
  if (f.query) {
    where.push(`(g.quote LIKE ? ESCAPE '\\' OR g.metric LIKE ? ESCAPE '\\')`);
    params.push(`%${likeEscape(f.query)}%`, `%${likeEscape(f.query)}%`);
  }
  if (f.unit) {
    where.push(`g.task_id IN (SELECT task_id FROM task_unit WHERE unit_id IN (${UNITS_NAMED}))`);
    params.push(JSON.stringify([f.unit].flat()));
  }
  const from = `FROM target g JOIN plan p ON p.id = g.plan_id LEFT JOIN task t ON t.id = g.task_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  const total = (db.prepare(`SELECT count(*) AS n ${from}`).get(...params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT g.id, g.plan_id AS planId, g.seq, p.title AS planTitle, t.seq AS taskSeq, t.title AS taskTitle, g.quote, g.metric,
         g.comparator, g.value, g.value_max AS valueMax, g.unit, g.year, g.recurrence,
         p.period_start AS periodStart, p.period_end AS periodEnd,
         (SELECT json_group_array(name) FROM (SELECT u.name FROM task_unit tu JOIN unit u ON u.id = tu.unit_id
            WHERE tu.task_id = g.task_id GROUP BY u.id ORDER BY max(tu.role = 'responsible') DESC,
              min(CASE WHEN tu.role = 'responsible' THEN tu.pos END), min(tu.pos))) AS units
       ${from} ORDER BY g.year IS NULL, g.year, g.plan_id, g.seq LIMIT ? OFFSET ?`,
    )
    .all(...params, page?.limit ?? -1, page?.offset ?? 0) as (Omit<TargetRow, 'units'> & { units: string })[];
  return { rows: rows.map((r) => ({ ...r, units: JSON.parse(r.units) })), total };
}

export interface MilestoneRow {
  planId: number;
  planTitle: string;
  year: number;
  text: string;
}

export function listMilestones(db: Db): MilestoneRow[] {
  return db
    .prepare(
      'SELECT m.plan_id AS planId, p.title AS planTitle, m.year, m.text FROM milestone m JOIN plan p ON p.id = m.plan_id ORDER BY m.year, m.id',
    )
    .all() as MilestoneRow[];
}

export interface DueRow {
  kind: 'target' | 'milestone' | 'period-end';
  year: number;
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

/** The plan is the library's or the asking workspace's (@ws). */
const OWN = '(p.workspace IS NULL OR p.workspace = @ws)';

/**
 * Targets with a due year; yearly targets once for every year of their plan's period (up to their own year
 * when they have one); milestones; plan period ends.
 */
const DUE = `WITH RECURSIVE yr(y) AS (SELECT @from UNION ALL SELECT y + 1 FROM yr WHERE y < @to)
  SELECT 'target' AS kind, g.year, g.quote AS title, g.plan_id AS planId, p.title AS planTitle, t.seq AS taskSeq,
    g.metric, g.comparator, g.value, g.value_max AS valueMax, g.unit, 0 AS annual
  FROM target g JOIN plan p ON p.id = g.plan_id LEFT JOIN task t ON t.id = g.task_id
  WHERE g.recurrence IS NULL AND g.year BETWEEN @from AND @to AND ${OWN}
  UNION ALL
  SELECT 'target', yr.y, g.quote, g.plan_id, p.title, t.seq, g.metric, g.comparator, g.value, g.value_max, g.unit, 1
  FROM target g JOIN plan p ON p.id = g.plan_id LEFT JOIN task t ON t.id = g.task_id
    JOIN yr ON yr.y BETWEEN p.period_start AND coalesce(g.year, p.period_end)
  WHERE g.recurrence = 'annual' AND ${OWN}
  UNION ALL
  SELECT 'milestone', m.year, m.text, m.plan_id, p.title, NULL, NULL, NULL, NULL, NULL, NULL, 0
  FROM milestone m JOIN plan p ON p.id = m.plan_id WHERE m.year BETWEEN @from AND @to AND ${OWN}
  UNION ALL
  SELECT 'period-end', p.period_end, p.title, p.id, p.title, NULL, NULL, NULL, NULL, NULL, NULL, 0
  FROM plan p WHERE p.period_end BETWEEN @from AND @to AND ${OWN}`;

/**
 * Everything due in [fromYear, toYear] (targets with a year, milestones, plan period ends) in the plans a
 * workspace sees, by year and plan; a page when asked.
 */
export function dueBetween(
  db: Db,
  ws: string,
  fromYear: number,
  toYear: number,
  page?: { limit: number; offset: number },
): { rows: DueRow[]; total: number } {
  const range = { from: fromYear, to: toYear, ws };
  const total = (db.prepare(`SELECT count(*) AS n FROM (${DUE})`).get(range) as { n: number }).n;
  const rows = db
    .prepare(`${DUE} ORDER BY 2, 4 LIMIT @limit OFFSET @offset`)
    .all({ ...range, limit: page?.limit ?? -1, offset: page?.offset ?? 0 }) as DueRow[];
  return { rows, total };
}

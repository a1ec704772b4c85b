/** Earlier versions of plans: kept when a plan is replaced or removed, brought back by a restore. */
import type { Db } from './db.js';
import type { Plan } from '../plans/types.js';
import { getPlan } from './plans.js';
import { tasksOfPlan } from './tasks.js';
import { listTargets } from './targets.js';

/** How many earlier versions are kept per plan. */
export const VERSIONS_KEPT = 5;

export interface VersionRow {
  id: number;
  planId: number;
  workspace: string | null;
  source: string;
  sha256: string;
  plan: Plan;
  replacedAt: string;
}

/** A stored plan read back as the parser's Plan. */
export function loadPlan(db: Db, id: number): Plan | undefined {
  const p = getPlan(db, null, id);
  if (!p) return undefined;
  const tasks = tasksOfPlan(db, id).map(({ seq, part, path, number, title, text, leadUnits, units, themeDays }) => ({
    ...{ seq, part, path, number, title, text, leadUnits, units, themeDays },
  }));
  // Targets come back by due year; the parser's order is their stored seq.
  const targets = listTargets(db, { ws: null, planId: id })
    .rows.sort((a, b) => a.seq - b.seq)
    .map(({ taskSeq, quote, metric, comparator, value, valueMax, unit, year, recurrence }) => ({
      ...{ taskSeq, quote, metric, comparator, value, valueMax, unit, year, recurrence },
    }));
  const milestones = db
    .prepare('SELECT year, text, due FROM milestone WHERE plan_id = ? ORDER BY id')
    .all(id) as Plan['milestones'];
  const themeDays = db
    .prepare('SELECT DISTINCT name FROM theme_mention WHERE plan_id = ? ORDER BY rowid')
    .pluck()
    .all(id) as string[];
  return {
    title: p.title,
    issuer: p.issuer,
    docNumber: p.docNumber,
    issuedOn: p.issuedOn,
    region: p.region,
    period: p.periodStart === null ? null : { start: p.periodStart, end: p.periodEnd! },
    tasks,
    targets,
    milestones,
    themeDays,
    headings: 0,
  };
}

/** Keeps the plan as it is now as its latest earlier version (inside the caller's transaction). */
export function keepVersion(db: Db, id: number, now: string): void {
  const plan = loadPlan(db, id);
  const row = db.prepare('SELECT workspace, source, sha256 FROM plan WHERE id = ?').get(id) as
    { workspace: string | null; source: string; sha256: string } | undefined;
  if (!plan || !row) return;
  db.prepare(
    'INSERT INTO plan_version (plan_id, workspace, source, sha256, data, replaced_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, row.workspace, row.source, row.sha256, JSON.stringify(plan), now);
  db.prepare(
    'DELETE FROM plan_version WHERE plan_id = ? AND id NOT IN (SELECT id FROM plan_version WHERE plan_id = ? ORDER BY id DESC LIMIT ?)',
  ).run(id, id, VERSIONS_KEPT);
}

/** The latest earlier version of a plan of `owner` (null: the library). */
export function lastVersion(db: Db, planId: number, owner: string | null): VersionRow | undefined {
  const row = db
    .prepare(
      `SELECT id, plan_id AS planId, workspace, source, sha256, data, replaced_at AS replacedAt FROM plan_version
       WHERE plan_id = ? AND ifnull(workspace, '') = ifnull(?, '') ORDER BY id DESC LIMIT 1`,
    )
    .get(planId, owner) as (Omit<VersionRow, 'plan'> & { data: string }) | undefined;
  if (!row) return undefined;
  const { data, ...rest } = row;
  return { ...rest, plan: JSON.parse(data) as Plan };
}

export function dropVersion(db: Db, id: number): void {
  db.prepare('DELETE FROM plan_version WHERE id = ?').run(id);
}

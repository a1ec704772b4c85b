/** Plans repository: saving a parsed plan (one transaction, FTS kept in step) and reading plans back. */
import { prepared, writing, type Db } from './db.js';
import { ownerTokens, sharesHalf, taskTerms, type TaskTerms } from './fts.js';
import { visible } from './scope.js';
import { unitKey } from '../plans/units.js';
import type { Plan } from '../plans/types.js';

/** Theme days a task concerns (computed by the caller from the calendar catalog). */
export type TaskLinks = { dayId: string; how: 'mention' | 'keyword'; topical?: number }[];

/**
 * What is worked out from a plan before it is stored (so it can be done in another thread, beside the store):
 * each task's theme-day links and index terms, in task order. Terms not given are computed here.
 */
export interface PlanDerived {
  links?: readonly TaskLinks[];
  terms?: readonly TaskTerms[];
}

export interface PlanRow {
  id: number;
  /** The owning workspace; null for the library every workspace sees. */
  workspace: string | null;
  source: string;
  title: string;
  issuer: string | null;
  docNumber: string | null;
  issuedOn: string | null;
  region: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  tasks: number;
  targets: number;
  units: number;
}

const PLAN_COLUMNS = `p.id, p.workspace, p.source, p.title, p.issuer, p.doc_number AS docNumber, p.issued_on AS issuedOn, p.region,
  p.period_start AS periodStart, p.period_end AS periodEnd,
  (SELECT count(*) FROM task WHERE plan_id = p.id) AS tasks,
  (SELECT count(*) FROM target WHERE plan_id = p.id) AS targets,
  (SELECT count(DISTINCT tu.unit_id) FROM task_unit tu JOIN task t ON t.id = tu.task_id WHERE t.plan_id = p.id) AS units`;

/**
 * The owner's plan a new import replaces: the same content (by hash), else the same title, issuer and number;
 * each is found through its own index.
 */
export function replacedBy(
  db: Db,
  owner: string | null,
  plan: Pick<Plan, 'title' | 'issuer' | 'docNumber'>,
  sha256: string,
): PlanRow | undefined {
  return prepared(
    db,
    `SELECT ${PLAN_COLUMNS} FROM plan p WHERE p.id = coalesce(
       (SELECT id FROM plan WHERE ifnull(workspace, '') = ifnull(@owner, '') AND sha256 = @sha256),
       (SELECT id FROM plan WHERE ifnull(workspace, '') = ifnull(@owner, '') AND title = @title
          AND ifnull(issuer, '') = ifnull(@issuer, '') AND ifnull(doc_number, '') = ifnull(@docNumber, '') LIMIT 1))`,
  ).get({ owner, sha256, title: plan.title, issuer: plan.issuer, docNumber: plan.docNumber }) as PlanRow | undefined;
}

export interface SaveOptions {
  /** The owning workspace; null (default): the library. */
  owner?: string | null;
  /** Called with the plan about to be replaced, inside the saving transaction (to keep it as a version). */
  onReplace?: (id: number) => void;
  /** Replace this plan (keeping its id) rather than the one found by content or title. */
  id?: number;
}

/**
 * Saves a parsed plan for its owner (null: the library). The owner's plan with the same content, or the
 * same title, issuer and number, is replaced in place and keeps its id. Runs in one transaction (see
 * writing): on any error nothing is written.
 */
export function savePlan(
  db: Db,
  plan: Plan,
  source: string,
  sha256: string,
  now: string,
  { links = [], terms }: PlanDerived = {},
  { owner = null, onReplace = () => undefined, id: keepId }: SaveOptions = {},
): { id: number; replaced: boolean } {
  return writing(db, () => {
    const existing = keepId !== undefined ? getPlan(db, null, keepId) : replacedBy(db, owner, plan, sha256);
    if (existing) {
      onReplace(existing.id);
      deletePlanRows(db, existing.id);
    }
    const id = Number(
      prepared(
        db,
        `INSERT INTO plan (id, workspace, source, sha256, title, issuer, doc_number, issued_on, region, period_start, period_end, imported_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        existing?.id ?? keepId ?? nextPlanId(db),
        owner,
        source,
        sha256,
        plan.title,
        plan.issuer,
        plan.docNumber,
        plan.issuedOn,
        plan.region,
        plan.period?.start ?? null,
        plan.period?.end ?? null,
        now,
      ).lastInsertRowid,
    );
    const insertTask = prepared(
      db,
      'INSERT INTO task (plan_id, seq, part, path, number, title, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const insertFts = prepared(db, 'INSERT INTO task_fts (rowid, title, body, units, owner) VALUES (?, ?, ?, ?, ?)');
    const insertChars = prepared(db, 'INSERT INTO task_chars (rowid, chars) VALUES (?, ?)');
    const insertLink = prepared(
      db,
      'INSERT OR IGNORE INTO task_theme (task_id, day_id, how, topical) VALUES (?, ?, ?, ?)',
    );
    // No RETURNING: it would make FTS5 write out its pending rows (see addUnitStats).
    const insertUnit = prepared(db, 'INSERT INTO unit (name, key) VALUES (?, ?)');
    const rekeyUnit = prepared(db, 'UPDATE OR IGNORE unit SET key = ? WHERE id = ?');
    const findUnit = prepared(db, 'SELECT id, key FROM unit WHERE name = ?');
    const linkUnit = prepared(db, 'INSERT OR IGNORE INTO task_unit (task_id, unit_id, role, pos) VALUES (?, ?, ?, ?)');
    const mention = prepared(db, 'INSERT INTO theme_mention (plan_id, task_id, name) VALUES (?, ?, ?)');
    const token = ownerTokens(owner);
    const taskIds = new Map<number, number>();
    const unitIds = new Map<string, number>();
    const unitId = (name: string): number => {
      let unit = unitIds.get(name);
      if (unit !== undefined) return unit;
      // A unit already stored with the same key is only looked up: no write for the units every plan names.
      const key = unitKey(name);
      const found = findUnit.get(name) as { id: number; key: string } | undefined;
      if (found && found.key !== key) rekeyUnit.run(key, found.id);
      unit = found ? found.id : Number(insertUnit.run(name, key).lastInsertRowid);
      unitIds.set(name, unit);
      return unit;
    };
    const stats = new Map<number, { tasks: number; lead: number }>();
    for (const [i, task] of plan.tasks.entries()) {
      const taskId = Number(
        insertTask.run(id, task.seq, task.part, JSON.stringify(task.path), task.number, task.title, task.text)
          .lastInsertRowid,
      );
      taskIds.set(task.seq, taskId);
      const t = terms?.[i] ?? taskTerms(task);
      insertFts.run(taskId, t.title, t.body, t.units, token);
      insertChars.run(taskId, `${t.chars} ${token}`);
      for (const link of links[i] ?? []) insertLink.run(taskId, link.dayId, link.how, link.topical ?? 0);
      const named = new Map<number, boolean>(); // unit → named as a lead
      for (const [role, names] of [
        ['lead', task.leadUnits],
        ['responsible', task.units],
      ] as const) {
        names.forEach((name, pos) => {
          const unit = unitId(name);
          linkUnit.run(taskId, unit, role, pos);
          named.set(unit, named.get(unit) === true || role === 'lead');
        });
      }
      for (const [unit, lead] of named) {
        const n = stats.get(unit) ?? stats.set(unit, { tasks: 0, lead: 0 }).get(unit)!;
        n.tasks++;
        if (lead) n.lead++;
      }
      for (const name of task.themeDays) mention.run(id, taskId, name);
    }
    addUnitStats(db, owner, stats);
    tasksChanged(db);
    for (const name of plan.themeDays)
      if (!plan.tasks.some((t) => t.themeDays.includes(name))) mention.run(id, null, name);
    const insertTarget = prepared(
      db,
      `INSERT INTO target (plan_id, seq, task_id, quote, metric, comparator, value, value_max, unit, year, recurrence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    plan.targets.forEach((t, i) =>
      insertTarget.run(
        id,
        i + 1,
        t.taskSeq === null ? null : (taskIds.get(t.taskSeq) ?? null),
        t.quote,
        t.metric,
        t.comparator,
        t.value,
        t.valueMax,
        t.unit,
        t.year,
        t.recurrence,
      ),
    );
    const insertMilestone = prepared(db, 'INSERT INTO milestone (plan_id, year, text, due) VALUES (?, ?, ?, ?)');
    for (const m of plan.milestones) insertMilestone.run(id, m.year, m.text, m.due);
    return { id, replaced: existing !== undefined };
  });
}

/** A new plan's id: above every plan's and every kept version's, so a removed plan's id is never reused. */
function nextPlanId(db: Db): number {
  return prepared(
    db,
    'SELECT ifnull(max(m), 0) + 1 FROM (SELECT max(id) AS m FROM plan UNION ALL SELECT max(plan_id) FROM plan_version)',
  )
    .pluck()
    .get() as number;
}

/**
 * Adds a stored plan's task counts per unit to the units' totals for its owner in unit_stat ('' = the
 * library): a row each, not an INSERT … SELECT. A statement that may fail part-way opens a statement journal,
 * and FTS5 then writes out its pending index rows: within a bulk import's transaction (see writing), a
 * segment per plan to merge instead of one per transaction.
 */
function addUnitStats(db: Db, owner: string | null, stats: Map<number, { tasks: number; lead: number }>): void {
  const add = prepared(
    db,
    `INSERT INTO unit_stat (workspace, unit_id, tasks, lead, plans, plans_without_leads) VALUES (?, ?, ?, ?, 1, ?)
     ON CONFLICT (workspace, unit_id) DO UPDATE SET tasks = tasks + excluded.tasks, lead = lead + excluded.lead,
       plans = plans + 1, plans_without_leads = plans_without_leads + excluded.plans_without_leads`,
  );
  const withoutLeads = [...stats.values()].every((n) => n.lead === 0) ? 1 : 0;
  for (const [unit, n] of stats) add.run(owner ?? '', unit, n.tasks, n.lead, withoutLeads);
}

/** Removes a plan's task counts from its units' totals for its owner; totals that reach zero are dropped. */
function removeUnitStats(db: Db, planId: number): void {
  prepared(
    db,
    `INSERT INTO unit_stat (workspace, unit_id, tasks, lead, plans, plans_without_leads)
     SELECT ifnull(p.workspace, ''), tu.unit_id, -count(DISTINCT tu.task_id),
       -count(DISTINCT CASE WHEN tu.role = 'lead' THEN tu.task_id END), -1,
       -(SELECT NOT EXISTS (SELECT 1 FROM task lt JOIN task_unit l ON l.task_id = lt.id WHERE lt.plan_id = ? AND l.role = 'lead'))
     FROM plan p JOIN task t ON t.plan_id = p.id JOIN task_unit tu ON tu.task_id = t.id WHERE p.id = ?
     GROUP BY tu.unit_id
     ON CONFLICT (workspace, unit_id) DO UPDATE SET tasks = tasks + excluded.tasks, lead = lead + excluded.lead,
       plans = plans + excluded.plans, plans_without_leads = plans_without_leads + excluded.plans_without_leads`,
  ).run(planId, planId);
  prepared(
    db,
    `DELETE FROM unit_stat WHERE workspace = (SELECT ifnull(workspace, '') FROM plan WHERE id = ?)
       AND unit_id IN (SELECT tu.unit_id FROM task t JOIN task_unit tu ON tu.task_id = t.id WHERE t.plan_id = ?)
       AND tasks = 0`,
  ).run(planId, planId);
}

/**
 * Bumps the task change counter (see migration 009): every store or deletion of a plan's tasks calls it.
 * OR IGNORE: a statement that could fail part-way would open a statement journal, at which FTS5 writes out
 * its pending index rows (see addUnitStats).
 */
function tasksChanged(db: Db): void {
  prepared(db, 'UPDATE OR IGNORE task_change SET n = n + 1').run();
}

/** The task change counter: equal values, equal tasks (plans stored or deleted by any connection). */
export function taskStamp(db: Db): number {
  return prepared(db, 'SELECT n FROM task_change').pluck().get() as number;
}

/** Deletes a plan and everything parsed out of it (not its kept versions), its unit totals and index rows. */
export function deletePlanRows(db: Db, id: number): void {
  removeUnitStats(db, id);
  tasksChanged(db);
  db.prepare('DELETE FROM task_fts WHERE rowid IN (SELECT id FROM task WHERE plan_id = ?)').run(id);
  db.prepare('DELETE FROM task_chars WHERE rowid IN (SELECT id FROM task WHERE plan_id = ?)').run(id);
  db.prepare('DELETE FROM plan WHERE id = ?').run(id);
}

/**
 * Plans a workspace sees (null: every plan, for the host) in id order with their counts; the counts are
 * computed only for the rows returned.
 */
export function listPlans(db: Db, ws: string | null, limit = -1, offset = 0): PlanRow[] {
  const where = ws === null ? '' : `WHERE ${visible('p')}`;
  return db
    .prepare(`SELECT ${PLAN_COLUMNS} FROM plan p ${where} ORDER BY p.id LIMIT ? OFFSET ?`)
    .all(...(ws === null ? [] : [ws]), limit, offset) as PlanRow[];
}

export type PlanName = Pick<PlanRow, 'id' | 'title' | 'region' | 'workspace'>;

/** Ids, titles and regions of the plans a workspace sees (finding a plan by name). */
export function planNames(db: Db, ws: string): PlanName[] {
  return prepared(db, `SELECT id, title, region, workspace FROM plan p WHERE ${visible('p')} ORDER BY id`).all(
    ws,
  ) as PlanName[];
}

/** The regions (else titles) of the plans a workspace sees that share at least half of `chars`, by id. */
export function planLabelsSharing(db: Db, ws: string, chars: string[]): string[] {
  return prepared(
    db,
    `SELECT coalesce(region, title) FROM plan p WHERE (p.workspace IS NULL OR p.workspace = @ws)
       AND ${sharesHalf('coalesce(region, title)')} ORDER BY id`,
  )
    .pluck()
    .all({ chars: JSON.stringify(chars), ws }) as string[];
}

/** The name of one plan the workspace sees, by id. */
export function planName(db: Db, ws: string, id: number): PlanName | undefined {
  return prepared(db, `SELECT id, title, region, workspace FROM plan p WHERE p.id = ? AND ${visible('p')}`).get(
    id,
    ws,
  ) as PlanName | undefined;
}

/** A plan the workspace sees (null: any plan, for the host). */
export function getPlan(db: Db, ws: string | null, id: number): PlanRow | undefined {
  const where = ws === null ? '' : `AND ${visible('p')}`;
  return db
    .prepare(`SELECT ${PLAN_COLUMNS} FROM plan p WHERE p.id = ? ${where}`)
    .get(id, ...(ws === null ? [] : [ws])) as PlanRow | undefined;
}

/** How many plans a workspace sees (null: all plans). */
export function countPlans(db: Db, ws: string | null = null): number {
  if (ws === null) return (db.prepare('SELECT count(*) AS n FROM plan').get() as { n: number }).n;
  return (db.prepare(`SELECT count(*) AS n FROM plan p WHERE ${visible('p')}`).get(ws) as { n: number }).n;
}

/** Whether `ws` owns a plan (else it sees the library's plans only, as every such workspace does). */
export function ownsPlans(db: Db, ws: string): boolean {
  return prepared(db, 'SELECT 1 FROM plan WHERE workspace = ? LIMIT 1').get(ws) !== undefined;
}

/** Whether some plan belongs to a workspace other than `ws` (else every plan is visible to it). */
export function othersOwnPlans(db: Db, ws: string): boolean {
  return (
    prepared(db, 'SELECT 1 FROM plan WHERE workspace IS NOT NULL AND workspace <> ? LIMIT 1').get(ws) !== undefined
  );
}

/** Plans repository: saving a parsed plan (one transaction, FTS kept in step) and reading plans back. */
import type { Db } from './db.js';
import { bigrams, chars, unitTokens } from './fts.js';
import { unitKey } from '../plans/units.js';
import type { Plan, Task } from '../plans/types.js';

/** Theme days a task concerns (computed by the caller from the calendar catalog). */
export type ThemeLinker = (task: Task) => { dayId: string; how: 'mention' | 'keyword' }[];

export interface PlanRow {
  id: number;
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

const PLAN_COLUMNS = `p.id, p.source, p.title, p.issuer, p.doc_number AS docNumber, p.issued_on AS issuedOn, p.region,
  p.period_start AS periodStart, p.period_end AS periodEnd,
  (SELECT count(*) FROM task WHERE plan_id = p.id) AS tasks,
  (SELECT count(*) FROM target WHERE plan_id = p.id) AS targets,
  (SELECT count(DISTINCT tu.unit_id) FROM task_unit tu JOIN task t ON t.id = tu.task_id WHERE t.plan_id = p.id) AS units`;

/**
 * Saves a parsed plan. The same content (by hash), or a plan with the same title, issuer and number,
 * is replaced in place and keeps its id. Runs in one transaction: on any error nothing is written.
 */
export function savePlan(
  db: Db,
  plan: Plan,
  source: string,
  sha256: string,
  now: string,
  links: ThemeLinker = () => [],
): { id: number; replaced: boolean } {
  return db.transaction(() => {
    const existing = db
      .prepare(
        `SELECT id FROM plan WHERE sha256 = ? OR (title = ? AND ifnull(issuer, '') = ifnull(?, '') AND ifnull(doc_number, '') = ifnull(?, ''))`,
      )
      .get(sha256, plan.title, plan.issuer, plan.docNumber) as { id: number } | undefined;
    if (existing) deletePlanRows(db, existing.id);
    const id = Number(
      db
        .prepare(
          `INSERT INTO plan (id, source, sha256, title, issuer, doc_number, issued_on, region, period_start, period_end, imported_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          existing?.id ?? null,
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
    const insertTask = db.prepare(
      'INSERT INTO task (plan_id, seq, part, path, number, title, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const insertFts = db.prepare('INSERT INTO task_fts (rowid, title, body, units) VALUES (?, ?, ?, ?)');
    const insertChars = db.prepare('INSERT INTO task_chars (rowid, chars) VALUES (?, ?)');
    const insertLink = db.prepare('INSERT OR IGNORE INTO task_theme (task_id, day_id, how) VALUES (?, ?, ?)');
    const upsertUnit = db.prepare(
      'INSERT INTO unit (name, key) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET key = excluded.key RETURNING id',
    );
    const linkUnit = db.prepare('INSERT OR IGNORE INTO task_unit (task_id, unit_id, role, pos) VALUES (?, ?, ?, ?)');
    const mention = db.prepare('INSERT INTO theme_mention (plan_id, task_id, name) VALUES (?, ?, ?)');
    const taskIds = new Map<number, number>();
    const unitIds = new Map<string, number>();
    const unitId = (name: string): number => {
      let unit = unitIds.get(name);
      if (unit === undefined) unitIds.set(name, (unit = (upsertUnit.get(name, unitKey(name)) as { id: number }).id));
      return unit;
    };
    for (const task of plan.tasks) {
      const taskId = Number(
        insertTask.run(id, task.seq, task.part, JSON.stringify(task.path), task.number, task.title, task.text)
          .lastInsertRowid,
      );
      taskIds.set(task.seq, taskId);
      insertFts.run(taskId, bigrams(task.title), bigrams(task.text), unitTokens([...task.leadUnits, ...task.units]));
      insertChars.run(taskId, chars(`${task.title}${task.text}`));
      for (const link of links(task)) insertLink.run(taskId, link.dayId, link.how);
      for (const [role, names] of [
        ['lead', task.leadUnits],
        ['responsible', task.units],
      ] as const) {
        names.forEach((name, pos) => linkUnit.run(taskId, unitId(name), role, pos));
      }
      for (const name of task.themeDays) mention.run(id, taskId, name);
    }
    addUnitStats(db, id, 1);
    for (const name of plan.themeDays)
      if (!plan.tasks.some((t) => t.themeDays.includes(name))) mention.run(id, null, name);
    const insertTarget = db.prepare(
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
    const insertMilestone = db.prepare('INSERT INTO milestone (plan_id, year, text) VALUES (?, ?, ?)');
    for (const m of plan.milestones) insertMilestone.run(id, m.year, m.text);
    return { id, replaced: existing !== undefined };
  })();
}

/** Adds (sign 1) or removes (sign -1) a plan's task counts to its units' totals in unit_stat. */
function addUnitStats(db: Db, planId: number, sign: 1 | -1): void {
  db.prepare(
    `INSERT INTO unit_stat (unit_id, lead, responsible, plans)
     SELECT tu.unit_id, ? * sum(tu.role = 'lead'), ? * sum(tu.role = 'responsible'), ?
     FROM task t JOIN task_unit tu ON tu.task_id = t.id WHERE t.plan_id = ? GROUP BY tu.unit_id
     ON CONFLICT (unit_id) DO UPDATE SET lead = lead + excluded.lead, responsible = responsible + excluded.responsible,
       plans = plans + excluded.plans`,
  ).run(sign, sign, sign, planId);
}

function deletePlanRows(db: Db, id: number): void {
  addUnitStats(db, id, -1);
  db.prepare('DELETE FROM task_fts WHERE rowid IN (SELECT id FROM task WHERE plan_id = ?)').run(id);
  db.prepare('DELETE FROM task_chars WHERE rowid IN (SELECT id FROM task WHERE plan_id = ?)').run(id);
  db.prepare('DELETE FROM plan WHERE id = ?').run(id);
}

/** Plans in id order with their counts; the counts are computed only for the rows returned. */
export function listPlans(db: Db, limit = -1, offset = 0): PlanRow[] {
  return db
    .prepare(`SELECT ${PLAN_COLUMNS} FROM plan p ORDER BY p.id LIMIT ? OFFSET ?`)
    .all(limit, offset) as PlanRow[];
}

export type PlanName = Pick<PlanRow, 'id' | 'title' | 'region'>;

/** Ids, titles and regions of all plans (finding a plan by name). */
export function planNames(db: Db): PlanName[] {
  return db.prepare('SELECT id, title, region FROM plan ORDER BY id').all() as PlanName[];
}

export function getPlan(db: Db, id: number): PlanRow | undefined {
  return db.prepare(`SELECT ${PLAN_COLUMNS} FROM plan p WHERE p.id = ?`).get(id) as PlanRow | undefined;
}

export function countPlans(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM plan').get() as { n: number }).n;
}

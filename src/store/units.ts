/** Units repository: responsible units (责任单位) with how many tasks each leads or shares. */
import type { Db } from './db.js';
import { likeEscape } from './tasks.js';
import { VISIBLE_PLANS } from './scope.js';
import { othersOwnPlans } from './plans.js';

export interface UnitRow {
  name: string;
  key: string;
  lead: number;
  responsible: number;
  plans: number;
}

/** Units of the tasks in the plans a workspace sees, with their counts there. */
export function listUnits(
  db: Db,
  ws: string,
  query: string | undefined,
  limit: number,
  offset: number,
): { rows: UnitRow[]; total: number } {
  const like = `%${likeEscape(query ?? '')}%`;
  // Every plan is visible unless another workspace owns some: then only links to visible tasks count.
  const scoped = othersOwnPlans(db, ws);
  const seen = (task: string) =>
    scoped ? `AND (SELECT plan_id FROM task WHERE id = ${task}) IN (${VISIBLE_PLANS.replace('?', '@ws')})` : '';
  const matching = `SELECT id FROM unit WHERE (name LIKE @like ESCAPE '\\' OR key LIKE @like ESCAPE '\\') AND EXISTS (SELECT 1 FROM task_unit WHERE unit_id = unit.id ${seen('task_id')})`;
  const total = (
    db.prepare(`SELECT count(*) AS n FROM (${matching})`).get({ like, ...(scoped ? { ws } : {}) }) as { n: number }
  ).n;
  // A (task, unit, role) row is unique, so counting rows per role counts tasks; plans are counted for the page only.
  const rows = db
    .prepare(
      `SELECT u.name, u.key, c.lead, c.responsible,
         (SELECT count(DISTINCT t.plan_id) FROM task_unit tu JOIN task t ON t.id = tu.task_id WHERE tu.unit_id = u.id ${seen('t.id')}) AS plans
       FROM (SELECT unit_id, sum(role = 'lead') AS lead, sum(role = 'responsible') AS responsible FROM task_unit
             WHERE unit_id IN (${matching}) ${seen('task_id')} GROUP BY unit_id ORDER BY lead + responsible DESC, (SELECT name FROM unit WHERE id = unit_id) LIMIT @limit OFFSET @offset) c
       JOIN unit u ON u.id = c.unit_id ORDER BY c.lead + c.responsible DESC, u.name`,
    )
    .all({ like, limit, offset, ...(scoped ? { ws } : {}) }) as UnitRow[];
  return { rows, total };
}

/** Unit names containing a fragment, most used first (autocomplete). */
export function unitNames(db: Db, ws: string, fragment: string, limit: number): string[] {
  return listUnits(db, ws, fragment, limit, 0).rows.map((r) => r.name);
}

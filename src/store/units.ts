/** Units repository: responsible units (责任单位) with how many tasks each leads or shares. */
import type { Db } from './db.js';
import { likeEscape } from './tasks.js';
import { VISIBLE_PLANS } from './scope.js';
import { othersOwnPlans } from './plans.js';

export interface UnitRow {
  name: string;
  key: string;
  /** Tasks naming the unit, in either role. */
  tasks: number;
  /** Of those, the tasks it leads (牵头). */
  lead: number;
  /** Tasks it shares without leading. */
  responsible: number;
  plans: number;
  /** Of its plans, those that name no lead unit for any task. */
  plansWithoutLeads: number;
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
  // A unit may both lead and share one task: tasks are counted once; plans are counted for the page only.
  const rows = db
    .prepare(
      `SELECT u.name, u.key, c.tasks, c.lead, c.tasks - c.lead AS responsible,
         (SELECT count(DISTINCT t.plan_id) FROM task_unit tu JOIN task t ON t.id = tu.task_id WHERE tu.unit_id = u.id ${seen('t.id')}) AS plans,
         (SELECT count(DISTINCT t.plan_id) FROM task_unit tu JOIN task t ON t.id = tu.task_id WHERE tu.unit_id = u.id ${seen('t.id')}
            AND NOT EXISTS (SELECT 1 FROM task_unit l JOIN task lt ON lt.id = l.task_id WHERE lt.plan_id = t.plan_id AND l.role = 'lead')) AS plansWithoutLeads
       FROM (SELECT unit_id, count(DISTINCT task_id) AS tasks, count(DISTINCT CASE WHEN role = 'lead' THEN task_id END) AS lead FROM task_unit
             WHERE unit_id IN (${matching}) ${seen('task_id')} GROUP BY unit_id ORDER BY tasks DESC, (SELECT name FROM unit WHERE id = unit_id) LIMIT @limit OFFSET @offset) c
       JOIN unit u ON u.id = c.unit_id ORDER BY c.tasks DESC, u.name`,
    )
    .all({ like, limit, offset, ...(scoped ? { ws } : {}) }) as UnitRow[];
  return { rows, total };
}

/** Unit names containing a fragment, most used first (autocomplete). */
export function unitNames(db: Db, ws: string, fragment: string, limit: number): string[] {
  return listUnits(db, ws, fragment, limit, 0).rows.map((r) => r.name);
}

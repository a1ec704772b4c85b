/** Units repository: responsible units (责任单位) with how many tasks each leads or shares. */
import type { Db } from './db.js';
import { likeEscape } from './tasks.js';
import { VISIBLE_PLANS } from './scope.js';

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
  const seen = `SELECT id FROM task WHERE plan_id IN (${VISIBLE_PLANS})`;
  const matching = `SELECT id FROM unit WHERE (name LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\') AND EXISTS (SELECT 1 FROM task_unit WHERE unit_id = unit.id AND task_id IN (${seen}))`;
  const total = (db.prepare(`SELECT count(*) AS n FROM (${matching})`).get(like, like, ws) as { n: number }).n;
  // A (task, unit, role) row is unique, so counting rows per role counts tasks; plans are counted for the page only.
  const rows = db
    .prepare(
      `SELECT u.name, u.key, c.lead, c.responsible,
         (SELECT count(DISTINCT t.plan_id) FROM task_unit tu JOIN task t ON t.id = tu.task_id WHERE tu.unit_id = u.id AND t.id IN (${seen})) AS plans
       FROM (SELECT unit_id, sum(role = 'lead') AS lead, sum(role = 'responsible') AS responsible FROM task_unit
             WHERE unit_id IN (${matching}) AND task_id IN (${seen}) GROUP BY unit_id ORDER BY lead + responsible DESC, (SELECT name FROM unit WHERE id = unit_id) LIMIT ? OFFSET ?) c
       JOIN unit u ON u.id = c.unit_id ORDER BY c.lead + c.responsible DESC, u.name`,
    )
    .all(ws, like, like, ws, ws, limit, offset) as UnitRow[];
  return { rows, total };
}

/** Unit names containing a fragment, most used first (autocomplete). */
export function unitNames(db: Db, ws: string, fragment: string, limit: number): string[] {
  return listUnits(db, ws, fragment, limit, 0).rows.map((r) => r.name);
}

/** Units repository: responsible units (责任单位) with how many tasks each leads or shares. */
import type { Db } from './db.js';
import { likeEscape } from './tasks.js';

export interface UnitRow {
  name: string;
  key: string;
  lead: number;
  responsible: number;
  plans: number;
}

export function listUnits(db: Db, query: string | undefined, limit: number, offset: number): { rows: UnitRow[]; total: number } {
  const like = `%${likeEscape(query ?? '')}%`;
  const base = `FROM unit u JOIN task_unit tu ON tu.unit_id = u.id JOIN task t ON t.id = tu.task_id
    WHERE u.name LIKE ? ESCAPE '\\' OR u.key LIKE ? ESCAPE '\\'`;
  const total = (db.prepare(`SELECT count(DISTINCT u.id) AS n ${base}`).get(like, like) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT u.name, u.key, count(DISTINCT CASE WHEN tu.role = 'lead' THEN t.id END) AS lead,
         count(DISTINCT CASE WHEN tu.role = 'responsible' THEN t.id END) AS responsible, count(DISTINCT t.plan_id) AS plans
       ${base} GROUP BY u.id ORDER BY lead + responsible DESC, u.name LIMIT ? OFFSET ?`,
    )
    .all(like, like, limit, offset) as UnitRow[];
  return { rows, total };
}

/** Unit names containing a fragment, most used first (autocomplete). */
export function unitNames(db: Db, fragment: string, limit: number): string[] {
  return listUnits(db, fragment, limit, 0).rows.map((r) => r.name);
}

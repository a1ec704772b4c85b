/** Units repository: responsible units (责任单位) with how many tasks each leads or shares. */
import { prepared, type Db } from './db.js';
import { likeEscape } from './tasks.js';

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
  // Totals per owner and unit are kept in unit_stat by imports and removals: the workspace's are the library's
  // ('') plus its own (a plan has one owner, so no task or plan is counted twice).
  const matching = `FROM (SELECT unit_id, sum(lead) AS lead, sum(responsible) AS responsible, sum(plans) AS plans
      FROM unit_stat WHERE workspace IN ('', ?) GROUP BY unit_id) s JOIN unit u ON u.id = s.unit_id
    WHERE s.lead + s.responsible > 0 AND (u.name LIKE ? ESCAPE '\\' OR u.key LIKE ? ESCAPE '\\')`;
  const total = prepared(db, `SELECT count(*) ${matching}`).pluck().get(ws, like, like) as number;
  const rows = prepared(
    db,
    `SELECT u.name, u.key, s.lead, s.responsible, s.plans ${matching}
       ORDER BY s.lead + s.responsible DESC, u.name LIMIT ? OFFSET ?`,
  ).all(ws, like, like, limit, offset) as UnitRow[];
  return { rows, total };
}

/** Unit names containing a fragment, most used first (autocomplete). */
export function unitNames(db: Db, ws: string, fragment: string, limit: number): string[] {
  return listUnits(db, ws, fragment, limit, 0).rows.map((r) => r.name);
}

/** Units repository: responsible units (责任单位) with how many tasks each leads or shares. */
import { prepared, type Db } from './db.js';
import { likeEscape } from './tasks.js';
import { sharesHalf } from './fts.js';

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
  // Totals per owner and unit are kept in unit_stat by imports and removals: the workspace's are the library's
  // ('') plus its own (a plan has one owner, so no task or plan is counted twice).
  const matching = `FROM (SELECT unit_id, sum(tasks) AS tasks, sum(lead) AS lead, sum(plans) AS plans,
        sum(plans_without_leads) AS plansWithoutLeads
      FROM unit_stat WHERE workspace IN ('', ?) GROUP BY unit_id) s JOIN unit u ON u.id = s.unit_id
    WHERE s.tasks > 0 AND (u.name LIKE ? ESCAPE '\\' OR u.key LIKE ? ESCAPE '\\')`;
  const total = prepared(db, `SELECT count(*) ${matching}`).pluck().get(ws, like, like) as number;
  // A unit may both lead and share one task: tasks are counted once.
  const rows = prepared(
    db,
    `SELECT u.name, u.key, s.tasks, s.lead, s.tasks - s.lead AS responsible, s.plans, s.plansWithoutLeads ${matching}
       ORDER BY s.tasks DESC, u.name LIMIT ? OFFSET ?`,
  ).all(ws, like, like, limit, offset) as UnitRow[];
  return { rows, total };
}

/** Unit names containing a fragment, most used first (autocomplete). */
export function unitNames(db: Db, ws: string, fragment: string, limit: number): string[] {
  return listUnits(db, ws, fragment, limit, 0).rows.map((r) => r.name);
}

/** Units of the workspace's plans whose names share at least half of `chars`, most used first (at most `limit`). */
export function unitNamesSharing(db: Db, ws: string, chars: string[], limit: number): string[] {
  return prepared(
    db,
    `SELECT u.name FROM (SELECT unit_id, sum(tasks) AS tasks FROM unit_stat WHERE workspace IN ('', @ws) GROUP BY unit_id) s
       JOIN unit u ON u.id = s.unit_id
     WHERE s.tasks > 0 AND ${sharesHalf('u.name')} ORDER BY s.tasks DESC, u.name LIMIT @limit`,
  )
    .pluck()
    .all({ chars: JSON.stringify(chars), ws, limit }) as string[];
}

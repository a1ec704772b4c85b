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

export function listUnits(
  db: Db,
  query: string | undefined,
  limit: number,
  offset: number,
): { rows: UnitRow[]; total: number } {
  const like = `%${likeEscape(query ?? '')}%`;
  // Totals per unit are kept in unit_stat by imports; only units with tasks are listed.
  const matching = `FROM unit_stat s JOIN unit u ON u.id = s.unit_id
    WHERE s.lead + s.responsible > 0 AND (u.name LIKE ? ESCAPE '\\' OR u.key LIKE ? ESCAPE '\\')`;
  const total = prepared(db, `SELECT count(*) ${matching}`).pluck().get(like, like) as number;
  const rows = prepared(
    db,
    `SELECT u.name, u.key, s.lead, s.responsible, s.plans ${matching}
       ORDER BY s.lead + s.responsible DESC, u.name LIMIT ? OFFSET ?`,
  ).all(like, like, limit, offset) as UnitRow[];
  return { rows, total };
}

/** Unit names containing a fragment, most used first (autocomplete). */
export function unitNames(db: Db, fragment: string, limit: number): string[] {
  return listUnits(db, fragment, limit, 0).rows.map((r) => r.name);
}

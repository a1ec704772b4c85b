/** Responsible units (责任单位): listings with task counts, and names for completion. */
import type { Db } from '../store/db.js';
import { listUnits, unitNames, unitNamesSharing, type UnitRow } from '../store/units.js';
import { normalizeQuery } from '../plans/normalize.js';
import { unitVariants } from './unit-names.js';
import { PAGE_SIZE, pageOf, window, type Page } from './paging.js';

const UNITS_PER_PAGE = PAGE_SIZE * 2;

export class UnitService {
  constructor(
    private readonly db: Db,
    private readonly workspace: string,
  ) {}

  list(query: string | undefined, page: number): Page<UnitRow> {
    const { limit, offset } = window(page, UNITS_PER_PAGE);
    const { rows, total } = listUnits(this.db, this.workspace, query && normalizeQuery(query), limit, offset);
    return pageOf(rows, total, page, UNITS_PER_PAGE);
  }

  /** Other spellings a unit name is searched by (教育局 → 教体局, 团委 → 团市委、团区委). */
  variants(name: string): string[] {
    const q = normalizeQuery(name);
    return unitVariants(q).filter((v) => v !== q);
  }

  /** Unit names containing a fragment, most used first. */
  names(fragment: string, limit: number): string[] {
    return unitNames(this.db, this.workspace, normalizeQuery(fragment), limit);
  }

  /** Unit names sharing at least half of the characters `chars`, most used first. */
  sharing(chars: string[], limit: number): string[] {
    return unitNamesSharing(this.db, this.workspace, chars, limit);
  }
}

/** Plans (规划): listing, finding one by id or name, and its outline. */
import type { Db } from '../store/db.js';
import {
  countPlans,
  getPlan,
  listPlans,
  planLabelsSharing,
  planName,
  planNames,
  type PlanName,
  type PlanRow,
} from '../store/plans.js';
import { tasksOfPlan, type TaskRow } from '../store/tasks.js';
import { normalizeQuery } from '../plans/normalize.js';
import { pageOf, type Page } from './paging.js';

/** The plans a workspace sees: the library and its own. */
export class PlanService {
  constructor(
    private readonly db: Db,
    private readonly workspace: string,
  ) {}

  /** Every visible plan's id, title, region and owner. */
  names(): PlanName[] {
    return planNames(this.db, this.workspace);
  }

  /** Regions (else titles) of visible plans sharing at least half of the characters `chars`. */
  sharing(chars: string[]): string[] {
    return planLabelsSharing(this.db, this.workspace, chars);
  }

  /** A page of plans with their task, target and unit counts. */
  page(page: number, size: number): Page<PlanRow> {
    const rows = listPlans(this.db, this.workspace, size, (page - 1) * size);
    return pageOf(rows, countPlans(this.db, this.workspace), page, size);
  }

  outline(id: number): { plan: PlanRow; tasks: TaskRow[] } | undefined {
    const plan = getPlan(this.db, this.workspace, id);
    return plan && { plan, tasks: tasksOfPlan(this.db, id) };
  }

  /** A plan by id, or by a fragment of its title or region (南京, 长宁). */
  find(text: string): PlanName | undefined {
    const q = normalizeQuery(text);
    if (/^\d+$/.test(q)) return planName(this.db, this.workspace, Number(q));
    const plans = this.names();
    return plans.find((p) => p.region === q) ?? plans.find((p) => p.title.includes(q) || (p.region ?? '').includes(q));
  }
}

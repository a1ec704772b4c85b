/** Quantified targets (目标): filtered listings and the targets of one task. */
import type { Db } from '../store/db.js';
import { listTargets, type TargetFilter, type TargetRow } from '../store/targets.js';
import type { TaskRow } from '../store/tasks.js';
import { normalizeQuery } from '../plans/normalize.js';
import { pageOf, window, type Page } from './paging.js';
import { unitVariants } from './unit-names.js';

export class TargetService {
  constructor(
    private readonly db: Db,
    private readonly workspace: string,
  ) {}

  list(f: Omit<TargetFilter, 'ws' | 'unit'> & { unit?: string }, page: number): Page<TargetRow> {
    const filter = {
      ...f,
      ws: this.workspace,
      unit: f.unit && unitVariants(normalizeQuery(f.unit)),
      query: f.query && normalizeQuery(f.query),
    };
    const { rows, total } = listTargets(this.db, filter, window(page));
    return pageOf(rows, total, page);
  }

  ofTask(task: TaskRow): TargetRow[] {
    return listTargets(this.db, { ws: this.workspace, planId: task.planId, taskSeq: task.seq }).rows;
  }
}

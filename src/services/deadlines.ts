/** Deadlines: targets with a due year, milestones and plan period ends, with days left from today. */
import { today, type Clock } from '../clock.js';
import type { Db } from '../store/db.js';
import { dueCounts, dueIn, type DueRow } from '../store/targets.js';
import type { Comparator } from '../plans/types.js';
import { addDays, daysBetween } from './dates.js';
import { pageOf, type Page } from './paging.js';

/** The quantity of a target: 超过 22%, 6000–8000 名 … */
export interface Quantity {
  metric: string;
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  unit: string;
}

export interface Deadline {
  /** YYYY-MM-DD the item falls due (31 December when only a year is given). */
  due: string;
  kind: 'target' | 'milestone' | 'period-end';
  /** The target's quote, the milestone's text, or the plan's title. */
  text: string;
  /** The quantity, for a target. */
  target: Quantity | null;
  planId: number;
  planTitle: string;
  /** Days from today; negative when past due. */
  daysLeft: number;
  /** Public id of the target's task, when there is one. */
  taskId: string | null;
  /** A yearly (每年) target: this is the year's occurrence. */
  yearly: boolean;
}

export class DeadlineService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly workspace: string,
  ) {}

  /**
   * Items falling due: those still ahead soonest first, then those past, most recent first. A due year
   * counts as its 31 December, so the window (`withinDays` either side of today, 365 by default) is a range
   * of years; `year` asks for one year. All of them, or one page of `size`.
   */
  list(f: { withinDays?: number; year?: number }, page?: { page: number; size: number }): Page<Deadline> {
    const now = today(this.clock);
    const within = f.withinDays ?? 365;
    const yearEndIn = (days: number) => {
      const d = addDays(now, days);
      return Number(d.slice(0, 4)) - (d.slice(5) === '12-31' ? 0 : 1);
    };
    const [from, to] = f.year !== undefined ? [f.year, f.year] : [yearEndIn(-within - 1) + 1, yearEndIn(within)];
    // A due year counts as its 31 December, so the years from this one on are ahead (soonest first) and
    // the earlier ones past (most recent first); only the years the page reaches are read.
    const thisYear = Number(now.slice(0, 4));
    const years: number[] = [];
    for (let y = Math.max(from, thisYear); y <= to; y++) years.push(y);
    for (let y = Math.min(to, thisYear - 1); y >= from; y--) years.push(y);
    const counts = dueCounts(this.db, this.workspace, from, to);
    const total = years.reduce((n, y) => n + (counts.get(y) ?? 0), 0);
    const size = page?.size ?? Math.max(1, total);
    const at = page?.page ?? 1;
    let skip = (at - 1) * size;
    let want = size;
    const rows: DueRow[] = [];
    for (const year of years) {
      const n = counts.get(year) ?? 0;
      if (want === 0) break;
      if (skip >= n) {
        skip -= n;
        continue;
      }
      const got = dueIn(this.db, this.workspace, year, page ? { limit: want, offset: skip } : undefined);
      rows.push(...got);
      want -= got.length;
      skip = 0;
    }
    const deadlines = rows.map((r): Deadline => {
      const due = `${r.year}-12-31`;
      const target =
        r.kind === 'target'
          ? { metric: r.metric!, comparator: r.comparator!, value: r.value!, valueMax: r.valueMax, unit: r.unit! }
          : null;
      const taskId = r.taskSeq === null ? null : `${r.planId}-${r.taskSeq}`;
      return {
        due,
        kind: r.kind,
        text: r.title,
        target,
        planId: r.planId,
        planTitle: r.planTitle,
        daysLeft: daysBetween(now, due),
        taskId,
        yearly: r.annual === 1,
      };
    });
    return pageOf(deadlines, total, at, size);
  }
}

/** Deadlines: targets with a due year, milestones and plan period ends, with days left from today. */
import { today, type Clock } from '../clock.js';
import type { Db } from '../store/db.js';
import { datedBetween, dueCounts, dueIn, type DueRow } from '../store/targets.js';
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
  /** YYYY-MM-DD the item falls due: a milestone's date when it names one, else 31 December of its year. */
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
   * Items falling due: those still ahead soonest first, then those past, most recent first; within a year
   * the milestones dated in it by date, then the rest (due 31 December). The window (`withinDays`
   * either side of today, 365 by default) is a range of years; `year` asks for one year. All of them, or one
   * page of `size`.
   */
  list(f: { withinDays?: number; year?: number }, page?: { page: number; size: number }): Page<Deadline> {
    const now = today(this.clock);
    const within = f.withinDays ?? 365;
    const yearEndIn = (days: number) => {
      const d = addDays(now, days);
      return Number(d.slice(0, 4)) - (d.slice(5) === '12-31' ? 0 : 1);
    };
    const [from, to] = f.year !== undefined ? [f.year, f.year] : [yearEndIn(-within - 1) + 1, yearEndIn(within)];
    // The years from this one on are ahead (soonest first) and the earlier ones past (most recent first); in
    // each year its dated milestones by date, then what falls due on 31 December by plan. This year's
    // milestones dated before today are past, the most recent first. Only the parts a page reaches are read.
    const thisYear = Number(now.slice(0, 4));
    const counts = dueCounts(this.db, this.workspace, from, to);
    type Part = { n: number; read: (slice?: { limit: number; offset: number }) => DueRow[] };
    const listed = (rows: DueRow[]): Part => ({
      n: rows.length,
      read: (slice) => (slice ? rows.slice(slice.offset, slice.offset + slice.limit) : rows),
    });
    const year = (y: number, dated: DueRow[]): Part[] => [
      listed(y === thisYear ? dated.filter((r) => r.due! >= now) : dated),
      { n: (counts.get(y) ?? 0) - dated.length, read: (slice) => dueIn(this.db, this.workspace, y, slice) },
    ];
    const dated = new Map<number, DueRow[]>();
    const datedIn = (y: number) => {
      if (!dated.has(y)) dated.set(y, datedBetween(this.db, this.workspace, `${y}-01-01`, `${y}-12-31`));
      return dated.get(y)!;
    };
    const parts: Part[] = [];
    for (let y = Math.max(from, thisYear); y <= to; y++) parts.push(...year(y, datedIn(y)));
    if (thisYear >= from && thisYear <= to)
      parts.push(
        listed(
          datedIn(thisYear)
            .filter((r) => r.due! < now)
            .reverse(),
        ),
      );
    for (let y = Math.min(to, thisYear - 1); y >= from; y--) parts.push(...year(y, datedIn(y)));
    const total = parts.reduce((n, p) => n + p.n, 0);
    const size = page?.size ?? Math.max(1, total);
    const at = page?.page ?? 1;
    let skip = (at - 1) * size;
    let want = size;
    const rows: DueRow[] = [];
    for (const part of parts) {
      if (want === 0) break;
      if (skip >= part.n) {
        skip -= part.n;
        continue;
      }
      const got = part.read(page ? { limit: want, offset: skip } : undefined);
      rows.push(...got);
      want -= got.length;
      skip = 0;
    }
    return pageOf(
      rows.map((r) => this.deadline(r, now)),
      total,
      at,
      size,
    );
  }

  /** The milestones dated within [from, to] (YYYY-MM-DD), by date: those a digest's window holds before 31 December. */
  datedBetween(from: string, to: string): Deadline[] {
    const now = today(this.clock);
    return datedBetween(this.db, this.workspace, from, to).map((r) => this.deadline(r, now));
  }

  /**
   * What falls due on 31 December of `year` (all but the milestones dated within it) in all plans or in
   * `plans`, by plan: the first `limit` items and how many there are.
   */
  dueAtYearEnd(year: number, plans: number[] | null, limit: number): { rows: Deadline[]; total: number } {
    const now = today(this.clock);
    const first = plans
      ? dueIn(this.db, this.workspace, year, undefined, plans)
      : dueIn(this.db, this.workspace, year, { limit, offset: 0 });
    const total = plans
      ? first.length
      : (dueCounts(this.db, this.workspace, year, year).get(year) ?? 0) -
        datedBetween(this.db, this.workspace, `${year}-01-01`, `${year}-12-31`).length;
    return { rows: first.slice(0, limit).map((r) => this.deadline(r, now)), total };
  }

  private deadline(r: DueRow, now: string): Deadline {
    const due = r.due ?? `${r.year}-12-31`;
    const target =
      r.kind === 'target'
        ? { metric: r.metric!, comparator: r.comparator!, value: r.value!, valueMax: r.valueMax, unit: r.unit! }
        : null;
    return {
      due,
      kind: r.kind,
      text: r.title,
      target,
      planId: r.planId,
      planTitle: r.planTitle,
      daysLeft: daysBetween(now, due),
      taskId: r.taskSeq === null ? null : `${r.planId}-${r.taskSeq}`,
      yearly: r.annual === 1,
    };
  }
}

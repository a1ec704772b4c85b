/**
 * The weekly digest of a channel, as data: theme days in the look-ahead window with the plan tasks they
 * concern, deadlines in the window, and the next day when the window is empty. The wording is in
 * commands/replies/digest.ts.
 */
import { DateTime } from 'luxon';
import type { Locale } from '../i18n.js';
import type { Occurrence } from '../calendar/occurrences.js';
import type { TaskBrief } from '../store/tasks.js';
import { addDays } from './dates.js';
import type { Deadline, DeadlineService } from './deadlines.js';
import type { ThemeService } from './themes.js';

export interface DigestScope {
  workspace: string;
  planIds: number[] | null;
  lookahead: number;
  locale: Locale;
  timezone: string;
}

export interface Digest {
  scope: DigestScope;
  /** Today in the scope's time zone, and the ISO week (Monday–Sunday) it falls in. */
  today: string;
  week: { start: string; end: string };
  days: { occurrence: Occurrence; tasks: TaskBrief[] }[];
  /** What falls due in the window, by date: the first DUE_SHOWN items, and how many there are. */
  due: Deadline[];
  dueTotal: number;
  /** The next dated theme day after the window, when the window holds none. */
  next?: Occurrence;
}

/** Related tasks shown per theme day. */
const TASKS_PER_DAY = 3;

/** Items falling due listed in a digest; the rest are counted (a library's year end can hold hundreds). */
export const DUE_SHOWN = 10;

/**
 * Results shared by the digests composed on one day: the theme days ahead of a workspace and the tasks
 * of a day for a set of plans. A scheduler composing many digests at once asks the database once for each.
 */
export class DigestCache {
  private day = '';
  private readonly memo = new Map<string, unknown>();

  get<T>(day: string, key: string, compute: () => T): T {
    if (day !== this.day) {
      this.memo.clear();
      this.day = day;
    }
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }
}

export class DigestService {
  constructor(
    private readonly themes: ThemeService,
    /** Deadlines in the plans a workspace sees. */
    private readonly deadlines: (workspace: string) => DeadlineService,
  ) {}

  /** Today, its ISO week and year in a time zone (the last instant asked, per zone). */
  private readonly clocks = new Map<string, { at: number; today: string; year: number; week: Digest['week'] }>();

  private localDay(now: Date, zone: string) {
    const hit = this.clocks.get(zone);
    if (hit?.at === now.getTime()) return hit;
    const local = DateTime.fromJSDate(now, { zone });
    const day = {
      at: now.getTime(),
      today: local.toISODate()!,
      year: local.year,
      week: { start: local.startOf('week').toISODate()!, end: local.endOf('week').toISODate()! },
    };
    this.clocks.set(zone, day);
    return day;
  }

  compose(scope: DigestScope, now: Date, cache = new DigestCache()): Digest {
    const local = this.localDay(now, scope.timezone);
    const { today, week } = local;
    const plansKey = scope.planIds?.join(',') ?? '*';
    const upKey = `up:${scope.workspace}:${scope.lookahead}`;
    const occurrences = cache.get(today, upKey, () => this.themes.upcoming(scope.workspace, today, scope.lookahead));
    const days = occurrences.map((occurrence) => {
      const { day, start } = occurrence;
      const key = `tasks:${scope.workspace}:${day.id}:${plansKey}`;
      const related = () =>
        cache.get(today, `related:${scope.workspace}:${day.id}`, () =>
          this.themes.relatedTasksOf(scope.workspace, day, TASKS_PER_DAY),
        );
      const tasks = start ? cache.get(today, key, () => related()(scope.planIds)) : [];
      return { occurrence, tasks };
    });
    // Milestones dated in the window, by date; the other deadlines fall on 31 December of their year, so only
    // a window that reaches one holds them.
    const windowEnd = addDays(today, scope.lookahead);
    const inScope = (d: Deadline) => scope.planIds === null || scope.planIds.includes(d.planId);
    const dated = cache
      .get(today, `dated:${scope.workspace}:${windowEnd}`, () =>
        this.deadlines(scope.workspace).datedBetween(today, windowEnd),
      )
      .filter(inScope);
    const yearEnds = [local.year, local.year + 1]
      .filter((y) => `${y}-12-31` >= today && `${y}-12-31` <= windowEnd)
      .map((year) =>
        cache.get(today, `due:${scope.workspace}:${year}:${plansKey}`, () =>
          this.deadlines(scope.workspace).dueAtYearEnd(year, scope.planIds, DUE_SHOWN),
        ),
      );
    const due = [...dated, ...yearEnds.flatMap((y) => y.rows)]
      .sort((a, b) => a.due.localeCompare(b.due))
      .slice(0, DUE_SHOWN);
    const dueTotal = yearEnds.reduce((n, y) => n + y.total, dated.length);
    const next =
      occurrences.length === 0
        ? cache.get(today, `next:${scope.workspace}`, () =>
            this.themes.upcoming(scope.workspace, today, 366).find((o) => o.start),
          )
        : undefined;
    return { scope, today, week, days, due, dueTotal, next };
  }
}

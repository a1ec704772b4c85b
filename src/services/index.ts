/**
 * The domain services that command handlers call: plans, task search, targets, deadlines, units.
 * Handlers never see SQL; services never see a platform.
 */
import type { AutocompleteSource } from '../dispatch/types.js';
import { today, type Clock } from '../clock.js';
import type { Db } from '../store/db.js';
import { queryTerms, snippet } from '../store/fts.js';
import { countPlans, getPlan, listPlans, planNames, type PlanName, type PlanRow } from '../store/plans.js';
import { getTask, searchTasks, tasksOfPlan, type TaskRow } from '../store/tasks.js';
import { dueBetween, listTargets, type TargetFilter, type TargetRow } from '../store/targets.js';
import { addDays, daysBetween } from './dates.js';
import { listUnits, unitNames, type UnitRow } from '../store/units.js';
import { normalizeQuery } from '../plans/normalize.js';
import type { Themes } from './themes.js';
import type { Caller, Reply } from '../dispatch/types.js';
import { composeDigest, type DigestCache, type DigestScope } from './digest.js';
import { nextRun } from './scheduler.js';
import { toIcs } from '../calendar/ics.js';
import { deleteSubscription, getSubscription, lastRun, listSubscriptions, upsertSubscription, type DigestRun, type NewSubscription, type Subscription } from '../store/subscriptions.js';

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pages: number;
}

export interface TaskHit extends TaskRow {
  snippet: string;
}

export interface Deadline {
  /** YYYY-MM-DD the item falls due (end of its year when only a year is given). */
  due: string;
  kind: 'target' | 'milestone' | 'period-end';
  title: string;
  planId: number;
  planTitle: string;
  /** Days from today; negative when past due. */
  daysLeft: number;
  /** Public id of the target's task, when there is one. */
  taskId: string | null;
}

export const PAGE_SIZE = 5;

export function pageOf<T>(rows: T[], total: number, page: number, size = PAGE_SIZE): Page<T> {
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / size)) };
}

/** Public task id: plan id and task number within the plan, e.g. 3-12. */
export function taskId(t: { planId: number; seq: number }): string {
  return `${t.planId}-${t.seq}`;
}

export class Services {
  constructor(
    private readonly db: Db,
    readonly clock: Clock,
    readonly themes: Themes,
  ) {}

  /** Today's date (YYYY-MM-DD) in the clock's time zone. */
  today(): string {
    return today(this.clock);
  }

  /** Every plan's id, title and region. */
  plans(): PlanName[] {
    return planNames(this.db);
  }

  /** A page of plans with their task, target and unit counts. */
  planPage(page: number, size: number): Page<PlanRow> {
    return pageOf(listPlans(this.db, size, (page - 1) * size), countPlans(this.db), page, size);
  }

  plan(id: number): { plan: PlanRow; tasks: TaskRow[] } | undefined {
    const plan = getPlan(this.db, id);
    return plan && { plan, tasks: tasksOfPlan(this.db, id) };
  }

  /** A plan by id, or by a fragment of its title or region (南京, 长宁). */
  findPlan(text: string): PlanName | undefined {
    const q = normalizeQuery(text);
    const plans = this.plans();
    if (/^\d+$/.test(q)) return plans.find((p) => p.id === Number(q));
    return plans.find((p) => p.region === q) ?? plans.find((p) => p.title.includes(q) || (p.region ?? '').includes(q));
  }

  searchTasks(f: { query?: string; unit?: string; planId?: number; theme?: { dayIds: string[]; names: string[] }; page: number }): Page<TaskHit> & { terms: string[] } {
    const terms = f.query ? queryTerms(f.query) : [];
    const { rows, total } = searchTasks(this.db, {
      terms,
      unit: f.unit ? normalizeQuery(f.unit) : undefined,
      planId: f.planId,
      theme: f.theme,
      limit: PAGE_SIZE,
      offset: (f.page - 1) * PAGE_SIZE,
    });
    return { ...pageOf(rows.map((r) => ({ ...r, snippet: snippet(r.text || r.title, terms) })), total, f.page), terms };
  }

  /** A task by public id (3-12). */
  task(id: string): TaskRow | undefined {
    const m = /^\s*(\d+)\s*[-－—.]\s*(\d+)\s*$/.exec(id);
    return m ? getTask(this.db, Number(m[1]), Number(m[2])) : undefined;
  }

  targets(f: TargetFilter, page: number): Page<TargetRow> {
    const { rows, total } = listTargets(this.db, { ...f, unit: f.unit && normalizeQuery(f.unit), query: f.query && normalizeQuery(f.query) }, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    return pageOf(rows, total, page);
  }

  targetsOfTask(task: TaskRow): TargetRow[] {
    return listTargets(this.db, { planId: task.planId, taskSeq: task.seq }).rows;
  }

  /**
   * Targets with a due year, milestones and plan period ends, soonest first, with days left from today.
   * A due year counts as its 31 December, so the window (the past year and the next `withinDays`, 365 by
   * default) is a range of years. All of them, or one page of `size` when `page` is given.
   */
  deadlines(f: { withinDays?: number; year?: number }, page?: { page: number; size: number }): Page<Deadline> {
    const today = this.today();
    const yearEndIn = (days: number) => Number(addDays(today, days).slice(0, 4)) - (addDays(today, days).slice(5) === '12-31' ? 0 : 1);
    const [from, to] = f.year !== undefined ? [f.year, f.year] : [yearEndIn(-366) + 1, yearEndIn(f.withinDays ?? 365)];
    const { rows, total } = dueBetween(this.db, from, to, page && { limit: page.size, offset: (page.page - 1) * page.size });
    const deadlines = rows.map((r): Deadline => {
      const due = `${r.year}-12-31`;
      const title = r.kind === 'target' ? `${r.metric} ${describeValue(r as Pick<TargetRow, 'comparator' | 'value' | 'valueMax' | 'unit'>)}` : r.title;
      return { due, kind: r.kind, title, planId: r.planId, planTitle: r.planTitle, daysLeft: daysBetween(today, due), taskId: r.taskSeq === null ? null : `${r.planId}-${r.taskSeq}` };
    });
    return pageOf(deadlines, total, page?.page ?? 1, page?.size ?? Math.max(1, total));
  }

  units(query: string | undefined, page: number): Page<UnitRow> {
    const { rows, total } = listUnits(this.db, query && normalizeQuery(query), PAGE_SIZE * 2, (page - 1) * PAGE_SIZE * 2);
    return pageOf(rows, total, page, PAGE_SIZE * 2);
  }

  /** The digest subscription of the caller's channel. */
  subscription(c: Caller): (Subscription & { next: Date | null; last: DigestRun | undefined }) | undefined {
    const sub = getSubscription(this.db, c.platform, c.workspace, c.channel);
    return sub && { ...sub, next: nextRun(sub, this.clock.now()), last: lastRun(this.db, sub.id) };
  }

  subscribe(c: Caller, settings: Omit<NewSubscription, 'platform' | 'workspace' | 'channel' | 'createdBy'>): Subscription {
    return upsertSubscription(this.db, { ...settings, platform: c.platform, workspace: c.workspace, channel: c.channel, createdBy: c.user }, this.clock.now());
  }

  unsubscribe(c: Caller): boolean {
    return deleteSubscription(this.db, c.platform, c.workspace, c.channel);
  }

  /** A subscription by channel id, on any platform (for the CLI). */
  subscriptionOf(channel: string): Subscription | undefined {
    return listSubscriptions(this.db).find((s) => s.channel === channel);
  }

  /** iCalendar text of the year's theme days (built-in) and the deadlines falling in it. */
  ics(year: number): string {
    const deadlines = this.deadlines({ year }).rows.map((d, i) => ({ id: `${d.kind}-${d.planId}-${i}-${year}`, date: d.due, title: d.title, description: d.planTitle }));
    return toIcs({ occurrences: this.themes.forYear('console', year), deadlines, name: `kepu-bot ${year}`, now: this.clock.now() });
  }

  digest(scope: DigestScope, now = this.clock.now(), cache?: DigestCache): Reply {
    return composeDigest(this, scope, now, cache);
  }

  /** Autocomplete suggestions for an option source, scoped to a workspace. */
  suggest(source: AutocompleteSource, partial: string, workspace: string): { label: string; value: string }[] {
    const q = normalizeQuery(partial);
    switch (source) {
      case 'plan':
        return this.plans()
          .filter((p) => !q || p.title.includes(q) || String(p.id) === q)
          .map((p) => ({ label: `${p.id} ${p.title}`.slice(0, 100), value: String(p.id) }));
      case 'unit':
        return unitNames(this.db, q, 25).map((n) => ({ label: n, value: n }));
      case 'themeday':
        return this.themes.names(workspace, q).map((n) => ({ label: n, value: n }));
      case 'task':
        return this.searchTasks({ query: q || undefined, page: 1 }).rows.map((t) => ({ label: `${taskId(t)} ${t.title}`.slice(0, 100), value: taskId(t) }));
    }
  }
}

/** 超过 22%, 6000–8000 名, 10 个左右 … as a short Chinese phrase. */
export function describeValue(t: Pick<TargetRow, 'comparator' | 'value' | 'valueMax' | 'unit'>): string {
  const v = `${t.value}${t.unit}`;
  switch (t.comparator) {
    case '>':
      return `超过 ${v}`;
    case '>=':
      return `不少于 ${v}`;
    case '~':
      return `${v}左右`;
    case 'range':
      return `${t.value}–${t.valueMax}${t.unit}`;
    default:
      return `达到 ${v}`;
  }
}

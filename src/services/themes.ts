/**
 * Theme days per workspace: the built-in catalog plus local days and announced dates that admins enter,
 * occurrences in a window, and the plan tasks each day concerns.
 */
import type { Db } from '../store/db.js';
import { findThemeDay, parseCatalog, type ThemeDay } from '../calendar/catalog.js';
import { occurrence, upcoming, occurrencesForYear, type Occurrence } from '../calendar/occurrences.js';
import { normalizeQuery } from '../plans/normalize.js';
import { searchTasks, taskBriefs, type TaskBrief, type TaskRow, type ThemeFilter } from '../store/tasks.js';
import { queryTerms } from '../store/fts.js';
import { ownsPlans, taskStamp } from '../store/plans.js';
import {
  countThemeTasks,
  linksOfTask,
  linkedTasksByPlan,
  localDayData,
  overrides,
  saveLocalDay,
  saveOverride,
  saveThemeNote,
  themeNote,
  tasksOfThemeDays,
} from '../store/themes.js';

export class ThemeService {
  constructor(
    private readonly db: Db,
    readonly builtIn: readonly ThemeDay[],
  ) {}

  /** Built-in days plus the workspace's local days. */
  days(workspace: string): ThemeDay[] {
    const local = localDayData(this.db, workspace).map((data) => JSON.parse(data) as unknown);
    return [...this.builtIn, ...parseCatalog(local)];
  }

  find(workspace: string, text: string, year?: number): ThemeDay | undefined {
    return findThemeDay(this.days(workspace), normalizeQuery(text), year);
  }

  /** Day names containing a fragment. */
  names(workspace: string, fragment: string): string[] {
    const q = normalizeQuery(fragment);
    return this.days(workspace)
      .map((d) => d.nameZh)
      .filter((n) => n.includes(q));
  }

  /**
   * What a theme filter matches: the day and the day it replaced (全国科普月 ← 全国科普日) by id, and
   * their names as plans print them; undefined when no day is known by the text.
   */
  filter(workspace: string, text: string): ThemeFilter | undefined {
    const day = this.find(workspace, text);
    return day && this.filterOf(workspace, day);
  }

  /** The filter of a known day: it and the days it replaced, by id and by the names plans print. */
  private filterOf(workspace: string, day: ThemeDay): ThemeFilter {
    const family = [day, ...this.days(workspace).filter((d) => d.supersededBy === day.id)];
    return { dayIds: family.map((d) => d.id), names: [...new Set(family.flatMap((d) => d.aliases))] };
  }

  /** How many plan tasks concern a day. */
  taskCount(workspace: string, day: ThemeDay): number {
    const filter = this.filterOf(workspace, day);
    const key = `count:${this.seen(workspace)}:${JSON.stringify(filter)}`;
    return this.memo(key, () => countThemeTasks(this.db, workspace, filter));
  }

  upcoming(workspace: string, from: string, withinDays: number): Occurrence[] {
    // Occurrences are a pure function of the days, the announced dates and the window.
    const local = localDayData(this.db, workspace);
    const dates = overrides(this.db, workspace);
    const key = `up:${from}:${withinDays}:${JSON.stringify(local)}:${JSON.stringify(dates)}`;
    return this.memo(key, () => upcoming(this.days(workspace), dates, from, withinDays));
  }

  private readonly cache = new Map<string, unknown>();

  /**
   * Which tasks a workspace sees, as a memo key: the task change counter (bumped whenever a plan is stored or
   * deleted, by this connection or another, such as an import worker's) and the workspace when it owns plans;
   * workspaces that own none all see the library's plans only and share their results.
   */
  private seen(workspace: string): string {
    return `${taskStamp(this.db)}:${ownsPlans(this.db, workspace) ? `ws:${workspace}` : 'library'}`;
  }

  /** A small memo of derived results (cleared when it grows past a few hundred entries). */
  private memo<T>(key: string, compute: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    if (this.cache.size > 500) this.cache.clear();
    const value = compute();
    this.cache.set(key, value);
    return value;
  }

  forYear(workspace: string, year: number): Occurrence[] {
    return occurrencesForYear(this.days(workspace), year, overrides(this.db, workspace));
  }

  /**
   * Tasks a day concerns: those naming it (or a day it replaced) first, then those on its topic. Links of
   * catalog days are computed at import; a local day's tasks are found by searching for its name.
   */
  relatedTasks(workspace: string, day: ThemeDay, planIds: number[] | null, limit = 5): TaskBrief[] {
    return this.relatedTasksOf(workspace, day, limit)(planIds);
  }

  /**
   * relatedTasks for one workspace and day, for any plans: what does not depend on the plans is looked up
   * once (a digest run asks for the same day with each subscription's plans).
   */
  relatedTasksOf(workspace: string, day: ThemeDay, limit = 5): (planIds: number[] | null) => TaskBrief[] {
    if (!this.builtIn.includes(day)) {
      const found = searchTasks(this.db, { ws: workspace, terms: queryTerms(day.nameZh), limit: 50, offset: 0 }).rows;
      return (planIds) => found.filter((t) => planIds === null || planIds.includes(t.planId)).slice(0, limit);
    }
    const ids = this.filterOf(workspace, day).dayIds;
    const key = `${this.seen(workspace)}:${JSON.stringify(ids)}:${limit}`;
    return (planIds) => {
      if (!planIds) return this.memo(`tasks:${key}`, () => tasksOfThemeDays(this.db, workspace, ids, null, limit));
      // Per plan, computed once per day for all plans: many digests each ask for one plan's tasks.
      const byPlan = this.memo(`byplan:${key}`, () => linkedTasksByPlan(this.db, workspace, ids, limit));
      const picked = planIds
        .flatMap((p) => byPlan.get(p) ?? [])
        .sort(
          (a, b) =>
            b.topical - a.topical ||
            Number(b.named) - Number(a.named) ||
            a.names - b.names ||
            a.planId - b.planId ||
            a.seq - b.seq,
        )
        .slice(0, limit);
      return taskBriefs(
        this.db,
        picked.map((t) => t.id),
      );
    };
  }

  /**
   * The theme days a task concerns, as `/tasks theme:` finds it: days it names ('mention') and days on its
   * topic ('keyword'); printed names no catalog day knows are named as printed.
   */
  ofTask(workspace: string, task: TaskRow): { name: string; how: 'mention' | 'keyword' }[] {
    const days = this.days(workspace);
    const linked = linksOfTask(this.db, task.id).flatMap((l) => {
      const day = days.find((d) => d.id === l.dayId);
      return day ? [{ name: day.nameZh, how: l.how, aliases: day.aliases }] : [];
    });
    const unknown = task.themeDays
      .filter((n) => !linked.some((l) => l.aliases.includes(n)))
      .map((name) => ({ name, how: 'mention' as const }));
    return [...linked.map(({ name, how }) => ({ name, how })), ...unknown].sort(
      (a, b) => Number(b.how === 'mention') - Number(a.how === 'mention'),
    );
  }

  /**
   * One day seen from `today`: its occurrence this year (or next, once this year's is over), last year's
   * for a date not yet announced, and the admin's note for that year.
   */
  detail(workspace: string, day: ThemeDay, today: string) {
    const year = Number(today.slice(0, 4));
    const all = overrides(this.db, workspace);
    let current = occurrence(day, year, all);
    const month = Number(today.slice(5, 7));
    const over = current?.end ? current.end < today : (day.usualMonth ?? 13) < month;
    if (over) current = occurrence(day, year + 1, all) ?? current;
    const at = current?.year ?? year;
    const previous = [1, 2, 3].map((back) => occurrence(day, at - back, all)).find((o) => o?.start) ?? null;
    return { current, previous, note: themeNote(this.db, workspace, day.id, at) };
  }

  /** Records an admin's note (主题, notice link) on a day for a year. */
  setNote(workspace: string, dayId: string, year: number, note: string, by: string, at: Date): void {
    saveThemeNote(this.db, workspace, dayId, year, note, by, at);
  }

  /** Records announced dates for a day and year in this workspace (replacing earlier ones). */
  setDates(workspace: string, dayId: string, start: string, end: string, by: string, at: Date): void {
    saveOverride(this.db, workspace, { dayId, year: Number(start.slice(0, 4)), start, end }, by, at);
  }

  /** Adds a local theme day (上海科技节, a school's science week) to this workspace. */
  addLocal(workspace: string, day: ThemeDay): void {
    saveLocalDay(this.db, workspace, day.id, JSON.stringify(day));
  }
}

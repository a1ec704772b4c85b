/**
 * Theme days per workspace: the built-in catalog plus local days and announced dates that admins
 * enter, occurrences in a window, and the plan tasks each day concerns.
 */
import type { Db } from '../store/db.js';
import { loadCatalog, findThemeDay, type ThemeDay } from '../calendar/catalog.js';
import { upcoming, occurrencesForYear, type Occurrence, type Override } from '../calendar/occurrences.js';
import { normalizeQuery } from '../plans/normalize.js';
import { countThemeTasks, searchTasks, tasksOfThemeDays, type TaskRow } from '../store/tasks.js';
import { queryTerms } from '../store/fts.js';

export class Themes {
  readonly builtIn: ThemeDay[] = loadCatalog();

  constructor(private readonly db: Db) {}

  /** Built-in days plus the workspace's local days. */
  days(workspace: string): ThemeDay[] {
    const local = this.db.prepare('SELECT data FROM local_theme_day WHERE workspace = ?').all(workspace) as { data: string }[];
    return [...this.builtIn, ...local.map((r) => JSON.parse(r.data) as ThemeDay)];
  }

  overrides(workspace: string): Override[] {
    return this.db.prepare('SELECT day_id AS dayId, year, start, end FROM theme_override WHERE workspace = ?').all(workspace) as Override[];
  }

  find(workspace: string, text: string, year?: number): ThemeDay | undefined {
    return findThemeDay(this.days(workspace), normalizeQuery(text), year);
  }

  /** Day names containing a fragment (autocomplete). */
  names(workspace: string, fragment: string): string[] {
    return this.days(workspace)
      .map((d) => d.nameZh)
      .filter((n) => n.includes(fragment))
      .slice(0, 25);
  }

  /**
   * What a theme filter matches: the day and the day it replaced (全国科普月 ← 全国科普日) by id, and
   * their names as plans print them; the text itself when no day is known by it.
   */
  themeFilter(workspace: string, text: string): { dayIds: string[]; names: string[] } {
    const day = this.find(workspace, text);
    if (!day) return { dayIds: [], names: [normalizeQuery(text)] };
    const family = [day, ...this.days(workspace).filter((d) => d.supersededBy === day.id)];
    return { dayIds: family.map((d) => d.id), names: [...new Set(family.flatMap((d) => d.aliases))] };
  }

  /** How many plan tasks concern a day. */
  taskCount(workspace: string, day: ThemeDay): number {
    return countThemeTasks(this.db, this.themeFilter(workspace, day.id));
  }

  upcoming(workspace: string, from: string, withinDays: number): Occurrence[] {
    return upcoming(this.days(workspace), this.overrides(workspace), from, withinDays);
  }

  forYear(workspace: string, year: number): Occurrence[] {
    return occurrencesForYear(this.days(workspace), year, this.overrides(workspace));
  }

  /**
   * Tasks a day concerns: those naming it (or a day it replaced) first, then those on its topic. Links of
   * catalog days are computed at import; a local day's tasks are found by searching for its name.
   */
  relatedTasks(workspace: string, day: ThemeDay, planIds: number[] | null, limit = 5): TaskRow[] {
    if (this.builtIn.includes(day)) return tasksOfThemeDays(this.db, this.themeFilter(workspace, day.id).dayIds, planIds, limit);
    const found = searchTasks(this.db, { terms: queryTerms(day.nameZh), theme: undefined, limit: 50, offset: 0 }).rows;
    return found.filter((t) => planIds === null || planIds.includes(t.planId)).slice(0, limit);
  }

  /** Records announced dates for a day and year in this workspace (replacing earlier ones). */
  setDates(workspace: string, dayId: string, start: string, end: string, by: string, at: Date): void {
    this.db
      .prepare('INSERT OR REPLACE INTO theme_override (workspace, day_id, year, start, end, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(workspace, dayId, Number(start.slice(0, 4)), start, end, by, at.toISOString());
  }

  /** Adds a local theme day (上海科技节, a school's science week) to this workspace. */
  addLocal(workspace: string, day: ThemeDay): void {
    this.db.prepare('INSERT OR REPLACE INTO local_theme_day (workspace, id, data) VALUES (?, ?, ?)').run(workspace, day.id, JSON.stringify(day));
  }
}

/** Tasks (重点任务): ranked search with filters, one task by its public id. */
import type { Db } from '../store/db.js';
import { queryTerms, snippet } from '../store/fts.js';
import { getTask, searchTasks, type TaskRow } from '../store/tasks.js';
import { normalizeQuery } from '../plans/normalize.js';
import { pageOf, window, type Page } from './paging.js';
import type { ThemeService } from './themes.js';
import { unitVariants } from './unit-names.js';

export interface TaskHit extends TaskRow {
  /** An excerpt around the first match, matches marked 【like this】. */
  snippet: string;
}

export interface TaskQuery {
  query?: string;
  unit?: string;
  planId?: number;
  /** A theme day's name (全国科普日): tasks linked to the day or naming it. */
  theme?: string;
  page: number;
}

/** Public task id: plan id and task number within the plan, e.g. 3-12. */
export function taskId(t: { planId: number; seq: number }): string {
  return `${t.planId}-${t.seq}`;
}

export class TaskService {
  constructor(
    private readonly db: Db,
    private readonly workspace: string,
    private readonly themes: ThemeService,
  ) {}

  /**
   * A page of matching tasks, best first; `terms` are the searchable terms of the query (none: nothing to
   * search). A theme no day is known by (校园科技节) is searched as words, and `themeAsWords` says so.
   */
  search(f: TaskQuery): Page<TaskHit> & { terms: string[]; themeAsWords?: true } {
    const theme = f.theme === undefined ? undefined : this.themes.filter(this.workspace, f.theme);
    const themeAsWords = f.theme !== undefined && !theme;
    const query = themeAsWords ? [f.query, f.theme].filter(Boolean).join(' ') : f.query;
    const terms = query ? queryTerms(query) : [];
    const unit = f.unit ? unitVariants(normalizeQuery(f.unit)) : undefined;
    const { rows, total, more } = searchTasks(this.db, {
      ws: this.workspace,
      terms,
      unit,
      planId: f.planId,
      theme,
      ...window(f.page),
    });
    const hits = rows.map((r) => ({ ...r, snippet: snippet(r.text || r.title, terms) }));
    return { ...pageOf(hits, total, f.page, undefined, more), terms, ...(themeAsWords ? { themeAsWords } : {}) };
  }

  /** A task by public id (3-12). */
  get(id: string): TaskRow | undefined {
    const m = /^\s*(\d+)\s*[-－—.]\s*(\d+)\s*$/.exec(id);
    return m ? getTask(this.db, this.workspace, Number(m[1]), Number(m[2])) : undefined;
  }
}

/** Completers for options that name a plan, a unit, a theme day or a task (Discord autocomplete). */
import type { Completer } from '../src/dispatch/types.js';
import { taskId } from '../src/services/tasks.js';

/** How many suggestions a completer computes; adapters cut to their platform's limit. */
const MAX = 25;

export const planNames: Completer = (ctx, partial) => {
  const q = partial.trim();
  return ctx.services.plans
    .names()
    .filter((p) => !q || p.title.includes(q) || (p.region ?? '').includes(q) || String(p.id) === q)
    .slice(0, MAX)
    .map((p) => ({ label: `${p.id} ${p.title}`, value: String(p.id) }));
};

export const unitNames: Completer = (ctx, partial) =>
  ctx.services.units.names(partial, MAX).map((n) => ({ label: n, value: n }));

export const themeDayNames: Completer = (ctx, partial) =>
  ctx.services.themes
    .names(ctx.caller.workspace, partial)
    .slice(0, MAX)
    .map((n) => ({ label: n, value: n }));

export const taskIds: Completer = (ctx, partial) =>
  ctx.services.tasks
    .search({ query: partial.trim() || undefined, page: 1 })
    .rows.map((t) => ({ label: `${taskId(t)} ${t.title}`, value: taskId(t) }));

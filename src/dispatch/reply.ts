/** Small helpers for building replies in commands/. */
import type { Ctx, Invocation, Paging } from './types.js';
import { UserError } from './dispatcher.js';
import type { PlanName } from '../store/plans.js';

/** Picks the caller's language: say(ctx, '中文', 'English'). */
export function say(ctx: Ctx, zh: string, en: string): string {
  return ctx.locale === 'en' ? en : zh;
}

/** Prev/next invocations for page `page` of `pages`, repeating the other arguments. */
export function paging(name: string, args: Invocation['args'], page: number, pages: number): Paging | undefined {
  if (pages <= 1) return undefined;
  const at = (p: number): Invocation => ({ name, args: { ...args, page: p } });
  return { page, pages, prev: page > 1 ? at(page - 1) : undefined, next: page < pages ? at(page + 1) : undefined };
}

/** Copies the defined string/number options into invocation args (for page buttons). */
export function argsOf(opts: Record<string, unknown>, keys: string[]): Invocation['args'] {
  const out: Invocation['args'] = {};
  for (const k of keys) {
    const v = opts[k];
    if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  }
  return out;
}

/** The plan the user named (id, title fragment or region), or a UserError listing the loaded plans. */
export function requirePlan(ctx: Ctx, text: string): PlanName {
  const plan = ctx.services.findPlan(text);
  if (plan) return plan;
  const list = ctx.services.plans().map((p) => `${p.id} ${p.region ?? p.title}`).join('，');
  throw new UserError('error.unknown-plan', { plan: text.slice(0, 40), list });
}

export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

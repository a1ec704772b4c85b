/** Finding the plan a user names, or saying which plans there are. */
import { UserError } from '../../src/dispatch/errors.js';
import type { Ctx } from '../../src/dispatch/types.js';
import type { PlanName } from '../../src/store/plans.js';
import { clip } from './format.js';

/** The plan the user named (id, title fragment or region), or a UserError listing the loaded plans. */
export function requirePlan(ctx: Ctx, text: string): PlanName {
  const plan = ctx.services.plans.find(text);
  if (plan) return plan;
  const list = ctx.services.plans
    .names()
    .map((p) => `${p.id} ${p.region ?? p.title}`)
    .join('，');
  throw new UserError('error.unknown-plan', { plan: clip(text, 40), list: clip(list, 500) });
}

/** 2021–2025 (2026 for a one-year plan), or null when the plan prints no period. */
export function period(p: { periodStart: number | null; periodEnd: number | null }): string | null {
  if (!p.periodStart) return null;
  return p.periodEnd === null || p.periodEnd === p.periodStart ? `${p.periodStart}` : `${p.periodStart}–${p.periodEnd}`;
}

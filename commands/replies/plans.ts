/** Finding the plan a user names, or saying which plans there are. */
import { UserError } from '../../src/dispatch/errors.js';
import type { Ctx } from '../../src/dispatch/types.js';
import type { PlanName } from '../../src/store/plans.js';
import { clip, type Say } from './format.js';

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

/** An issuer as printed, or for a joint signature of more than three bodies the first two and how many in all. */
export function issuerShort(issuer: string, say: Say): string {
  const names = issuer.split('、');
  if (names.length <= 3) return issuer;
  const first = names.slice(0, 2).join('、');
  return say(`${first}等 ${names.length} 个单位`, `${first} and ${names.length - 2} more`);
}

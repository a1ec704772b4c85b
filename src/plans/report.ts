/**
 * The import report: what a parse found in a plan, and warnings where its structure looks doubtful. Shown
 * by `kepu import` (and `--dry-run`) and by the chat import preview. Pure.
 */
import type { Plan } from './types.js';

/** A doubtful sign in a parsed plan; `count` says how many places show it. */
export interface ReportWarning {
  code: 'no-tasks' | 'tasks-without-units' | 'unread-unit-lists' | 'tasks-without-text' | 'title-cut';
  count?: number;
}

export interface PlanReport {
  title: string;
  issuer: string | null;
  period: Plan['period'];
  tasks: number;
  tasksWithoutUnits: number;
  units: number;
  targets: number;
  targetsWithoutYear: number;
  milestones: number;
  themeDays: number;
  warnings: ReportWarning[];
}

export function reportOf(plan: Plan): PlanReport {
  const units = new Set(plan.tasks.flatMap((t) => t.units));
  const tasksWithoutUnits = plan.tasks.filter((t) => t.units.length === 0).length;
  const warnings: ReportWarning[] = [];
  if (plan.tasks.length === 0) warnings.push({ code: 'no-tasks' });
  return {
    title: plan.title,
    issuer: plan.issuer,
    period: plan.period,
    tasks: plan.tasks.length,
    tasksWithoutUnits,
    units: units.size,
    targets: plan.targets.length,
    targetsWithoutYear: plan.targets.filter((t) => t.year === null && t.recurrence === null).length,
    milestones: plan.milestones.length,
    themeDays: plan.themeDays.length,
    warnings,
  };
}

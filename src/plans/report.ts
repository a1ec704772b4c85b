/**
 * The import report: what a parse found in a plan, and warnings where its structure looks doubtful. Shown
 * by `kepu import` (and `--dry-run`) and by the chat import preview. Pure.
 */
import { planYearOf, type Plan } from './types.js';
import { unreadUnitLists } from './units.js';

/** A doubtful sign in a parsed plan; `count` says how many places show it. */
export interface ReportWarning {
  code:
    | 'no-tasks'
    | 'tasks-without-units'
    | 'unread-unit-lists'
    | 'tasks-without-text'
    | 'title-cut'
    | 'no-metadata'
    | 'targets-without-year';
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
  // some main tasks name units and many do not: the lists of the others were probably missed (guarantee
  // tasks always name theirs, so they tell nothing)
  const withUnits = plan.tasks.filter((t) => t.part === 'main' && t.units.length > 0).length;
  if (withUnits > 0 && tasksWithoutUnits >= 3 && tasksWithoutUnits / plan.tasks.length >= 0.25)
    warnings.push({ code: 'tasks-without-units', count: tasksWithoutUnits });
  const unread = plan.tasks.reduce((n, t) => n + unreadUnitLists(t.text), 0);
  if (unread > 0) warnings.push({ code: 'unread-unit-lists', count: unread });
  const empty = plan.tasks.filter((t) => t.text.trim() === '' && t.title.length < 30).length;
  if (empty > 0) warnings.push({ code: 'tasks-without-text', count: empty });
  if (titleCut(plan.title)) warnings.push({ code: 'title-cut' });
  if (!plan.issuer && !plan.issuedOn) warnings.push({ code: 'no-metadata' });
  // a plan for one year sets its targets for that year (they fall due at its end)
  const oneYear = planYearOf(plan.period?.start, plan.period?.end) !== null;
  const noYear = oneYear ? 0 : plan.targets.filter((t) => t.year === null && t.recurrence === null).length;
  if (plan.targets.length >= 4 && noYear / plan.targets.length > 0.5)
    warnings.push({ code: 'targets-without-year', count: noYear });
  return {
    title: plan.title,
    issuer: plan.issuer,
    period: plan.period,
    tasks: plan.tasks.length,
    tasksWithoutUnits,
    units: units.size,
    targets: plan.targets.length,
    targetsWithoutYear: noYear,
    milestones: plan.milestones.length,
    themeDays: plan.themeDays.length,
    warnings,
  };
}

/** A title that stops mid-phrase: empty, ending on a connective or a comma, or with an unclosed quote or bracket. */
export function titleCut(title: string): boolean {
  const t = title.trim();
  if (t.length < 4) return true;
  if (/[的和与及、，；：（《“关于对在]$/.test(t)) return true;
  const count = (re: RegExp) => t.match(re)?.length ?? 0;
  return count(/“/g) !== count(/”/g) || count(/（/g) !== count(/）/g) || count(/《/g) !== count(/》/g);
}

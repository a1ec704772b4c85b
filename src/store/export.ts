/** The JSON export of loaded plans (`kepu export --json`), camelCase, in the documented schema. */
import type { Db } from './db.js';
import { getPlan, listPlans, type PlanRow } from './plans.js';
import { tasksOfPlan } from './tasks.js';
import { listMilestones, listTargets } from './targets.js';
import { quantityOf } from '../plans/types.js';

export function exportPlans(db: Db, planId?: number) {
  const plans: PlanRow[] =
    planId === undefined
      ? listPlans(db, null)
      : [getPlan(db, null, planId)].filter((p): p is PlanRow => p !== undefined);
  const milestones = listMilestones(db);
  return {
    plans: plans.map((p) => {
      const tasks = tasksOfPlan(db, p.id);
      return {
        id: p.id,
        source: p.source,
        title: p.title,
        issuer: p.issuer,
        docNumber: p.docNumber,
        issuedOn: p.issuedOn,
        region: p.region,
        period: p.periodStart === null ? null : { start: p.periodStart, end: p.periodEnd },
        tasks: tasks.map((t) => ({
          id: `${p.id}-${t.seq}`,
          part: t.part,
          path: t.path,
          number: t.number,
          title: t.title,
          text: t.text,
          leadUnits: t.leadUnits,
          units: t.units,
          themeDays: t.themeDays,
        })),
        targets: listTargets(db, { ws: null, planId: p.id }).rows.map((g) => ({
          id: `${p.id}-t${g.seq}`,
          taskId: g.taskSeq === null ? null : `${p.id}-${g.taskSeq}`,
          quote: g.quote,
          ...quantityOf(g),
        })),
        milestones: milestones
          .filter((m) => m.planId === p.id)
          .map((m) => ({ year: m.year, due: m.due, text: m.text })),
        themeDays: (
          db.prepare('SELECT DISTINCT name FROM theme_mention WHERE plan_id = ? ORDER BY rowid').all(p.id) as {
            name: string;
          }[]
        ).map((r) => r.name),
      };
    }),
  };
}

import type { CommandDef } from '../src/dispatch/types.js';
import { say } from '../src/dispatch/reply.js';

/** /plans — the loaded plans with their counts. */
export const plans: CommandDef = {
  name: 'plans',
  description: { 'zh-CN': '已载入的规划', en: 'Loaded plans' },
  options: {},
  permission: 'everyone',
  examples: ['/plans'],
  run(ctx) {
    const rows = ctx.services.plans();
    return {
      title: say(ctx, `已载入 ${rows.length} 个规划`, `${rows.length} plans loaded`),
      sections: rows.map((p) => ({
        title: `${p.id}. ${p.title}`,
        body: [
          [p.region, p.periodStart ? `${p.periodStart}–${p.periodEnd}` : null, p.docNumber, p.issuedOn].filter(Boolean).join(' · '),
          say(ctx, `任务 ${p.tasks} · 目标 ${p.targets} · 单位 ${p.units}`, `${p.tasks} tasks · ${p.targets} targets · ${p.units} units`),
        ].join('\n'),
      })),
      related: rows.slice(0, 3).map((p) => ({ label: `/plan ${p.id}`, invocation: { name: 'plan', args: { plan: String(p.id) } } })),
    };
  },
};

import type { CommandDef } from '../src/dispatch/types.js';
import { page } from '../src/dispatch/options.js';
import { paging, say } from '../src/dispatch/reply.js';

const PER_PAGE = 10;

/** /plans — the loaded plans with their counts. */
export const plans: CommandDef = {
  name: 'plans',
  description: { 'zh-CN': '已载入的规划', en: 'Loaded plans' },
  options: { page },
  permission: 'everyone',
  examples: ['/plans'],
  run(ctx, opts) {
    const found = ctx.services.planPage((opts.page as number | undefined) ?? 1, PER_PAGE);
    return {
      title: say(ctx, `已载入 ${found.total} 个规划`, `${found.total} plans loaded`),
      sections: found.rows.map((p) => ({
        title: `${p.id}. ${p.title}`,
        body: [
          [p.region, p.periodStart ? `${p.periodStart}–${p.periodEnd}` : null, p.docNumber, p.issuedOn].filter(Boolean).join(' · '),
          say(ctx, `任务 ${p.tasks} · 目标 ${p.targets} · 单位 ${p.units}`, `${p.tasks} tasks · ${p.targets} targets · ${p.units} units`),
        ].join('\n'),
      })),
      paging: paging('plans', {}, found.page, found.pages),
      related: found.rows.slice(0, 3).map((p) => ({ label: `/plan ${p.id}`, invocation: { name: 'plan', args: { plan: String(p.id) } } })),
    };
  },
};

import { command, page } from '../src/dispatch/options.js';
import { isPaged, pageFooter, paging } from './replies/format.js';
import { period } from './replies/plans.js';

const PER_PAGE = 10;

/** /plans — the loaded plans with their counts. */
export const plans = command({
  name: 'plans',
  description: { 'zh-CN': '已载入的规划', en: 'Loaded plans' },
  options: { page },
  permission: 'everyone',
  examples: ['/plans'],
  run(ctx, { page = 1 }) {
    const found = ctx.services.plans.page(page, PER_PAGE);
    const year = Number(ctx.today().slice(0, 4));
    return {
      title: ctx.say(`已载入 ${found.total} 个规划`, `${found.total} plans loaded`),
      sections: found.rows.map((p) => ({
        title: `${p.id}. ${p.title}`,
        body: [
          [
            p.workspace === null ? ctx.say('规划库', 'library') : ctx.say('本工作区', 'this workspace'),
            p.region,
            period(p),
            p.docNumber,
            p.issuedOn,
          ]
            .filter(Boolean)
            .join(' · '),
          p.periodEnd !== null && p.periodEnd < year
            ? ctx.say(
                `已期满（${p.periodEnd} 年底）· 有后续规划时请导入：/plan import`,
                `Period ended (end of ${p.periodEnd}) · import the successor plan when there is one: /plan import`,
              )
            : '',
          ctx.say(
            `任务 ${p.tasks} · 目标 ${p.targets} · 单位 ${p.units}`,
            `${p.tasks} tasks · ${p.targets} targets · ${p.units} units`,
          ),
        ]
          .filter(Boolean)
          .join('\n'),
      })),
      footer: [
        ctx.say(
          '规划库的规划每个工作区都能看到；本工作区的规划由管理员用 /plan import 导入，只有这里能看到。',
          'Library plans are seen in every workspace; plans of this workspace were imported here with /plan import and are seen only here.',
        ),
        isPaged(found) ? pageFooter(ctx.say, found) : '',
      ]
        .filter(Boolean)
        .join('\n'),
      paging: paging('plans', {}, found),
      data: {
        total: found.total,
        plans: found.rows.map((p) => ({ ...p, ended: p.periodEnd !== null && p.periodEnd < year })),
      },
      related: found.rows
        .slice(0, 3)
        .map((p) => ({ label: `/plan ${p.id}`, invocation: { name: 'plan', args: { plan: String(p.id) } } })),
    };
  },
});

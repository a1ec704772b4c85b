import { command, page, text } from '../src/dispatch/options.js';
import { argsOf, cmd, pageFooter, paging } from './replies/format.js';

/** /units [query] — responsible units and how many tasks each leads or shares. */
export const units = command({
  name: 'units',
  description: { 'zh-CN': '责任单位及其任务数', en: 'Responsible units and their task counts' },
  options: { query: text({ 'zh-CN': '单位名称片段，如 科协', en: 'part of a unit name, e.g. 科协' }), page },
  main: 'query',
  permission: 'everyone',
  examples: ['/units', '/units 科协'],
  run(ctx, { query, page = 1 }) {
    const found = ctx.services.units.list(query, page);
    if (found.total === 0) {
      return {
        title: ctx.say(`没有找到单位：${query}`, `No units found: ${query}`),
        text: ctx.say('试试更短的名称，如“科协”。', 'Try a shorter name such as 科协.'),
      };
    }
    const line = (u: (typeof found.rows)[number]) => {
      const counts = ctx.say(`共 ${u.tasks} 项任务`, `${u.tasks} tasks`);
      const lead =
        u.plansWithoutLeads === u.plans
          ? ctx.say('（规划未列牵头单位）', ' (the plan names no lead units)')
          : ctx.say(`，其中牵头 ${u.lead} 项`, `, leads ${u.lead}`) +
            (u.plansWithoutLeads > 0
              ? ctx.say(
                  `（${u.plansWithoutLeads} 个规划未列牵头单位）`,
                  ` (${u.plansWithoutLeads} plans name no leads)`,
                )
              : '');
      const plans = u.plans > 1 ? ctx.say(` · ${u.plans} 个规划`, ` · ${u.plans} plans`) : '';
      return `${u.name} — ${counts}${lead}${plans}`;
    };
    return {
      title: ctx.say(`责任单位（${found.total} 个）`, `Units (${found.total})`),
      sections: [{ body: found.rows.map(line).join('\n') }],
      footer: pageFooter(
        ctx.say,
        found,
        ctx.say(`${cmd('unit', '名称')} 查看任务`, `${cmd('unit', '<name>')} for its tasks`),
      ),
      data: { total: found.total, page: found.page, units: found.rows },
      paging: paging('units', argsOf({ query }), found),
      related: found.rows
        .slice(0, 3)
        .map((u) => ({ label: `/unit ${u.name}`, invocation: { name: 'unit', args: { name: u.name } } })),
    };
  },
});

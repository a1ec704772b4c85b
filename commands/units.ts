import type { CommandDef } from '../src/dispatch/types.js';
import { page, text } from '../src/dispatch/options.js';
import { argsOf, paging, say } from '../src/dispatch/reply.js';

/** /units [query] — responsible units and how many tasks each leads or shares. */
export const units: CommandDef = {
  name: 'units',
  description: { 'zh-CN': '责任单位及其任务数', en: 'Responsible units and their task counts' },
  options: { query: text({ 'zh-CN': '单位名称片段，如 科协', en: 'part of a unit name, e.g. 科协' }), page },
  main: 'query',
  permission: 'everyone',
  examples: ['/units', '/units 科协'],
  run(ctx, opts) {
    const found = ctx.services.units(opts.query as string | undefined, (opts.page as number | undefined) ?? 1);
    if (found.total === 0) return { title: say(ctx, `没有找到单位：${opts.query}`, `No units found: ${opts.query}`), text: say(ctx, '试试更短的名称，如“科协”。', 'Try a shorter name such as 科协.') };
    return {
      title: say(ctx, `责任单位（${found.total} 个）`, `Units (${found.total})`),
      sections: [
        {
          body: found.rows
            .map((u) => `${u.name} — ${say(ctx, `牵头 ${u.lead} 项，参与 ${u.responsible} 项`, `leads ${u.lead}, shares ${u.responsible}`)}${u.plans > 1 ? say(ctx, `（${u.plans} 个规划）`, ` (${u.plans} plans)`) : ''}`)
            .join('\n'),
        },
      ],
      footer: say(ctx, `第 ${found.page}/${found.pages} 页 · /unit 名称 查看任务`, `Page ${found.page}/${found.pages} · /unit <name> for its tasks`),
      paging: paging('units', argsOf(opts, ['query']), found.page, found.pages),
      related: found.rows.slice(0, 3).map((u) => ({ label: `/unit ${u.name}`, invocation: { name: 'unit', args: { name: u.name } } })),
    };
  },
};

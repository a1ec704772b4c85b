import type { CommandDef } from '../src/dispatch/types.js';
import { page, text } from '../src/dispatch/options.js';
import { argsOf, clip, paging, say } from '../src/dispatch/reply.js';
import { UserError } from '../src/dispatch/dispatcher.js';
import { taskId } from '../src/services/index.js';

/** /unit <name> — that unit's tasks across plans (fuzzy: 科协 matches 市科协 and 区科协). */
export const unit: CommandDef = {
  name: 'unit',
  description: { 'zh-CN': '某单位负责的任务', en: "A unit's tasks" },
  options: { name: text({ 'zh-CN': '单位名称，如 区科协', en: 'unit name, e.g. 区科协' }, { required: true, autocomplete: 'unit' }), page },
  main: 'name',
  permission: 'everyone',
  examples: ['/unit 区科协', '/unit 教育局'],
  run(ctx, opts) {
    const name = opts.name as string;
    const found = ctx.services.searchTasks({ unit: name, page: (opts.page as number | undefined) ?? 1 });
    if (found.total === 0) throw new UserError('error.unknown-unit', { unit: clip(name, 40) });
    return {
      title: say(ctx, `${name} 的任务（${found.total} 项）`, `Tasks of ${name} (${found.total})`),
      sections: found.rows.map((t) => ({
        title: `${taskId(t)} · ${clip(t.title, 60)}`,
        body: [
          clip(t.planTitle, 40),
          t.leadUnits.some((u) => u.includes(name)) ? say(ctx, `牵头：${t.leadUnits.join('、')}`, `Lead: ${t.leadUnits.join('、')}`) : '',
          `${say(ctx, '责任单位', 'Units')}：${clip(t.units.join('、') || '—', 300)}`,
        ]
          .filter(Boolean)
          .join('\n'),
      })),
      footer: say(ctx, `第 ${found.page}/${found.pages} 页`, `Page ${found.page}/${found.pages}`),
      paging: paging('unit', argsOf(opts, ['name']), found.page, found.pages),
    };
  },
};

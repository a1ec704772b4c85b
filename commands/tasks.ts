import type { CommandDef } from '../src/dispatch/types.js';
import { page, text } from '../src/dispatch/options.js';
import { argsOf, clip, paging, requirePlan, say } from '../src/dispatch/reply.js';
import { taskId } from '../src/services/index.js';

/** /tasks [query] [unit] [plan] [theme] — search tasks, ranked, with snippet, path and units. */
export const tasks: CommandDef = {
  name: 'tasks',
  description: { 'zh-CN': '搜索任务（关键词、责任单位、规划、主题日）', en: 'Search tasks (keywords, unit, plan, theme day)' },
  options: {
    query: text({ 'zh-CN': '关键词，如 农民、防灾减灾', en: 'keywords, e.g. 农民, 防灾减灾' }),
    unit: text({ 'zh-CN': '责任单位，如 科协', en: 'responsible unit, e.g. 科协' }, { autocomplete: 'unit' }),
    plan: text({ 'zh-CN': '规划编号或名称', en: 'plan id or name' }, { autocomplete: 'plan' }),
    theme: text({ 'zh-CN': '主题日，如 全国科普日', en: 'theme day, e.g. 全国科普日' }, { autocomplete: 'themeday' }),
    page,
  },
  main: 'query',
  permission: 'everyone',
  examples: ['/tasks 农民', '/tasks 防灾减灾 unit:科协', '/tasks theme:科技活动周'],
  run(ctx, opts) {
    const planId = opts.plan ? requirePlan(ctx, opts.plan as string).id : undefined;
    const theme = opts.theme ? ctx.services.themes.themeFilter(ctx.caller.workspace, opts.theme as string) : undefined;
    const pageNo = (opts.page as number | undefined) ?? 1;
    const found = ctx.services.searchTasks({ query: opts.query as string | undefined, unit: opts.unit as string | undefined, planId, theme, page: pageNo });
    const filters = [opts.query, opts.unit && `unit:${opts.unit}`, opts.plan && `plan:${opts.plan}`, opts.theme && `theme:${opts.theme}`].filter(Boolean).join(' ');
    if (opts.query && found.terms.length === 0) {
      return { title: say(ctx, '无法搜索', 'Nothing to search'), text: say(ctx, '关键词里没有可搜索的文字（汉字、字母或数字）。例如：/tasks 农民', 'The query has no searchable characters (Chinese, letters or digits). Try: /tasks 农民'), error: true, ephemeral: true };
    }
    if (found.total === 0) {
      return {
        title: say(ctx, `没有找到任务：${filters || '全部'}`, `No tasks found: ${filters || 'all'}`),
        text: say(ctx, '试试更短的关键词（两个字即可，如“农民”），或去掉某个筛选条件。', 'Try a shorter keyword (two characters are enough, e.g. 农民) or drop a filter.'),
      };
    }
    return {
      title: say(ctx, `任务：${filters || '全部'}（${found.total} 项）`, `Tasks: ${filters || 'all'} (${found.total})`),
      sections: found.rows.map((t) => ({
        title: `${taskId(t)} · ${clip(t.title, 60)}`,
        body: [
          t.snippet,
          `${clip(t.planTitle, 40)} › ${clip(t.path.slice(1).join(' › '), 80)}`,
          t.leadUnits.length ? `${say(ctx, '牵头', 'Lead')}：${clip(t.leadUnits.join('、'), 200)}` : '',
          t.units.length ? `${say(ctx, '责任单位', 'Units')}：${clip(t.units.join('、'), 300)}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
      })),
      footer: say(ctx, `第 ${found.page}/${found.pages} 页 · /task 编号 查看全文`, `Page ${found.page}/${found.pages} · /task <id> for full text`),
      paging: paging('tasks', argsOf(opts, ['query', 'unit', 'plan', 'theme']), found.page, found.pages),
    };
  },
};

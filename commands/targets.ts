import type { CommandDef } from '../src/dispatch/types.js';
import { integer, page, text } from '../src/dispatch/options.js';
import { argsOf, clip, paging, requirePlan, say } from '../src/dispatch/reply.js';
import { describeValue } from '../src/services/index.js';

/** /targets [plan] [year] [unit] [query] — quantified targets with the task and units behind them. */
export const targets: CommandDef = {
  name: 'targets',
  description: { 'zh-CN': '量化目标（按规划、年份、单位、关键词）', en: 'Quantified targets (by plan, year, unit, keyword)' },
  options: {
    query: text({ 'zh-CN': '关键词，如 科学素质', en: 'keyword, e.g. 科学素质' }),
    plan: text({ 'zh-CN': '规划编号或名称', en: 'plan id or name' }, { autocomplete: 'plan' }),
    year: integer({ 'zh-CN': '年份，如 2025', en: 'year, e.g. 2025' }, 2000, 2100),
    unit: text({ 'zh-CN': '责任单位', en: 'responsible unit' }, { autocomplete: 'unit' }),
    page,
  },
  main: 'query',
  permission: 'everyone',
  examples: ['/targets year:2025', '/targets 科学素质', '/targets plan:南京'],
  run(ctx, opts) {
    const planId = opts.plan ? requirePlan(ctx, opts.plan as string).id : undefined;
    const pageNo = (opts.page as number | undefined) ?? 1;
    const found = ctx.services.targets({ planId, year: opts.year as number | undefined, unit: opts.unit as string | undefined, query: opts.query as string | undefined }, pageNo);
    const filters = [opts.query, opts.plan && `plan:${opts.plan}`, opts.year && `year:${opts.year}`, opts.unit && `unit:${opts.unit}`].filter(Boolean).join(' ');
    if (found.total === 0) {
      return { title: say(ctx, `没有找到目标：${filters}`, `No targets found: ${filters}`), text: say(ctx, '试试 /targets year:2025 或 /targets 科学素质。', 'Try /targets year:2025 or /targets 科学素质.') };
    }
    return {
      title: say(ctx, `量化目标：${filters || '全部'}（${found.total} 项）`, `Targets: ${filters || 'all'} (${found.total})`),
      sections: found.rows.map((g) => ({
        title: `${clip(g.metric, 60)}：${describeValue(g)}`,
        body: [
          `${g.year ? say(ctx, `到 ${g.year} 年`, `by ${g.year}`) : g.recurrence ? say(ctx, '每年', 'every year') : say(ctx, '未注明年份', 'no year given')} · ${clip(g.planTitle, 40)}`,
          `“${clip(g.quote, 200)}”`,
          g.taskSeq ? `${say(ctx, '任务', 'Task')} ${g.planId}-${g.taskSeq} ${clip(g.taskTitle ?? '', 40)}` : say(ctx, '（发展目标）', '(goals section)'),
          g.units.length ? `${say(ctx, '责任单位', 'Units')}：${clip(g.units.join('、'), 200)}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
      })),
      footer: say(ctx, `第 ${found.page}/${found.pages} 页`, `Page ${found.page}/${found.pages}`),
      paging: paging('targets', argsOf(opts, ['query', 'plan', 'year', 'unit']), found.page, found.pages),
    };
  },
};

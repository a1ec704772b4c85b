import type { CommandDef } from '../src/dispatch/types.js';
import { integer, page } from '../src/dispatch/options.js';
import { argsOf, clip, paging, say } from '../src/dispatch/reply.js';
import { PAGE_SIZE, type Deadline } from '../src/services/index.js';

const KIND = { target: ['目标', 'Target'], milestone: ['进度', 'Milestone'], 'period-end': ['规划期末', 'Plan ends'] } as const;

/** /deadlines [within] [year] — what falls due, soonest first, with the status relative to today. */
export const deadlines: CommandDef = {
  name: 'deadlines',
  description: { 'zh-CN': '即将到期和已到期的目标、进度与规划期末', en: 'Targets, milestones and plan ends falling due' },
  options: {
    within: integer({ 'zh-CN': '未来多少天内（默认 365）', en: 'within this many days (default 365)' }, 1, 3650),
    year: integer({ 'zh-CN': '只看某一年，如 2025', en: 'only this year, e.g. 2025' }, 2000, 2100),
    page,
  },
  main: 'within',
  permission: 'everyone',
  examples: ['/deadlines', '/deadlines year:2025', '/deadlines within:90'],
  run(ctx, opts) {
    const found = ctx.services.deadlines({ withinDays: opts.within as number | undefined, year: opts.year as number | undefined }, { page: (opts.page as number | undefined) ?? 1, size: PAGE_SIZE * 2 });
    const status = (d: Deadline) =>
      d.daysLeft >= 0 ? say(ctx, `还剩 ${d.daysLeft} 天`, `${d.daysLeft} days left`) : say(ctx, `已到期 ${-d.daysLeft} 天`, `overdue by ${-d.daysLeft} days`);
    const today = ctx.services.today();
    if (found.total === 0) return { title: say(ctx, '没有到期事项', 'Nothing falls due'), text: say(ctx, `今天是 ${today}。试试 /deadlines year:2025。`, `Today is ${today}. Try /deadlines year:2025.`) };
    return {
      title: say(ctx, `到期事项（${found.total} 项）`, `Deadlines (${found.total})`),
      text: say(ctx, `今天是 ${today}；按年份给出的期限以当年 12 月 31 日计。`, `Today is ${today}; a due year counts as 31 December.`),
      sections: found.rows.map((d) => ({
        title: `${d.due} · ${status(d)} · ${say(ctx, KIND[d.kind][0], KIND[d.kind][1])}`,
        body: d.kind === 'period-end' ? clip(d.planTitle, 60) : `${clip(d.title, 120)}\n${clip(d.planTitle, 40)}${d.taskId ? ` · ${say(ctx, '任务', 'task')} ${d.taskId}` : ''}`,
      })),
      footer: say(ctx, `第 ${found.page}/${found.pages} 页`, `Page ${found.page}/${found.pages}`),
      paging: paging('deadlines', argsOf(opts, ['within', 'year']), found.page, found.pages),
    };
  },
};

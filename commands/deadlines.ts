import { command, integer, page } from '../src/dispatch/options.js';
import { PAGE_SIZE } from '../src/services/paging.js';
import { argsOf, clip, cmd, dueStatus, pageFooter, paging, targetWords } from './replies/format.js';

const KIND = {
  target: ['目标', 'Target'],
  milestone: ['进度', 'Milestone'],
  'period-end': ['规划期末', 'Plan ends'],
} as const;

/** /deadlines [within] [year] — what falls due, soonest first, with the status relative to today. */
export const deadlines = command({
  name: 'deadlines',
  description: {
    'zh-CN': '即将到期和已到期的目标、进度与规划期末',
    en: 'Targets, milestones and plan ends falling due',
  },
  options: {
    within: integer({ 'zh-CN': '未来多少天内（默认 365）', en: 'within this many days (default 365)' }, 1, 3650),
    year: integer({ 'zh-CN': '只看某一年，如 2025', en: 'only this year, e.g. 2025' }, 2000, 2100),
    page,
  },
  main: 'within',
  permission: 'everyone',
  examples: ['/deadlines', '/deadlines year:2025', '/deadlines within:90'],
  run(ctx, { within, year, page = 1 }) {
    const found = ctx.services.deadlines.list({ withinDays: within, year }, { page, size: PAGE_SIZE * 2 });
    const today = ctx.today();
    if (found.total === 0) {
      return {
        title: ctx.say('没有到期事项', 'Nothing falls due'),
        text: ctx.say(
          `今天是 ${today}。试试 ${cmd('deadlines', 'year:2025')}。`,
          `Today is ${today}. Try ${cmd('deadlines', 'year:2025')}.`,
        ),
      };
    }
    return {
      title: ctx.say(`到期事项（${found.total} 项）`, `Deadlines (${found.total})`),
      text: ctx.say(
        `今天是 ${today}；按年份给出的期限以当年 12 月 31 日计。`,
        `Today is ${today}; a due year counts as 31 December.`,
      ),
      sections: found.rows.flatMap((d, i) => {
        const what = d.target ? targetWords(ctx.say, { ...d.target, quote: d.text }) : d.text;
        const task = d.taskId ? ` · ${ctx.say('任务', 'task')} ${d.taskId}` : '';
        const kind = ctx.say(KIND[d.kind][0], KIND[d.kind][1]) + (d.yearly ? ctx.say('（每年）', ' (yearly)') : '');
        const section = {
          title: `${d.due} · ${dueStatus(ctx.say, d.daysLeft)} · ${kind}`,
          body:
            d.kind === 'period-end'
              ? `${clip(d.planTitle, 60)}\n${d.daysLeft < 0 ? ctx.say('规划期已结束。', 'The plan period has ended.') : ''}`.trim()
              : `${clip(what, 120)}\n${clip(d.planTitle, 40)}${task}`,
        };
        const firstPast = d.daysLeft < 0 && (i === 0 ? true : found.rows[i - 1]!.daysLeft >= 0);
        return firstPast ? [{ title: ctx.say('已过期', 'Past due') }, section] : [section];
      }),
      footer: pageFooter(ctx.say, found),
      data: { today, total: found.total, page: found.page, deadlines: found.rows },
      paging: paging('deadlines', argsOf({ within, year }), found),
    };
  },
});

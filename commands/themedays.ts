import { command, integer, page } from '../src/dispatch/options.js';
import { PAGE_SIZE, pageOf } from '../src/services/paging.js';
import { argsOf, cmd, dayName, isPaged, pageFooter, paging, when } from './replies/format.js';

/** Theme days a page: short lines, so more than other listings. */
const DAYS_PER_PAGE = PAGE_SIZE * 4;

/** /themedays [within] — upcoming theme days with dates; days not yet announced show as 待公布. */
export const themedays = command({
  name: 'themedays',
  description: { 'zh-CN': '近期主题日（全国科普月、科技活动周、防灾减灾日…）', en: 'Upcoming theme days' },
  options: {
    within: integer({ 'zh-CN': '未来多少天内（默认 60）', en: 'within this many days (default 60)' }, 1, 400),
    page,
  },
  main: 'within',
  permission: 'everyone',
  examples: ['/themedays', '/themedays 90'],
  run(ctx, { within = 60, page = 1 }) {
    const today = ctx.today();
    const { workspace } = ctx.caller;
    const list = ctx.services.themes.upcoming(workspace, today, within);
    const found = pageOf([], list.length, page, DAYS_PER_PAGE);
    const rows = list.slice((page - 1) * DAYS_PER_PAGE, page * DAYS_PER_PAGE);
    return {
      title: ctx.say(
        `未来 ${within} 天的主题日（${list.length} 个）`,
        `Theme days in the next ${within} days (${list.length})`,
      ),
      text: ctx.say(`今天是 ${today}。`, `Today is ${today}.`),
      sections: rows.map((o) => {
        const n = ctx.services.themes.taskCount(workspace, o.day);
        const hint = cmd('tasks', `theme:${o.day.nameZh}`);
        const related = n ? ctx.say(`\n相关任务：${n} 项 · ${hint}`, `\n${n} related plan tasks · ${hint}`) : '';
        return { title: dayName(ctx.say, o.day), body: `${when(ctx.say, o, today)}${related}` };
      }),
      data: {
        today,
        total: list.length,
        page,
        days: rows.map((o) => ({
          id: o.day.id,
          name: o.day.nameZh,
          nameEn: o.day.nameEn,
          start: o.start,
          end: o.end,
          status: o.status,
        })),
      },
      footer: [
        isPaged(found) ? pageFooter(ctx.say, found) : '',
        ctx.say(
          `管理员可用 ${cmd('themeday set', '名称 开始日期 结束日期')} 录入今年公布的日期。`,
          `Admins enter announced dates with ${cmd('themeday set', '<name> <start> <end>')}.`,
        ),
      ]
        .filter(Boolean)
        .join(' · '),
      paging: paging('themedays', argsOf({ within }), found),
    };
  },
});

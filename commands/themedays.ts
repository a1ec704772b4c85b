import type { CommandDef } from '../src/dispatch/types.js';
import { integer } from '../src/dispatch/options.js';
import { say } from '../src/dispatch/reply.js';
import { daysBetween, formatRange } from '../src/services/dates.js';

/** /themedays [within] — upcoming theme days with dates; days not yet announced show as 待公布. */
export const themedays: CommandDef = {
  name: 'themedays',
  description: { 'zh-CN': '近期主题日（全国科普月、科技活动周、防灾减灾日…）', en: 'Upcoming theme days' },
  options: { within: integer({ 'zh-CN': '未来多少天内（默认 60）', en: 'within this many days (default 60)' }, 1, 400) },
  main: 'within',
  permission: 'everyone',
  examples: ['/themedays', '/themedays 90'],
  run(ctx, opts) {
    const today = ctx.services.today();
    const within = (opts.within as number | undefined) ?? 60;
    const list = ctx.services.themes.upcoming(ctx.caller.workspace, today, within);
    const name = (n: { nameZh: string; nameEn: string }) => (ctx.locale === 'en' ? `${n.nameEn} ${n.nameZh}` : n.nameZh);
    return {
      title: say(ctx, `未来 ${within} 天的主题日（${list.length} 个）`, `Theme days in the next ${within} days (${list.length})`),
      text: say(ctx, `今天是 ${today}。`, `Today is ${today}.`),
      sections: list.map((o) => {
        const when = o.start
          ? `${formatRange(o.start, o.end, ctx.locale)} · ${daysBetween(today, o.start) > 0 ? say(ctx, `还有 ${daysBetween(today, o.start)} 天`, `in ${daysBetween(today, o.start)} days`) : say(ctx, '进行中', 'under way')}`
          : say(ctx, `日期待公布（通常在 ${o.day.usualMonth ?? '?'} 月）`, `date to be announced (usually in month ${o.day.usualMonth ?? '?'})`);
        const mentions = ctx.services.themes.taskCount(ctx.caller.workspace, o.day);
        return { title: name(o.day), body: `${when}${mentions ? say(ctx, `\n相关任务：${mentions} 项 · /tasks theme:${o.day.nameZh}`, `\n${mentions} related plan tasks · /tasks theme:${o.day.nameZh}`) : ''}` };
      }),
      footer: say(ctx, '管理员可用 /themeday set 名称 开始日期 结束日期 录入今年公布的日期。', 'Admins enter announced dates with /themeday set <name> <start> <end>.'),
    };
  },
};

import { command, integer } from '../src/dispatch/options.js';
import type { Platform } from '../src/reply.js';
import { calendarFile } from './replies/calendar.js';

/** Platforms whose adapter sends a reply's file (elsewhere the answer says how to get it). */
const SENDS_FILES: readonly Platform[] = ['console', 'discord', 'slack'];

/** /calendar [year] — the iCalendar file (what `kepu ics` writes) of theme days and deadlines. */
export const calendar = command({
  name: 'calendar',
  description: {
    'zh-CN': '日历文件（.ics）：主题日和到期事项，可导入 Outlook、手机日历',
    en: 'Calendar file (.ics) of theme days and deadlines',
  },
  options: {
    year: integer(
      { 'zh-CN': '年份，如 2027（默认：从今天起一年）', en: 'a year, e.g. 2027 (default: a year from today)' },
      2000,
      2100,
    ),
  },
  main: 'year',
  permission: 'everyone',
  examples: ['/calendar', '/calendar 2027'],
  run(ctx, { year }) {
    const today = ctx.today();
    const window = year ?? { from: today, to: `${Number(today.slice(0, 4)) + 1}${today.slice(4)}` };
    const span = typeof window === 'number' ? `${window}` : `${window.from} – ${window.to}`;
    const ics = year ? `kepu ics --year ${year}` : `kepu ics --from ${today}`;
    if (!SENDS_FILES.includes(ctx.caller.platform)) {
      return {
        title: ctx.say(`日历文件：${span}`, `Calendar file: ${span}`),
        text: ctx.say(
          `这里不能发送文件。请管理员在服务器上运行 ${ics} 生成日历文件。`,
          `Files cannot be sent here. An admin can make the calendar file on the host with ${ics}.`,
        ),
      };
    }
    const data = calendarFile(ctx.services, window, ctx.caller.workspace);
    const events = data.match(/^BEGIN:VEVENT/gm)?.length ?? 0;
    return {
      title: ctx.say(`日历文件：${span}`, `Calendar file: ${span}`),
      text: ctx.say(
        `${events} 个日程：主题日（待公布的放在通常月份的 1 日）和目标、进度、规划期末，各提前 3 天提醒。用日历应用（Outlook、苹果日历、手机日历）导入。`,
        `${events} events: theme days (those to be announced on the 1st of their usual month) and targets, milestones and plan ends, each with a reminder 3 days before. Import it into a calendar app (Outlook, Apple Calendar, a phone).`,
      ),
      file: {
        name: `kepu-${typeof window === 'number' ? window : window.from}.ics`,
        contentType: 'text/calendar',
        data,
      },
      data: { from: typeof window === 'number' ? `${window}-01-01` : window.from, events },
    };
  },
});

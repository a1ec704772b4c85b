import type { CommandDef } from '../src/dispatch/types.js';
import { date, text } from '../src/dispatch/options.js';
import { say } from '../src/dispatch/reply.js';
import { UserError } from '../src/dispatch/dispatcher.js';
import { formatRange } from '../src/services/dates.js';

const DATE = /\b\d{4}-\d{1,2}-\d{1,2}\b/g;

/** Splits "科技活动周 2027-05-22 2027-05-29" typed as one text into the name and its dates. */
export function nameAndDates(textValue: string, start?: unknown, end?: unknown): { name: string; start?: string; end?: string } {
  const found = textValue.match(DATE) ?? [];
  const name = textValue.replace(DATE, '').trim();
  const s = (start as string | undefined) ?? found[0];
  const e = (end as string | undefined) ?? found[1];
  for (const d of [s, e]) if (d !== undefined && !date({ 'zh-CN': '', en: '' }).schema.safeParse(d).success) throw new UserError('error.bad-date', { value: d });
  return { name, start: s, end: e };
}

/** /themeday set <day> <start> [end] — record this year's announced dates of a theme day (admin). */
export const themedaySet: CommandDef = {
  name: 'themeday set',
  description: { 'zh-CN': '录入主题日当年公布的日期', en: "Enter a theme day's announced dates" },
  options: {
    day: text({ 'zh-CN': '主题日名称，如 科技活动周', en: 'theme day, e.g. 科技活动周' }, { required: true, autocomplete: 'themeday' }),
    start: date({ 'zh-CN': '开始日期 YYYY-MM-DD', en: 'start date YYYY-MM-DD' }),
    end: date({ 'zh-CN': '结束日期 YYYY-MM-DD（单日可省略）', en: 'end date YYYY-MM-DD (omit for one day)' }),
  },
  main: 'day',
  permission: 'admin',
  examples: ['/themeday set 科技活动周 2027-05-22 2027-05-29'],
  run(ctx, opts) {
    const { name, start, end = start } = nameAndDates(opts.day as string, opts.start, opts.end);
    if (!start) throw new UserError('error.missing', { option: 'start', command: 'themeday set' }, '/themeday set 科技活动周 2027-05-22 2027-05-29');
    if (end! < start) throw new UserError('error.date-order', { start, end: end! });
    const day = ctx.services.themes.find(ctx.caller.workspace, name, Number(start.slice(0, 4)));
    if (!day) throw new UserError('error.unknown-themeday', { day: name.slice(0, 40) });
    ctx.services.themes.setDates(ctx.caller.workspace, day.id, start, end!, ctx.caller.user, ctx.services.clock.now());
    return {
      title: say(ctx, `已记录 ${day.nameZh} 的日期`, `Dates recorded for ${day.nameEn}`),
      text: `${start.slice(0, 4)}：${formatRange(start, end!, ctx.locale)}`,
      ephemeral: true,
    };
  },
};

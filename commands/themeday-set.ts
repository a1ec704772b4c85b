import { command, date, isoDate, text } from '../src/dispatch/options.js';
import { UserError } from '../src/dispatch/errors.js';
import { themeDayNames } from './complete.js';
import { clip, formatRange } from './replies/format.js';

const DATE = /\b\d{4}-\d{1,2}-\d{1,2}\b/g;

/** Splits "科技活动周 2027-05-22 2027-05-29" typed as one text into the name and its dates. */
export function nameAndDates(
  typed: string,
  start?: string,
  end?: string,
): { name: string; start?: string; end?: string } {
  const found = typed.match(DATE) ?? [];
  const name = typed.replace(DATE, '').trim();
  const s = start ?? found[0];
  const e = end ?? found[1];
  for (const d of [s, e])
    if (d !== undefined && !isoDate.safeParse(d).success) throw new UserError('error.bad-date', { value: d });
  return { name, start: s, end: e };
}

/** /themeday set <day> <start> [end] — record this year's announced dates of a theme day (admin). */
export const themedaySet = command({
  name: 'themeday set',
  description: { 'zh-CN': '录入主题日当年公布的日期', en: "Enter a theme day's announced dates" },
  options: {
    day: text(
      { 'zh-CN': '主题日名称，如 科技活动周', en: 'theme day, e.g. 科技活动周' },
      { required: true, complete: themeDayNames },
    ),
    start: date({ 'zh-CN': '开始日期 YYYY-MM-DD', en: 'start date YYYY-MM-DD' }),
    end: date({ 'zh-CN': '结束日期 YYYY-MM-DD（单日可省略）', en: 'end date YYYY-MM-DD (omit for one day)' }),
  },
  main: 'day',
  permission: 'admin',
  examples: ['/themeday set 科技活动周 2027-05-22 2027-05-29'],
  run(ctx, values) {
    const { name, start, end = start } = nameAndDates(values.day, values.start, values.end);
    if (!start || !end) {
      throw new UserError(
        'error.missing',
        { option: 'start', command: 'themeday set' },
        '/themeday set 科技活动周 2027-05-22 2027-05-29',
      );
    }
    if (end < start) throw new UserError('error.date-order', { start, end });
    const { workspace, user } = ctx.caller;
    const day = ctx.services.themes.find(workspace, name, Number(start.slice(0, 4)));
    if (!day) throw new UserError('error.unknown-themeday', { day: clip(name, 40) });
    ctx.services.themes.setDates(workspace, day.id, start, end, user, ctx.now());
    return {
      title: ctx.say(`已记录 ${day.nameZh} 的日期`, `Dates recorded for ${day.nameEn}`),
      text: `${start.slice(0, 4)}：${formatRange(start, end, ctx.say)}`,
      ephemeral: true,
    };
  },
});

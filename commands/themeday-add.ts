import { command, date, integer, text } from '../src/dispatch/options.js';
import { UserError } from '../src/dispatch/errors.js';
import { nameAndDates } from './themeday-set.js';
import { cmd } from './replies/format.js';

/** /themeday add <name> [start] [end] [month] — a local theme day for this workspace (admin). */
export const themedayAdd = command({
  name: 'themeday add',
  description: { 'zh-CN': '添加本地主题日（如 上海科技节、学校科技周）', en: 'Add a local theme day' },
  options: {
    name: text({ 'zh-CN': '名称', en: 'name' }, { required: true, max: 40 }),
    start: date({ 'zh-CN': '今年开始日期 YYYY-MM-DD', en: "this year's start YYYY-MM-DD" }),
    end: date({ 'zh-CN': '今年结束日期 YYYY-MM-DD', en: "this year's end YYYY-MM-DD" }),
    month: integer({ 'zh-CN': '通常在几月（未定日期时显示）', en: 'usual month (shown until dates are set)' }, 1, 12),
  },
  main: 'name',
  permission: 'admin',
  examples: ['/themeday add 长宁科技节 2027-05-15 2027-05-25'],
  run(ctx, values) {
    const dated = nameAndDates(values.name, values.start, values.end);
    const { start, end = start } = dated;
    // Every member sees this name: no control, format (zero-width, bidi override) or line-break characters.
    const name = dated.name.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '').trim();
    const example = '/themeday add 长宁科技节 2027-05-15 2027-05-25';
    if (name.length < 2) throw new UserError('error.missing', { option: 'name', command: 'themeday add' }, example);
    if (start && end && end < start) throw new UserError('error.date-order', { start, end });
    const usualMonth = values.month ?? (start ? Number(start.slice(5, 7)) : undefined);
    const { workspace, user } = ctx.caller;
    const id = `local-${workspace}-${name}`;
    ctx.services.themes.addLocal(workspace, {
      id,
      nameZh: name,
      nameEn: name,
      aliases: [name],
      kind: start && end !== start ? 'period' : 'day',
      rule: { type: 'announced', usualMonth },
      usualMonth,
      keywords: [name],
      known: {},
    });
    if (start && end) ctx.services.themes.setDates(workspace, id, start, end, user, ctx.now());
    return {
      title: ctx.say(`已添加本地主题日：${name}`, `Local theme day added: ${name}`),
      text: start
        ? `${start} – ${end}`
        : ctx.say(
            `日期待定，可用 ${cmd('themeday set')} 录入。`,
            `No dates yet; set them with ${cmd('themeday set')}.`,
          ),
      ephemeral: true,
    };
  },
});

import type { CommandDef } from '../src/dispatch/types.js';
import { date, integer, text } from '../src/dispatch/options.js';
import { say } from '../src/dispatch/reply.js';
import { UserError } from '../src/dispatch/dispatcher.js';
import { nameAndDates } from './themeday-set.js';

/** /themeday add <name> [start] [end] [month] — a local theme day for this workspace (admin). */
export const themedayAdd: CommandDef = {
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
  run(ctx, opts) {
    const { name, start, end = start } = nameAndDates(opts.name as string, opts.start, opts.end);
    if (name.length < 2) throw new UserError('error.missing', { option: 'name', command: 'themeday add' }, '/themeday add 长宁科技节 2027-05-15 2027-05-25');
    if (start && end! < start) throw new UserError('error.date-order', { start, end: end! });
    const usualMonth = (opts.month as number | undefined) ?? (start ? Number(start.slice(5, 7)) : undefined);
    const id = `local-${ctx.caller.workspace}-${name}`;
    ctx.services.themes.addLocal(ctx.caller.workspace, {
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
    if (start) ctx.services.themes.setDates(ctx.caller.workspace, id, start, end!, ctx.caller.user, ctx.services.clock.now());
    return { title: say(ctx, `已添加本地主题日：${name}`, `Local theme day added: ${name}`), text: start ? `${start} – ${end}` : say(ctx, '日期待定，可用 /themeday set 录入。', 'No dates yet; set them with /themeday set.'), ephemeral: true };
  },
};

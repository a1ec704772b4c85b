import { command, text } from '../src/dispatch/options.js';
import { UserError } from '../src/dispatch/errors.js';
import { themeDayNames } from './complete.js';
import { clip } from './replies/format.js';

/** /themeday note <day> <text> — an admin's note on this year's occurrence (主题, notice link). */
export const themedayNote = command({
  name: 'themeday note',
  description: {
    'zh-CN': '记录主题日今年的主题或通知链接',
    en: "Note this year's theme or notice link of a theme day",
  },
  options: {
    day: text(
      { 'zh-CN': '主题日名称，如 科技活动周', en: 'theme day, e.g. 科技活动周' },
      { required: true, complete: themeDayNames },
    ),
    note: text({ 'zh-CN': '说明：主题、通知链接', en: 'note: theme, notice link' }, { max: 500 }),
  },
  main: 'day',
  permission: 'admin',
  examples: ['/themeday note 科技活动周 note:"主题：科技创新 强国有我 https://www.most.gov.cn/"'],
  run(ctx, values) {
    const { workspace, user } = ctx.caller;
    const days = ctx.services.themes.days(workspace);
    // "科技活动周 主题：…" typed as one text: the longest day name it begins with, then the note.
    const typed = values.day.trim();
    const named = days
      .flatMap((d) => [d.nameZh, ...d.aliases].map((n) => ({ d, n })))
      .filter(({ n }) => typed.startsWith(n))
      .sort((a, b) => b.n.length - a.n.length)[0];
    const day = named?.d ?? ctx.services.themes.find(workspace, typed);
    const note = (values.note ?? (named ? typed.slice(named.n.length) : '')).trim();
    if (!day) throw new UserError('error.unknown-themeday', { day: clip(typed, 40) });
    if (!note) throw new UserError('error.missing', { option: 'note', command: 'themeday note' }, this.examples![0]);
    const { current } = ctx.services.themes.detail(workspace, day, ctx.today());
    const year = current?.year ?? Number(ctx.today().slice(0, 4));
    ctx.services.themes.setNote(workspace, day.id, year, note, user, ctx.now());
    return {
      title: ctx.say(`已记录 ${day.nameZh}（${year}）的说明`, `Note recorded for ${day.nameEn} (${year})`),
      text: note,
      ephemeral: true,
    };
  },
});

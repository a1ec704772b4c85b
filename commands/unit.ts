import { command, page, text } from '../src/dispatch/options.js';
import { UserError } from '../src/dispatch/errors.js';
import { chineseUnit } from '../src/dispatch/english.js';
import { taskId } from '../src/services/tasks.js';
import { unitNames } from './complete.js';
import { argsOf, clip, countOf, didYouMean, field, inChinese, pageFooter, paging } from './replies/format.js';

/** /unit <name> — that unit's tasks across plans (fuzzy: 科协 matches 市科协 and 区科协). */
export const unit = command({
  name: 'unit',
  description: { 'zh-CN': '某单位负责的任务', en: "A unit's tasks" },
  options: {
    name: text(
      { 'zh-CN': '单位名称，如 区科协', en: 'unit name, e.g. 区科协' },
      { required: true, complete: unitNames },
    ),
    page,
  },
  main: 'name',
  permission: 'everyone',
  examples: ['/unit 区科协', '/unit 教育局'],
  run(ctx, { name, page = 1 }) {
    const found = ctx.services.tasks.search({ unit: name, page });
    if (found.total === 0) {
      // a unit named in English (education bureau → 教育局): the plans name it in Chinese
      const chinese = chineseUnit(name);
      const hint = chinese
        ? inChinese(ctx.say, 'unit', chinese)
        : didYouMean(ctx.say, ctx.services.suggest(ctx.caller.workspace, name));
      throw new UserError('error.unknown-unit', { unit: clip(name, 40) }, hint);
    }
    const also = ctx.services.units.variants(name);
    return {
      title: ctx.say(`${name} 的任务（${countOf(found)} 项）`, `Tasks of ${name} (${countOf(found)})`),
      text: also.length ? ctx.say(`也包括：${also.join('、')}`, `Also: ${also.join(', ')}`) : undefined,
      sections: found.rows.map((t) => ({
        title: `${taskId(t)} · ${clip(t.title, 60)}`,
        body: [
          clip(t.planTitle, 40),
          t.leadUnits.some((u) => [name, ...also].some((n) => u.includes(n)))
            ? field(ctx.say, '牵头', 'Lead', t.leadUnits.join('、'))
            : '',
          field(ctx.say, '责任单位', 'Units', clip(t.units.join('、') || '—', 300)),
        ]
          .filter(Boolean)
          .join('\n'),
      })),
      footer: pageFooter(ctx.say, found),
      data: {
        unit: name,
        variants: also,
        total: found.total,
        ...(found.more ? { more: true } : {}),
        page: found.page,
        tasks: found.rows.map((t) => ({
          id: taskId(t),
          plan: { id: t.planId, title: t.planTitle },
          title: t.title,
          leadUnits: t.leadUnits,
          units: t.units,
        })),
      },
      paging: paging('unit', argsOf({ name }), found),
    };
  },
});

import { command, text } from '../src/dispatch/options.js';
import { UserError } from '../src/dispatch/errors.js';
import { taskId } from '../src/services/tasks.js';
import { taskIds } from './complete.js';
import { clip, taskRef, targetWords } from './replies/format.js';

/** /task <id> — one task in full: path, text, units, targets, theme days. */
export const task = command({
  name: 'task',
  description: { 'zh-CN': '查看一项任务的全文', en: 'One task in full' },
  options: {
    id: text(
      { 'zh-CN': '任务编号，如 3-12', en: 'task id, e.g. 3-12' },
      { required: true, complete: taskIds, max: 20 },
    ),
  },
  main: 'id',
  permission: 'everyone',
  examples: ['/task 3-5'],
  run(ctx, { id }) {
    const t = ctx.services.tasks.get(id);
    if (!t) throw new UserError('error.unknown-task', { id: clip(id, 20) });
    const targets = ctx.services.targets.ofTask(t);
    const themes = ctx.services.themes.ofTask(ctx.caller.workspace, t);
    const named = themes.filter((d) => d.how === 'mention').map((d) => d.name);
    const topical = themes.filter((d) => d.how === 'keyword').map((d) => d.name);
    const themeLine = [
      named.length ? ctx.say(`文中提到：${named.join('、')}`, `named: ${named.join(', ')}`) : '',
      topical.length ? ctx.say(`主题相关：${topical.join('、')}`, `on the topic: ${topical.join(', ')}`) : '',
    ]
      .filter(Boolean)
      .join('\n');
    const fields = [
      { name: ctx.say('牵头部门', 'Lead units'), value: t.leadUnits.join('、') || '—' },
      { name: ctx.say('责任单位', 'Responsible units'), value: clip(t.units.join('、') || '—', 1000) },
      { name: ctx.say('主题日', 'Theme days'), value: clip(themeLine || '—', 1000) },
    ];
    const due = (g: { year: number | null; recurrence: string | null }) =>
      g.year ? ctx.say(`（${g.year}年）`, ` (${g.year})`) : g.recurrence ? ctx.say('（每年）', ' (annual)') : '';
    // Each target in the plan's words, once; a yearly one says 每年 itself where the plan does.
    const targetLines = [...new Set(targets.map((g) => `• ${targetWords(ctx.say, g)}${g.recurrence ? '' : due(g)}`))];
    return {
      title: `${taskId(t)}（${taskRef(t)}） · ${t.title}`,
      text: [t.planTitle, ...t.path.slice(1)].join(' › '),
      sections: [
        { body: clip(t.text, 3500), fields },
        ...(targets.length ? [{ title: ctx.say('量化目标', 'Targets'), body: targetLines.join('\n') }] : []),
      ],
      data: {
        id: taskId(t),
        ref: taskRef(t),
        plan: { id: t.planId, title: t.planTitle },
        path: t.path,
        title: t.title,
        text: t.text,
        leadUnits: t.leadUnits,
        units: t.units,
        themeDays: themes,
        targets: targets.map(({ metric, comparator, value, valueMax, unit, year, recurrence, quote }) => ({
          metric,
          comparator,
          value,
          valueMax,
          unit,
          year,
          recurrence,
          quote,
        })),
      },
      related: t.units
        .slice(0, 2)
        .map((u) => ({ label: `/unit ${u}`, invocation: { name: 'unit', args: { name: u } } })),
    };
  },
});

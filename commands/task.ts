import type { CommandDef } from '../src/dispatch/types.js';
import { text } from '../src/dispatch/options.js';
import { clip, say } from '../src/dispatch/reply.js';
import { UserError } from '../src/dispatch/dispatcher.js';
import { describeValue, taskId } from '../src/services/index.js';

/** /task <id> — one task in full: path, text, units, targets, theme days. */
export const task: CommandDef = {
  name: 'task',
  description: { 'zh-CN': '查看一项任务的全文', en: 'One task in full' },
  options: { id: text({ 'zh-CN': '任务编号，如 3-12', en: 'task id, e.g. 3-12' }, { required: true, autocomplete: 'task', max: 20 }) },
  main: 'id',
  permission: 'everyone',
  examples: ['/task 3-5'],
  run(ctx, opts) {
    const t = ctx.services.task(opts.id as string);
    if (!t) throw new UserError('error.unknown-task', { id: clip(opts.id as string, 20) });
    const targets = ctx.services.targetsOfTask(t);
    const fields = [
      { name: say(ctx, '牵头部门', 'Lead units'), value: t.leadUnits.join('、') || '—' },
      { name: say(ctx, '责任单位', 'Responsible units'), value: clip(t.units.join('、') || '—', 1000) },
      { name: say(ctx, '主题日', 'Theme days'), value: t.themeDays.join('、') || '—' },
    ];
    return {
      title: `${taskId(t)} · ${t.number}. ${t.title}`,
      text: `${t.planTitle} › ${t.path.slice(1).join(' › ')}`,
      sections: [
        { body: clip(t.text, 3500), fields },
        ...(targets.length
          ? [{ title: say(ctx, '量化目标', 'Targets'), body: targets.map((g) => `• ${g.metric}：${describeValue(g)}${g.year ? `（${g.year}年）` : g.recurrence ? say(ctx, '（每年）', ' (annual)') : ''}`).join('\n') }]
          : []),
      ],
      related: t.units.slice(0, 2).map((u) => ({ label: `/unit ${u}`, invocation: { name: 'unit', args: { name: u } } })),
    };
  },
};

import { command, text } from '../src/dispatch/options.js';
import { planNames } from './complete.js';
import { clip, cmd } from './replies/format.js';
import { period, requirePlan } from './replies/plans.js';

/** /plan <plan> — one plan's outline: parts, groups, task numbers and titles. */
export const plan = command({
  name: 'plan',
  description: { 'zh-CN': '一个规划的结构（部分、分组、任务）', en: "One plan's outline (parts, groups, tasks)" },
  options: {
    plan: text({ 'zh-CN': '规划编号或名称', en: 'plan id or name' }, { required: true, complete: planNames }),
  },
  main: 'plan',
  permission: 'everyone',
  examples: ['/plan 南京', '/plan 3'],
  run(ctx, values) {
    const { plan: p, tasks } = ctx.services.plans.outline(requirePlan(ctx, values.plan).id)!;
    const groups = new Map<string, string[]>();
    for (const t of tasks) {
      const key = t.path.join(' › ');
      groups.set(key, [
        ...(groups.get(key) ?? []),
        `${p.id}-${t.seq}  ${t.number ? `${t.number}. ` : ''}${clip(t.title, 40)}`,
      ]);
    }
    return {
      title: p.title,
      text: [p.issuer, p.docNumber, p.issuedOn, period(p)].filter(Boolean).join(' · '),
      sections: [...groups].map(([path, items]) => ({ title: clip(path, 250), body: items.join('\n') })),
      footer: ctx.say(
        `共 ${tasks.length} 项任务。用 ${cmd('task', '编号')} 查看全文。`,
        `${tasks.length} tasks. Use ${cmd('task', '<id>')} for the full text.`,
      ),
    };
  },
});

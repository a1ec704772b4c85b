import type { CommandDef } from '../src/dispatch/types.js';
import { text } from '../src/dispatch/options.js';
import { clip, requirePlan, say } from '../src/dispatch/reply.js';

/** /plan <plan> — one plan's outline: parts, groups, task numbers and titles. */
export const plan: CommandDef = {
  name: 'plan',
  description: { 'zh-CN': '一个规划的结构（部分、分组、任务）', en: "One plan's outline (parts, groups, tasks)" },
  options: { plan: text({ 'zh-CN': '规划编号或名称', en: 'plan id or name' }, { required: true, autocomplete: 'plan' }) },
  main: 'plan',
  permission: 'everyone',
  examples: ['/plan 南京', '/plan 3'],
  run(ctx, opts) {
    const { plan: p, tasks } = ctx.services.plan(requirePlan(ctx, opts.plan as string).id)!;
    const groups = new Map<string, string[]>();
    for (const t of tasks) {
      const key = t.path.join(' › ');
      groups.set(key, [...(groups.get(key) ?? []), `${p.id}-${t.seq}  ${t.number}. ${clip(t.title, 40)}`]);
    }
    return {
      title: p.title,
      text: [p.issuer, p.docNumber, p.issuedOn, p.periodStart ? `${p.periodStart}–${p.periodEnd}` : null].filter(Boolean).join(' · '),
      sections: [...groups].map(([path, items]) => ({ title: clip(path, 250), body: items.join('\n') })),
      footer: say(ctx, `共 ${tasks.length} 项任务。用 /task 编号 查看全文。`, `${tasks.length} tasks. Use /task <id> for the full text.`),
    };
  },
};

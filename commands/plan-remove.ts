import { command, text } from '../src/dispatch/options.js';
import { ImportError } from '../src/services/importer.js';
import { planNames } from './complete.js';
import { clip } from './replies/format.js';
import { importProblem } from './replies/imports.js';
import { requirePlan } from './replies/plans.js';

/** /plan remove <plan> — admin: removes one of this workspace's plans, after a confirmation. Library plans are the host's. */
export const planRemove = command({
  name: 'plan remove',
  description: { 'zh-CN': '删除本工作区导入的规划（需确认）', en: "Remove one of this workspace's plans (asks first)" },
  options: {
    plan: text({ 'zh-CN': '规划编号或名称', en: 'plan id or name' }, { required: true, complete: planNames }),
    confirm: text({ 'zh-CN': 'yes 确认删除', en: 'yes to remove' }, { max: 10 }),
  },
  main: 'plan',
  permission: 'admin',
  examples: ['/plan remove 6'],
  run(ctx, values) {
    const p = requirePlan(ctx, values.plan);
    const owner = ctx.caller.workspace;
    try {
      if (p.workspace !== owner) throw new ImportError(p.title, 'not-owner');
      if (values.confirm === 'no')
        return {
          title: ctx.say('已取消', 'Cancelled'),
          text: ctx.say('规划没有删除。', 'The plan was kept.'),
          ephemeral: true,
        };
      if (values.confirm !== 'yes') {
        return {
          title: ctx.say(`删除规划 ${p.id}？`, `Remove plan ${p.id}?`),
          text: ctx.say(
            `“${clip(p.title, 200)}”及其任务、目标将从本工作区删除；之后可用 /plan restore ${p.id} 恢复。`,
            `“${clip(p.title, 200)}” and its tasks and targets will be removed from this workspace; /plan restore ${p.id} brings it back.`,
          ),
          confirm: {
            yes: {
              label: ctx.say('删除', 'Remove'),
              invocation: { name: 'plan remove', args: { plan: String(p.id), confirm: 'yes' } },
            },
            no: {
              label: ctx.say('取消', 'Cancel'),
              invocation: { name: 'plan remove', args: { plan: String(p.id), confirm: 'no' } },
            },
          },
          ephemeral: true,
        };
      }
      const removed = ctx.services.imports.remove(owner, p.id);
      return {
        title: ctx.say(`已删除规划 ${removed.id}`, `Plan ${removed.id} removed`),
        text: ctx.say(`可用 /plan restore ${removed.id} 恢复。`, `/plan restore ${removed.id} brings it back.`),
      };
    } catch (err) {
      if (err instanceof ImportError) return importProblem(ctx, err);
      throw err;
    }
  },
});

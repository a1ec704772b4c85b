import { command, text } from '../src/dispatch/options.js';
import { ImportError } from '../src/services/importer.js';
import { planNames } from './complete.js';
import { importedReply, importProblem } from './replies/imports.js';

/** /plan restore <plan> — admin: brings back the version a re-import or a removal replaced (a second restore undoes it). */
export const planRestore = command({
  name: 'plan restore',
  description: {
    'zh-CN': '恢复本工作区规划的上一个版本',
    en: "Bring back the previous version of one of this workspace's plans",
  },
  options: {
    plan: text({ 'zh-CN': '规划编号或名称', en: 'plan id or name' }, { required: true, complete: planNames }),
  },
  main: 'plan',
  permission: 'admin',
  examples: ['/plan restore 6'],
  async run(ctx, values) {
    // A removed plan is named by its id.
    const id = ctx.services.plans.find(values.plan)?.id ?? (/^\d+$/.test(values.plan) ? Number(values.plan) : NaN);
    try {
      if (Number.isNaN(id)) throw new ImportError(values.plan, 'no-version');
      return importedReply(ctx, await ctx.services.imports.restore(ctx.caller.workspace, id));
    } catch (err) {
      if (err instanceof ImportError) return importProblem(ctx, err);
      throw err;
    }
  },
});

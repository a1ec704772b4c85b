import { command, text } from '../src/dispatch/options.js';
import { UserError } from '../src/dispatch/errors.js';
import { taskId } from '../src/services/tasks.js';
import { themeDayNames } from './complete.js';
import { clip, cmd, dayName, didYouMean, field, formatRange, planShort, when } from './replies/format.js';

/** /themeday <name> — one theme day: its date (or 待公布 with last year's), related tasks, the admin's note. */
export const themedayShow = command({
  name: 'themeday show',
  description: { 'zh-CN': '查看一个主题日', en: 'One theme day' },
  options: {
    day: text(
      { 'zh-CN': '主题日名称，如 科技活动周', en: 'theme day, e.g. 科技活动周' },
      { required: true, complete: themeDayNames },
    ),
  },
  main: 'day',
  permission: 'everyone',
  examples: ['/themeday 科技活动周'],
  run(ctx, { day: name }) {
    const { workspace } = ctx.caller;
    const day = ctx.services.themes.find(workspace, name);
    if (!day) {
      const hint = didYouMean(ctx.say, ctx.services.suggest(workspace, name));
      throw new UserError('error.unknown-themeday', { day: clip(name, 40) }, hint);
    }
    const today = ctx.today();
    const { current, previous, note } = ctx.services.themes.detail(workspace, day, today);
    const lines = [current ? when(ctx.say, current, today) : ctx.say('今年不举办', 'not held this year')];
    if (current && !current.start && previous?.start)
      lines.push(
        ctx.say(
          `去年（${previous.year}）：${formatRange(previous.start, previous.end, ctx.say)}`,
          `Last year (${previous.year}): ${formatRange(previous.start, previous.end, ctx.say)}`,
        ),
      );
    if (note) lines.push(field(ctx.say, '说明', 'Note', note));
    const tasks = ctx.services.themes.relatedTasks(workspace, day, null, 5);
    const count = ctx.services.themes.taskCount(workspace, day);
    return {
      title: dayName(ctx.say, day),
      text: lines.join('\n'),
      sections: tasks.length
        ? [
            {
              title: ctx.say(`相关任务（${count} 项）`, `Related tasks (${count})`),
              body: tasks.map((t) => `• ${taskId(t)} ${clip(t.title, 40)} · ${planShort(t.planTitle)}`).join('\n'),
            },
          ]
        : undefined,
      footer: ctx.say(
        `管理员可用 ${cmd('themeday note', '名称 说明')} 记录今年的主题或通知链接。`,
        `Admins add this year's theme or notice link with ${cmd('themeday note', '<name> <text>')}.`,
      ),
      related:
        count > tasks.length
          ? [{ label: `/tasks theme:${day.nameZh}`, invocation: { name: 'tasks', args: { theme: day.nameZh } } }]
          : undefined,
      data: { id: day.id, current, previous, note: note ?? null, tasks: tasks.map(taskId), taskCount: count },
    };
  },
});

import { command } from '../src/dispatch/options.js';
import { localized } from '../src/i18n.js';

/** /help — every command with an example. The list is the dispatcher's, so help needs no import of commands/index. */
export const help = command({
  name: 'help',
  description: { 'zh-CN': '命令列表和示例', en: 'Commands and examples' },
  options: {},
  permission: 'everyone',
  examples: ['/help'],
  run(ctx) {
    // One section a command: no platform has to cut the list (a Discord field holds 1024 characters).
    const sections = ctx.commands().map((c) => {
      const admin = c.permission === 'admin' ? ctx.say('（管理员）', ' (admin)') : '';
      const examples = c.examples?.length ? `\n    ${ctx.say('例：', 'e.g. ')}${c.examples.join('   ')}` : '';
      return { body: `/${c.name} — ${localized(c.description, ctx.locale)}${admin}${examples}` };
    });
    const discord = ctx.caller.platform === 'discord';
    return {
      title: ctx.say('kepu-bot 命令', 'kepu-bot commands'),
      text:
        ctx.say(
          '查询规划中的任务、目标、责任单位、截止时间和主题日。选项写作 名称:值，例如 unit:科协。',
          'Ask about plan tasks, targets, units, deadlines and theme days. Options are name:value, e.g. unit:科协.',
        ) +
        // Discord takes only its slash commands (/ask); elsewhere a question typed alone goes to /ask.
        ctx.say(
          `\n也可以${discord ? '用 /ask ' : '直接'}提问，如：区科协负责什么？ 今年有哪些到期？ 防灾减灾日是哪天？`,
          `\nOr ask${discord ? ' with /ask' : ''}, e.g.: what is 区科协 responsible for? what is due this year? when is 科技活动周? tasks about farmers`,
        ),
      sections,
      ephemeral: true,
    };
  },
});

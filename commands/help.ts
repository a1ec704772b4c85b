import type { CommandDef } from '../src/dispatch/types.js';
import { localized } from '../src/i18n.js';
import { say } from '../src/dispatch/reply.js';
import { allCommands } from './index.js';

/** /help — every command with an example. */
export const help: CommandDef = {
  name: 'help',
  description: { 'zh-CN': '命令列表和示例', en: 'Commands and examples' },
  options: {},
  permission: 'everyone',
  examples: ['/help'],
  run(ctx) {
    const lines = allCommands().map((c) => {
      const admin = c.permission === 'admin' ? say(ctx, '（管理员）', ' (admin)') : '';
      return `/${c.name} — ${localized(c.description, ctx.locale)}${admin}${c.examples?.length ? `\n    ${say(ctx, '例', 'e.g.')}：${c.examples.join('   ')}` : ''}`;
    });
    return {
      title: say(ctx, 'kepu-bot 命令', 'kepu-bot commands'),
      text: say(ctx, '查询规划中的任务、目标、责任单位、截止时间和主题日。选项写作 名称:值，例如 unit:科协。', 'Ask about plan tasks, targets, units, deadlines and theme days. Options are name:value, e.g. unit:科协.'),
      sections: [{ body: lines.join('\n') }],
      ephemeral: true,
    };
  },
};

import { command, text } from '../src/dispatch/options.js';
import { UserError } from '../src/dispatch/errors.js';
import { maskWebhook } from '../src/services/webhooks.js';

/** /digest unsubscribe — stop this channel's digest, or a group robot's (admin). */
export const digestUnsubscribe = command({
  name: 'digest unsubscribe',
  description: { 'zh-CN': '本频道退订周报', en: 'Stop the digest in this channel' },
  options: {
    webhook: text(
      {
        'zh-CN': '退订这个群机器人（地址或 /digest settings 中的编号）',
        en: 'stop this group robot (URL or id from /digest settings)',
      },
      { max: 500 },
    ),
  },
  permission: 'admin',
  examples: ['/digest unsubscribe', '/digest unsubscribe webhook:dingtalk-1a2b3c4d5e'],
  run(ctx, values) {
    const { caller } = ctx;
    if (values.webhook) {
      const hook = ctx.services.webhooks.find(caller.workspace, values.webhook);
      if (!hook) throw new UserError('error.unknown-webhook', { url: maskWebhook(values.webhook) });
      ctx.services.subscriptions.unsubscribe({ platform: 'webhook', workspace: caller.workspace, channel: hook.id });
      ctx.services.webhooks.remove(caller.workspace, hook.id);
      return { title: ctx.say('已退订群机器人', 'Group robot unsubscribed'), text: hook.masked, ephemeral: true };
    }
    const removed = ctx.services.subscriptions.unsubscribe(caller);
    return {
      title: removed
        ? ctx.say('已退订', 'Unsubscribed')
        : ctx.say('本频道本来就没有订阅', 'This channel had no digest'),
      ephemeral: true,
    };
  },
});

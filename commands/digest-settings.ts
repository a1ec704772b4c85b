import { cmd } from './replies/format.js';
import { command } from '../src/dispatch/options.js';
import { describeSubscription, describeWebhook } from './replies/subscription.js';

/** /digest settings — this channel's digest settings and the workspace's group robots (admin). */
export const digestSettings = command({
  name: 'digest settings',
  description: { 'zh-CN': '查看本频道的周报设置', en: "This channel's digest settings" },
  options: {},
  permission: 'admin',
  examples: ['/digest settings'],
  run(ctx) {
    const { caller, services } = ctx;
    const sub = services.subscriptions.of(caller);
    const robots = services.webhooks.list(caller.workspace).flatMap((hook) => {
      const s = services.subscriptions.of({ platform: 'webhook', workspace: caller.workspace, channel: hook.id });
      return s ? [{ title: describeWebhook(ctx, hook), body: describeSubscription(ctx, s) }] : [];
    });
    const sections = robots.length ? robots : undefined;
    if (!sub) {
      return {
        title: ctx.say('本频道未订阅周报', 'This channel has no digest'),
        text: ctx.say(`用 ${cmd('digest subscribe')} 订阅。`, `Use ${cmd('digest subscribe')}.`),
        sections,
        ephemeral: true,
      };
    }
    return {
      title: ctx.say('周报设置', 'Digest settings'),
      text: describeSubscription(ctx, sub),
      sections,
      ephemeral: true,
    };
  },
});

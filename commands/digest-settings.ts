import { cmd } from './replies/format.js';
import { command } from '../src/dispatch/options.js';
import { describeSubscription } from './replies/subscription.js';

/** /digest settings — this channel's digest settings (admin). */
export const digestSettings = command({
  name: 'digest settings',
  description: { 'zh-CN': '查看本频道的周报设置', en: "This channel's digest settings" },
  options: {},
  permission: 'admin',
  examples: ['/digest settings'],
  run(ctx) {
    const sub = ctx.services.subscriptions.of(ctx.caller);
    if (!sub) {
      return {
        title: ctx.say('本频道未订阅周报', 'This channel has no digest'),
        text: ctx.say(`用 ${cmd('digest subscribe')} 订阅。`, `Use ${cmd('digest subscribe')}.`),
        ephemeral: true,
      };
    }
    return { title: ctx.say('周报设置', 'Digest settings'), text: describeSubscription(ctx, sub), ephemeral: true };
  },
});

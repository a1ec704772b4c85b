import { command } from '../src/dispatch/options.js';

/** /digest unsubscribe — stop this channel's digest (admin). */
export const digestUnsubscribe = command({
  name: 'digest unsubscribe',
  description: { 'zh-CN': '本频道退订周报', en: 'Stop the digest in this channel' },
  options: {},
  permission: 'admin',
  examples: ['/digest unsubscribe'],
  run(ctx) {
    const removed = ctx.services.subscriptions.unsubscribe(ctx.caller);
    return {
      title: removed
        ? ctx.say('已退订', 'Unsubscribed')
        : ctx.say('本频道本来就没有订阅', 'This channel had no digest'),
      ephemeral: true,
    };
  },
});

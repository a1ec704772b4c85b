import type { CommandDef } from '../src/dispatch/types.js';
import { say } from '../src/dispatch/reply.js';

/** /digest unsubscribe — stop this channel's digest (admin). */
export const digestUnsubscribe: CommandDef = {
  name: 'digest unsubscribe',
  description: { 'zh-CN': '本频道退订周报', en: 'Stop the digest in this channel' },
  options: {},
  permission: 'admin',
  examples: ['/digest unsubscribe'],
  run(ctx) {
    const removed = ctx.services.unsubscribe(ctx.caller);
    return { title: removed ? say(ctx, '已退订', 'Unsubscribed') : say(ctx, '本频道本来就没有订阅', 'This channel had no digest'), ephemeral: true };
  },
};

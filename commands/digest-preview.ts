import type { CommandDef, Ctx, Reply } from '../src/dispatch/types.js';
import { DEFAULT_ZONE } from '../src/clock.js';

/** The digest this channel would receive now (its subscription's settings, or the defaults). */
export function channelDigest(ctx: Ctx): Reply {
  const sub = ctx.services.subscription(ctx.caller);
  return ctx.services.digest({
    workspace: ctx.caller.workspace,
    planIds: sub?.planIds ?? null,
    lookahead: sub?.lookahead ?? 21,
    locale: sub?.locale ?? ctx.locale,
    timezone: sub?.timezone ?? DEFAULT_ZONE,
  });
}

/** /digest preview — anyone can see this channel's next digest, only to themselves. */
export const digestPreview: CommandDef = {
  name: 'digest preview',
  description: { 'zh-CN': '预览本频道的周报', en: "Preview this channel's digest" },
  options: {},
  permission: 'everyone',
  examples: ['/digest preview'],
  run: (ctx) => ({ ...channelDigest(ctx), ephemeral: true }),
};

import { command } from '../src/dispatch/options.js';
import type { Ctx } from '../src/dispatch/types.js';
import type { Reply } from '../src/reply.js';
import { DEFAULT_ZONE } from '../src/clock.js';
import { renderDigest } from './replies/digest.js';

/** The digest this channel would receive now (its subscription's settings, or the defaults). */
export function channelDigest(ctx: Ctx): Reply {
  const sub = ctx.services.subscriptions.of(ctx.caller);
  const scope = {
    workspace: ctx.caller.workspace,
    planIds: sub?.planIds ?? null,
    lookahead: sub?.lookahead ?? 21,
    locale: sub?.locale ?? ctx.locale,
    timezone: sub?.timezone ?? DEFAULT_ZONE,
  };
  return renderDigest(ctx.services.digests.compose(scope, ctx.now()));
}

/** /digest preview — anyone can see this channel's next digest, only to themselves. */
export const digestPreview = command({
  name: 'digest preview',
  description: { 'zh-CN': '预览本频道的周报', en: "Preview this channel's digest" },
  options: {},
  permission: 'everyone',
  examples: ['/digest preview'],
  run: (ctx) => ({ ...channelDigest(ctx), ephemeral: true }),
});

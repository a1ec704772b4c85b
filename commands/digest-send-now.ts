import { command } from '../src/dispatch/options.js';
import { channelDigest } from './digest-preview.js';

/** /digest send-now — post this channel's digest now, for everyone in the channel (admin). */
export const digestSendNow = command({
  name: 'digest send-now',
  description: { 'zh-CN': '立即在本频道发送周报', en: 'Post the digest in this channel now' },
  options: {},
  permission: 'admin',
  examples: ['/digest send-now'],
  run: (ctx) => ({ ...channelDigest(ctx), ephemeral: false }),
});

/**
 * Reply → the message body each group robot takes: a Feishu card (no buttons: a custom bot cannot receive
 * callbacks), DingTalk markdown, WeCom markdown — each cut to the platform's size limit.
 */
import type { Locale } from '../../i18n.js';
import { fieldLine, renderHints, typedHint, withHints, type Reply } from '../../reply.js';
import type { WebhookKind } from '../../store/webhooks.js';
import { renderCard } from '../feishu/render.js';

/** Size limits in UTF-8 bytes: Feishu's request body (20 KB), DingTalk's markdown text, WeCom's markdown content (4 096). */
export const BYTES = { feishu: 20_000, dingtalk: 20_000, wecom: 4_096 } as const;

/** `text` cut to at most `max` UTF-8 bytes, ending in … when cut. */
export function clipBytes(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text;
  let out = '';
  let size = Buffer.byteLength('…');
  for (const ch of text) {
    size += Buffer.byteLength(ch);
    if (size > max) break;
    out += ch;
  }
  return `${out}…`;
}

/** Markdown both robots read: a heading, paragraphs, bold section titles, the footer quoted. */
export function renderMarkdown(neutral: Reply, kind: 'dingtalk' | 'wecom'): string {
  const reply = withHints(neutral, typedHint);
  const lines = [`### ${reply.title}`];
  if (reply.text) lines.push(reply.text);
  for (const s of reply.sections ?? []) {
    if (s.title) lines.push(`**${s.title}**`);
    if (s.body) lines.push(s.body);
    for (const f of s.fields ?? []) lines.push(fieldLine(f));
  }
  if (reply.footer) lines.push(`> ${reply.footer}`);
  // DingTalk's markdown needs a blank line for a line break; WeCom's takes single newlines.
  return clipBytes(lines.join(kind === 'dingtalk' ? '\n\n' : '\n'), BYTES[kind] - 200);
}

/** The JSON body for a group robot (without signature fields). */
export function robotBody(kind: WebhookKind, reply: Reply, locale: Locale): Record<string, unknown> {
  if (kind === 'feishu')
    return {
      msg_type: 'interactive',
      card: renderCard(reply, locale, { buttons: false, maxBytes: BYTES.feishu - 500 }),
    };
  if (kind === 'dingtalk')
    return {
      msgtype: 'markdown',
      markdown: { title: renderHints(reply.title, typedHint), text: renderMarkdown(reply, kind) },
    };
  return { msgtype: 'markdown', markdown: { content: renderMarkdown(reply, kind) } };
}

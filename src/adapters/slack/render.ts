/** Reply → Slack Block Kit, within Slack's limits (50 blocks, 3000 characters a text, 10 fields a section). */
import type { types } from '@slack/bolt';
import type { Reply } from '../../dispatch/types.js';
import { toText } from '../../dispatch/text.js';
import { translate } from '../../i18n.js';
import type { Locale } from '../../dispatch/types.js';

/** A block or element as built here: plain JSON, checked by Slack's types at the end. */
type Block = Record<string, unknown>;

const MAX_BLOCKS = 50;
const MAX_TEXT = 3000;

/** Escapes the three characters Slack's mrkdwn reserves. */
export function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text: clip(text, MAX_TEXT) });

export function renderBlocks(reply: Reply, locale: Locale): { text: string; blocks: types.KnownBlock[] } {
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: clip(reply.title, 150), emoji: true } }];
  if (reply.text) blocks.push({ type: 'section', text: mrkdwn(escape(reply.text)) });
  for (const s of reply.sections ?? []) {
    const body = [s.title ? `*${escape(s.title)}*` : '', s.body ? escape(s.body) : ''].filter(Boolean).join('\n');
    const section: Block = { type: 'section', text: mrkdwn(body || ' ') };
    if (s.fields?.length) section.fields = s.fields.slice(0, 10).map((f) => mrkdwn(`*${escape(f.name)}*\n${escape(f.value)}`));
    blocks.push(section);
  }
  const buttons: Block[] = [];
  if (reply.paging?.prev) buttons.push(button('kepu_page_prev', `◀ ${translate(locale, 'nav.prev').replace(/[：:]$/, '')}`, toText(reply.paging.prev)));
  if (reply.paging?.next) buttons.push(button('kepu_page_next', `${translate(locale, 'nav.next').replace(/[：:]$/, '')} ▶`, toText(reply.paging.next)));
  (reply.related ?? []).slice(0, 5).forEach((r, i) => buttons.push(button(`kepu_related_${i}`, r.label, toText(r.invocation))));
  const tail: Block[] = [];
  if (reply.footer) tail.push({ type: 'context', elements: [mrkdwn(escape(reply.footer))] });
  if (buttons.length) tail.push({ type: 'actions', elements: buttons });
  if (blocks.length + tail.length > MAX_BLOCKS) {
    blocks.length = MAX_BLOCKS - tail.length - 1;
    blocks.push({ type: 'context', elements: [mrkdwn('…')] });
  }
  const all = [...blocks, ...tail] as unknown as types.KnownBlock[];
  return { text: clip(`${reply.title}${reply.text ? `\n${reply.text}` : ''}`, MAX_TEXT), blocks: all };
}

function button(actionId: string, label: string, value: string): Block {
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text: clip(label, 75), emoji: true }, value: clip(value, 2000) };
}

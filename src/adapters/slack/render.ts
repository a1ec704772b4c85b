/**
 * Reply → Slack Block Kit, within Slack's limits: 50 blocks a message, 3000 characters a section
 * text, 2000 a section field and 10 fields a section, 150 a header, 75 a button label, 2000 a button value.
 */
import type { types } from '@slack/bolt';
import type { Locale } from '../../i18n.js';
import { withHints, type Reply } from '../../reply.js';
import { toText } from '../../dispatch/text.js';
import { clip, pageLabels } from '../shared.js';

/** A block or element as built here: plain JSON, checked by Slack's types at the end. */
type Block = Record<string, unknown>;

export const LIMITS = { blocks: 50, text: 3000, field: 2000, fields: 10, header: 150, label: 75, value: 2000 } as const;

/** Escapes the three characters Slack's mrkdwn reserves. */
export function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const mrkdwn = (text: string, max: number = LIMITS.text) => ({ type: 'mrkdwn', text: clip(text, max) });

/** The blocks of a reply, and the plain `text` Slack shows in notifications and where blocks cannot be shown. */
/** A command hint as Slack users type it: every command follows the one slash command, /kepu. */
export const slackHint = (name: string, args: string): string => `/kepu ${name}${args ? ` ${args}` : ''}`;

export function renderBlocks(neutral: Reply, locale: Locale): { text: string; blocks: types.KnownBlock[] } {
  const reply = withHints(neutral, slackHint);
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(reply.title || '—', LIMITS.header), emoji: true } },
  ];
  if (reply.text) blocks.push({ type: 'section', text: mrkdwn(escape(reply.text)) });
  for (const s of reply.sections ?? []) {
    const body = [s.title ? `*${escape(s.title)}*` : '', s.body ? escape(s.body) : ''].filter(Boolean).join('\n');
    const fields = (s.fields ?? []).map((f) => mrkdwn(`*${escape(f.name)}*\n${escape(f.value)}`, LIMITS.field));
    // Short sections without fields share a block while the text fits, so long lists stay within 50 blocks.
    const last = blocks.at(-1) as
      { type: string; text?: { text: string }; fields?: unknown; packed?: boolean } | undefined;
    if (!fields.length && body && last?.packed && last.text!.text.length + body.length + 2 <= LIMITS.text) {
      last.text!.text += `\n\n${body}`;
      continue;
    }
    if (!fields.length && body && body.length <= LIMITS.text) {
      blocks.push({ type: 'section', text: mrkdwn(body), packed: true });
      continue;
    }
    // The first section carries the title and body with up to 10 fields; further fields continue in more sections.
    if (body)
      blocks.push({
        type: 'section',
        text: mrkdwn(body),
        ...(fields.length ? { fields: fields.slice(0, LIMITS.fields) } : {}),
      });
    for (let i = body ? LIMITS.fields : 0; i < fields.length; i += LIMITS.fields)
      blocks.push({ type: 'section', fields: fields.slice(i, i + LIMITS.fields) });
  }
  const buttons: Block[] = [];
  const labels = pageLabels(locale);
  if (reply.confirm) {
    buttons.push({
      ...button('kepu_confirm_yes', reply.confirm.yes.label, toText(reply.confirm.yes.invocation)),
      style: 'primary',
    });
    buttons.push({
      ...button('kepu_confirm_no', reply.confirm.no.label, toText(reply.confirm.no.invocation)),
      style: 'danger',
    });
  }
  if (reply.paging?.prev) buttons.push(button('kepu_page_prev', labels.prev, toText(reply.paging.prev)));
  if (reply.paging?.next) buttons.push(button('kepu_page_next', labels.next, toText(reply.paging.next)));
  (reply.related ?? [])
    .slice(0, 5)
    .forEach((r, i) => buttons.push(button(`kepu_related_${i}`, r.label, toText(r.invocation))));
  const tail: Block[] = [];
  if (reply.footer) tail.push({ type: 'context', elements: [mrkdwn(escape(reply.footer))] });
  // A button whose command does not fit in a value would run a clipped command: leave it out.
  const runnable = buttons.filter((b) => (b.value as string).length <= LIMITS.value);
  if (runnable.length) tail.push({ type: 'actions', elements: runnable });
  if (blocks.length + tail.length > LIMITS.blocks) {
    blocks.length = LIMITS.blocks - tail.length - 1;
    blocks.push({ type: 'context', elements: [mrkdwn('…')] });
  }
  for (const b of blocks) delete b.packed;
  const all = [...blocks, ...tail] as unknown as types.KnownBlock[];
  return { text: clip(escape(`${reply.title}${reply.text ? `\n${reply.text}` : ''}`), LIMITS.text), blocks: all };
}

function button(actionId: string, label: string, value: string): Block {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: clip(label, LIMITS.label), emoji: true },
    value,
  };
}

/**
 * Reply → Feishu message card (card JSON 1.0): a coloured header, the lead text, a block per section with
 * its fields side by side, the footer as a note, and confirm/page/related buttons whose value is the command
 * to run.
 * Within Feishu's limits: a card of at most 30 KB (kept under CARD_BYTES), 4 000 characters a text element.
 * `update_multi: false` makes the card a per-user card: a button's answer replaces it for the clicker only.
 */
import type { Locale } from '../../i18n.js';
import { typedHint, withHints, type Reply } from '../../reply.js';
import { toText } from '../../dispatch/text.js';
import { clip, pageLabels } from '../shared.js';

export type Card = Record<string, unknown> & { elements: Record<string, unknown>[] };

export const LIMITS = { text: 4000, title: 100, label: 40, buttons: 5, cardBytes: 25_000 } as const;

/** Escapes what lark_md would read as markup or a mention. */
export function escapeMd(text: string): string {
  return text
    .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)
    .replace(/([*_~`[\]])/g, '\\$1');
}

const md = (text: string) => ({ tag: 'lark_md', content: clip(text, LIMITS.text) });

/** The card of a reply; `buttons: false` for senders that cannot receive callbacks (group robots). */
export function renderCard(neutral: Reply, locale: Locale, o: { buttons?: boolean; maxBytes?: number } = {}): Card {
  const reply = withHints(neutral, typedHint);
  const elements: Record<string, unknown>[] = [];
  if (reply.text) elements.push({ tag: 'div', text: md(escapeMd(reply.text)) });
  for (const s of reply.sections ?? []) {
    const body = [s.title ? `**${escapeMd(s.title)}**` : '', s.body ? escapeMd(s.body) : ''].filter(Boolean).join('\n');
    const fields = (s.fields ?? []).map((f) => ({
      is_short: f.inline ?? true,
      text: md(`**${escapeMd(f.name)}**\n${escapeMd(f.value)}`),
    }));
    if (body || fields.length)
      elements.push({ tag: 'div', ...(body ? { text: md(body) } : {}), ...(fields.length ? { fields } : {}) });
  }
  const tail: Record<string, unknown>[] = [];
  if (reply.footer)
    tail.push({ tag: 'note', elements: [{ tag: 'plain_text', content: clip(reply.footer, LIMITS.text) }] });
  if (o.buttons !== false) {
    const labels = pageLabels(locale);
    const actions: Record<string, unknown>[] = [];
    if (reply.confirm) {
      actions.push(button(reply.confirm.yes.label, toText(reply.confirm.yes.invocation), 'primary'));
      actions.push(button(reply.confirm.no.label, toText(reply.confirm.no.invocation), 'danger'));
    }
    if (reply.paging?.prev) actions.push(button(labels.prev, toText(reply.paging.prev)));
    if (reply.paging?.next) actions.push(button(labels.next, toText(reply.paging.next), 'primary'));
    for (const r of reply.related ?? []) actions.push(button(r.label, toText(r.invocation)));
    if (actions.length) tail.push({ tag: 'action', actions: actions.slice(0, LIMITS.buttons) });
  }
  const card: Card = {
    config: { wide_screen_mode: true, update_multi: false },
    header: {
      title: { tag: 'plain_text', content: clip(reply.title || '—', LIMITS.title) },
      template: reply.error ? 'red' : 'blue',
    },
    elements: [...elements, ...tail],
  };
  // Too big a card is refused as a whole: drop sections from the end, say so, keep the footer and buttons.
  while (Buffer.byteLength(JSON.stringify(card)) > (o.maxBytes ?? LIMITS.cardBytes) && elements.length > 1) {
    elements.pop();
    card.elements = [...elements, { tag: 'div', text: md('…') }, ...tail];
  }
  return card;
}

function button(label: string, command: string, type = 'default'): Record<string, unknown> {
  return { tag: 'button', text: { tag: 'plain_text', content: clip(label, LIMITS.label) }, type, value: { command } };
}

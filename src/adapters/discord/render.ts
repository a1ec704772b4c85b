/** Reply → Discord message: embeds (within Discord's limits), page and related buttons, ephemeral flag. */
import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIEmbed,
  type APIActionRowComponent,
  type APIButtonComponent,
} from 'discord.js';
import type { Locale } from '../../i18n.js';
import { typedHint, withHints, type Reply } from '../../reply.js';
import { toText } from '../../dispatch/text.js';
import { clip, pageLabels } from '../shared.js';

const LIMIT = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  total: 6000,
  customId: 100,
  embeds: 10,
};

export interface DiscordMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  flags?: number;
}

/**
 * Sections become embed fields; a long reply spills into further embeds up to Discord's 6000-character total.
 * Command hints become clickable command mentions (</tasks:id>) for the commands whose ids are known.
 */
export function renderMessage(neutral: Reply, locale: Locale, ids?: ReadonlyMap<string, string>): DiscordMessage {
  const reply = withHints(neutral, (name, args) => {
    const id = ids?.get(name.split(' ')[0]!);
    return id ? `</${name}:${id}>${args ? ` ${args}` : ''}` : typedHint(name, args);
  });
  const embed: APIEmbed = { title: clip(reply.title, LIMIT.title), color: reply.error ? 0xd9534f : 0x1d4e89 };
  if (reply.text) embed.description = clip(reply.text, LIMIT.description);
  const fields: NonNullable<APIEmbed['fields']> = [];
  for (const [i, s] of (reply.sections ?? []).entries()) {
    const body = s.body ?? '';
    const description = embed.description ? `${embed.description}\n\n` : '';
    const head = s.title ? `**${s.title}**\n` : '';
    if (
      i === 0 &&
      body.length > LIMIT.fieldValue &&
      description.length + head.length + body.length <= LIMIT.description
    ) {
      // A long body (a task's full text) goes where Discord allows 4096 characters: the description.
      embed.description = `${description}${head}${body}`;
    } else if (s.title || body) {
      // Otherwise a field of at most 1024 characters each, cut at line ends, continued in further fields.
      splitLines(body || '\u200b', LIMIT.fieldValue).forEach((value, part) =>
        fields.push({ name: part === 0 ? clip(s.title ?? '\u200b', LIMIT.fieldName) : '\u200b', value }),
      );
    }
    for (const f of s.fields ?? [])
      fields.push({
        name: clip(f.name, LIMIT.fieldName),
        value: clip(f.value || '—', LIMIT.fieldValue),
        inline: f.inline ?? true,
      });
  }
  const embeds: APIEmbed[] = [embed];
  let size = embed.title!.length + (embed.description?.length ?? 0) + (reply.footer?.length ?? 0);
  let current = embed;
  let shown = 0;
  for (const field of fields) {
    const cost = field.name.length + field.value.length;
    if (size + cost > LIMIT.total - 32) break; // room for the note below
    if ((current.fields?.length ?? 0) >= LIMIT.fields) {
      if (embeds.length >= LIMIT.embeds) break;
      current = { color: embed.color };
      embeds.push(current);
    }
    (current.fields ??= []).push(field);
    size += cost;
    shown++;
  }
  // What did not fit is said, never dropped silently (commands page their lists so this stays rare).
  const left = fields.length - shown;
  const more = left ? (locale === 'en' ? `… ${left} more not shown` : `…还有 ${left} 项未显示`) : '';
  const footer = [more, reply.footer ?? ''].filter(Boolean).join(' · ');
  if (footer) embeds.at(-1)!.footer = { text: clip(footer, 2048) };

  const buttons: APIButtonComponent[] = [];
  const add = (label: string, id: string, style: ButtonStyle) => {
    if (id.length <= LIMIT.customId)
      buttons.push({ type: ComponentType.Button, style, label: clip(label, 80), custom_id: id } as APIButtonComponent);
  };
  const labels = pageLabels(locale);
  if (reply.confirm) {
    add(reply.confirm.yes.label, toText(reply.confirm.yes.invocation), ButtonStyle.Success);
    add(reply.confirm.no.label, toText(reply.confirm.no.invocation), ButtonStyle.Danger);
  }
  if (reply.paging?.prev) add(labels.prev, toText(reply.paging.prev), ButtonStyle.Primary);
  if (reply.paging?.next) add(labels.next, toText(reply.paging.next), ButtonStyle.Primary);
  for (const r of reply.related ?? [])
    if (buttons.length < 5) add(r.label, toText(r.invocation), ButtonStyle.Secondary);
  const components = buttons.length
    ? [{ type: ComponentType.ActionRow, components: buttons } as APIActionRowComponent<APIButtonComponent>]
    : [];
  return { embeds, components, ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}

/** Text in pieces of at most `max` characters, cut at line ends where a line fits; a longer line is split, not cut. */
export function splitLines(text: string, max: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const next = current ? `${current}\n${line}` : line;
    if (next.length <= max) current = next;
    else {
      if (current) parts.push(current);
      let rest = line;
      for (; rest.length > max; rest = rest.slice(max)) parts.push(rest.slice(0, max));
      current = rest;
    }
  }
  if (current || parts.length === 0) parts.push(current || '\u200b');
  return parts;
}

/**
 * Command definitions → Discord application commands. Two-word names (digest subscribe) become
 * subcommands of one command. Descriptions carry zh-CN and en localizations; groups whose every
 * subcommand is for admins default to Manage Server (the handler re-checks on the server side).
 */
import {
  ApplicationCommandOptionType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandDef, OptionSpec } from '../../dispatch/types.js';
import type { Localized } from '../../i18n.js';
import { clip, NAMES_ZH } from '../shared.js';

type Json = RESTPostAPIChatInputApplicationCommandsJSONBody;
type OptionJson = NonNullable<Json['options']>[number];

/** Discord's limit on names and descriptions. */
const MAX = 100;

function describe(text: Localized) {
  const en = clip(text.en, MAX);
  return {
    description: en,
    description_localizations: { 'zh-CN': clip(text['zh-CN'], MAX), 'en-US': en, 'en-GB': en },
  };
}

const KIND = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
  attachment: ApplicationCommandOptionType.Attachment,
} as const;

/** The subcommand a group's bare command becomes (`/plan 南京` is `/plan show plan:南京` on Discord). */
export const BARE_SUB = 'show';

function option(name: string, spec: OptionSpec): OptionJson {
  return {
    type: KIND[spec.kind],
    name,
    ...describe(spec.description),
    required: spec.required,
    ...(spec.choices
      ? {
          choices: spec.choices.slice(0, 25).map((c) => ({
            name: clip(c.label.en, MAX),
            name_localizations: { 'zh-CN': clip(c.label['zh-CN'], MAX) },
            value: c.value,
          })),
        }
      : spec.complete
        ? { autocomplete: true }
        : {}),
  } as OptionJson;
}

function options(def: CommandDef): OptionJson[] {
  // Discord lists required options first.
  return Object.entries(def.options)
    .sort(([, a], [, b]) => Number(b.required) - Number(a.required))
    .map(([name, spec]) => option(name, spec));
}

const ADMIN = PermissionFlagsBits.ManageGuild.toString();

export function discordCommands(defs: CommandDef[]): Json[] {
  const groups = new Map<string, CommandDef[]>();
  for (const def of defs) {
    const [head] = def.name.split(' ');
    groups.set(head!, [...(groups.get(head!) ?? []), def]);
  }
  return [...groups].map(([name, members]) => {
    const single = members.length === 1 && !members[0]!.name.includes(' ');
    const base = {
      name,
      name_localizations: NAMES_ZH[name] ? { 'zh-CN': NAMES_ZH[name] } : undefined,
      contexts: [0],
      default_member_permissions: members.every((m) => m.permission === 'admin') ? ADMIN : null,
    };
    if (single) return { ...base, ...describe(members[0]!.description), options: options(members[0]!) } as Json;
    const sub = (m: CommandDef) => m.name.split(' ')[1] ?? BARE_SUB;
    return {
      ...base,
      ...describe({
        'zh-CN': members.map(sub).join(' / '),
        en: members.map(sub).join(' / '),
      }),
      options: members.map((m) => ({
        type: ApplicationCommandOptionType.Subcommand,
        name: sub(m),
        ...describe(m.description),
        options: options(m),
      })),
    } as Json;
  });
}

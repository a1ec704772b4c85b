/**
 * The platform-neutral contract between commands/ and the adapters.
 * Commands return a Reply; adapters render it (Discord embeds, Slack Block Kit, console text).
 */
import type { z } from 'zod';
import type { Services } from '../services/index.js';

export type Locale = 'zh-CN' | 'en';

/** Text in both languages; zh-CN first. */
export interface Localized {
  'zh-CN': string;
  en: string;
}

/** A name/value pair shown side by side (Discord embed field, Slack section field). */
export interface Field {
  name: string;
  value: string;
  inline?: boolean;
}

/** A block of the reply: a heading, a body and optional fields. */
export interface Section {
  title?: string;
  body?: string;
  fields?: Field[];
}

/** A command invocation: what a page button or a related link runs. */
export interface Invocation {
  name: string;
  args: Record<string, string | number | boolean>;
}

export interface Paging {
  page: number;
  pages: number;
  /** Invocations for the neighbouring pages; absent at the ends. */
  prev?: Invocation;
  next?: Invocation;
}

export interface Related {
  label: string;
  invocation: Invocation;
}

/** The neutral reply every command handler returns. */
export interface Reply {
  title: string;
  /** Lead text under the title. */
  text?: string;
  sections?: Section[];
  /** Small print at the bottom (counts, hints). */
  footer?: string;
  paging?: Paging;
  related?: Related[];
  /** Only the caller sees it (refusals, errors, settings). */
  ephemeral?: boolean;
  /** The reply reports a problem with the request. */
  error?: boolean;
}

/** Who is asking, where. Scope is the workspace (Slack team / Discord guild / console). */
export interface Caller {
  platform: 'console' | 'discord' | 'slack';
  /** Discord guild id, Slack team id, or 'console'. */
  workspace: string;
  channel: string;
  user: string;
  locale: Locale;
  /** The platform says this caller may administer the bot in this workspace. */
  isAdmin: boolean;
}

export interface Ctx {
  caller: Caller;
  locale: Locale;
  services: Services;
  /** Translate a message key of src/i18n.ts. */
  t: (key: string, vars?: Record<string, string | number>) => string;
}

export type OptionKind = 'string' | 'integer' | 'boolean';

/** Where autocomplete suggestions for an option come from. */
export type AutocompleteSource = 'plan' | 'unit' | 'themeday' | 'task';

export interface OptionSpec {
  kind: OptionKind;
  description: Localized;
  required: boolean;
  /** Fixed choices (value plus localized label). */
  choices?: { value: string | number; label: Localized }[];
  autocomplete?: AutocompleteSource;
  /** Validates and converts the raw value (strings from text syntax are coerced). */
  schema: z.ZodType;
}

export type Permission = 'everyone' | 'admin';

export interface CommandDef {
  /** 'tasks', or two words for a subcommand: 'digest subscribe'. */
  name: string;
  description: Localized;
  options: Record<string, OptionSpec>;
  /** The option that receives free text typed after the command name. */
  main?: string;
  permission: Permission;
  /** Example invocations in text syntax, shown by help. */
  examples?: string[];
  run: (ctx: Ctx, opts: Record<string, unknown>) => Reply | Promise<Reply>;
}

/** Sends a reply to a channel outside of a command (digests, admin reports). */
export interface Poster {
  platform: Caller['platform'];
  post(target: { workspace: string; channel: string }, reply: Reply): Promise<void>;
  /** Tells one user directly (a direct message), e.g. the admin of a failing subscription. */
  notify?(target: { workspace: string; user: string }, reply: Reply): Promise<void>;
}

/**
 * The platform-neutral contract between commands/ and the adapters.
 * Commands return a Reply; adapters render it (Discord embeds, Slack Block Kit, console text).
 */
import type { z } from 'zod';
import type { Services } from '../services/index.js';
import type { Locale, Localized } from '../i18n.js';
import type { Platform, Reply } from '../reply.js';

export type { Locale, Localized } from '../i18n.js';
export type { Field, Invocation, Paging, Platform, Poster, Related, Reply, Section } from '../reply.js';

/** Who is asking, where. Scope is the workspace (Slack team / Discord guild / console). */
export interface Caller {
  platform: Platform;
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

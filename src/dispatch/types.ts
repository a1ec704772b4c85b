/**
 * The contract between commands/ and the adapters: a command is a typed definition whose handler
 * receives option values inferred from its option specs and returns a platform-neutral Reply.
 */
import type { z } from 'zod';
import type { Services } from '../services/index.js';
import type { Locale, Localized } from '../i18n.js';
import type { Platform, Reply } from '../reply.js';

/** Who is asking, where. Scope is the workspace (Slack team / Discord guild / Feishu tenant / console). */
export interface Caller {
  platform: Platform;
  /** Discord guild id, Slack team id, Feishu tenant key, or 'console'. */
  workspace: string;
  channel: string;
  user: string;
  locale: Locale;
  /** The platform says this caller may administer the bot in this workspace. */
  isAdmin: boolean;
  /** Why isAdmin is false when the platform could not be asked (shown with a refusal). */
  adminUnknown?: boolean;
  /** A file the caller sent with the command (Discord attachment, file shared on Slack). */
  file?: IncomingFile;
}

/** A file sent on a platform; the adapter knows how to download it. */
export interface IncomingFile {
  name: string;
  /** Size in bytes, as the platform states it. */
  size: number | null;
  /** Downloads the file; fails with FileTooLarge past `max` bytes. */
  read(max: number): Promise<Uint8Array>;
}

/** A download stopped because the file is larger than allowed. */
export class FileTooLarge extends Error {
  constructor() {
    super('file too large');
  }
}

/** What a handler is given besides its option values. */
export interface Ctx {
  caller: Caller;
  locale: Locale;
  services: Services;
  /** The current instant and today's date (YYYY-MM-DD) in the bot's time zone, from the one clock. */
  now(): Date;
  today(): string;
  /** Picks the caller's language: ctx.say('中文', 'English'). */
  say(zh: string, en: string): string;
  /** The command set the caller can run (help lists it). */
  commands(): readonly CommandDef[];
  /**
   * Runs another command typed as text, as this caller, in `locale` if given (/ask answers with the command a
   * question reads as, in the question's language).
   */
  run(line: string, locale?: Locale): Promise<Reply>;
}

/** A suggestion while the user types an option (Discord autocomplete). */
export interface Suggestion {
  label: string;
  value: string;
}

/** Suggestions for a partial option value, in the caller's workspace; adapters apply platform limits. */
export type Completer = (ctx: Ctx, partial: string) => Suggestion[];

/** 'attachment': a file sent with the command (Discord); its value is the platform's id for it. */
export type OptionKind = 'string' | 'integer' | 'boolean' | 'attachment';

/** One option: how platforms show it, and the zod schema that validates and converts its value to T. */
export interface OptionSpec<T = unknown, R extends boolean = boolean> {
  kind: OptionKind;
  description: Localized;
  required: R;
  /** Fixed choices (value plus localized label). */
  choices?: { value: string | number; label: Localized }[];
  /** Suggestions while typing; sits next to the option it completes. */
  complete?: Completer;
  schema: z.ZodType<T>;
}

export type Options = Record<string, OptionSpec>;

/** The values a handler receives: required options typed T, the others T | undefined. */
export type Values<O extends Options> = {
  [K in keyof O]: O[K] extends OptionSpec<infer T, true> ? T : O[K] extends OptionSpec<infer T> ? T | undefined : never;
};

export type Permission = 'everyone' | 'admin';

export interface CommandDef<O extends Options = Options> {
  /** 'tasks', or two words for a subcommand: 'digest subscribe'. */
  name: string;
  description: Localized;
  options: O;
  /** The option that receives free text typed after the command name. */
  main?: string;
  permission: Permission;
  /** Example invocations in text syntax, shown by help and with a missing option. */
  examples?: string[];
  run(ctx: Ctx, values: Values<O>): Reply | Promise<Reply>;
}

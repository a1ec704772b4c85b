/**
 * The platform-neutral reply model: what commands and digests produce and what every adapter renders
 * (Discord embeds, Slack Block Kit, Feishu cards, console text), and the contract for posting one.
 * A leaf module: it imports nothing of the project but the language types.
 */
import type { Locale } from './i18n.js';

/** Where the bot runs: the chat platforms, the console, and group-robot webhooks (send only). */
export type Platform = 'console' | 'discord' | 'slack' | 'feishu' | 'webhook';

/** A name/value pair shown side by side (Discord embed field, Slack section field). */
export interface Field {
  name: string;
  value: string;
  inline?: boolean;
}

/** A field as one line of text: 责任单位：…, or Units: … when its name is English. */
export function fieldLine(f: Field): string {
  return `${f.name}${/[\u4e00-\u9fa5]$/.test(f.name) ? '：' : ': '}${f.value}`;
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
  /**
   * A question to confirm (an import, a removal): buttons on chat platforms (yes first), y/n in the
   * console. Either answer runs its invocation.
   */
  confirm?: { yes: Related; no: Related };
  /** Only the caller sees it (refusals, errors, settings). */
  ephemeral?: boolean;
  /** The reply reports a problem with the request. */
  error?: boolean;
  /** The language the reply is written in (renderers word their buttons in it). */
  locale?: Locale;
  /** The structured rows behind the answer (ids, units, values, dates) for programs; not rendered. */
  data?: unknown;
  /** A file sent with the reply (an attachment on Discord, an upload on Slack, saved to disk in the console). */
  file?: ReplyFile;
}

export interface ReplyFile {
  name: string;
  contentType: string;
  /** The file's text (UTF-8). */
  data: string;
}

/** A channel of a workspace (Discord guild, Slack team, Feishu tenant, …). */
export interface PostTarget {
  workspace: string;
  channel: string;
}

/** Sends a reply to a channel outside of a command (digests, admin reports). */
export interface Poster {
  readonly platform: Platform;
  /**
   * Posts `reply`. With a `key` (e.g. subscription and week) the post is idempotent where the platform
   * allows it: posting again with the same key does not create a second message.
   */
  post(target: PostTarget, reply: Reply, options?: { key?: string }): Promise<void>;
  /** Whether posting again with the same key never makes a second message (e.g. Discord's enforced nonce). */
  readonly idempotent?: boolean;
  /** Whether a post made with `key` is among the channel's recent messages (platforms that can tell). */
  delivered?(target: PostTarget, key: string): Promise<boolean>;
  /** Tells one user directly (a direct message), e.g. the admin of a failing subscription. */
  notify?(target: { workspace: string; user: string }, reply: Reply): Promise<void>;
}

/** Failure of a post to a channel, as adapters report it to the digest scheduler. */
export class DeliveryError extends Error {
  /**
   * @param code platform error code (e.g. 'not_in_channel', 'Missing Access', 'channel_not_found')
   * @param permanent retrying will not help until an admin acts (channel gone, permission lost)
   */
  constructor(
    readonly code: string,
    readonly permanent: boolean,
    message?: string,
  ) {
    super(message ?? code);
  }
}

/**
 * A command named inside reply text (a hint such as "用 /digest settings 查看"): kept structured in the
 * text so each renderer shows it its own way — /tasks in the console, /kepu tasks on Slack, a clickable
 * </tasks:id> mention on Discord.
 */
export function commandHint(name: string, args = ''): string {
  return `\uE000${name}\uE001${args}\uE002`;
}

const HINT = /\uE000([^\uE001]*)\uE001([^\uE002]*)\uE002/g;

/** Text with each command hint shown by `show(name, args)`. */
export function renderHints(text: string, show: (name: string, args: string) => string): string {
  return text.replace(HINT, (_, name: string, args: string) => show(name, args));
}

/** The reply with every command hint in its texts shown by `show`. */
export function withHints(reply: Reply, show: (name: string, args: string) => string): Reply {
  const r = (s: string | undefined) => (s === undefined ? s : renderHints(s, show));
  return {
    ...reply,
    title: r(reply.title)!,
    text: r(reply.text),
    footer: r(reply.footer),
    sections: reply.sections?.map((s) => ({
      ...s,
      title: r(s.title),
      body: r(s.body),
      fields: s.fields?.map((f) => ({ ...f, name: r(f.name)!, value: r(f.value)! })),
    })),
  };
}

/** A command hint as typed in the console: /tasks theme:科技活动周 */
export const typedHint = (name: string, args: string): string => `/${name}${args ? ` ${args}` : ''}`;

/**
 * Runs commands for every adapter: finds the definition, validates options with zod, checks permission,
 * calls the handler and turns any failure into a reply in the caller's language.
 */
import { z } from 'zod';
import type { Services } from '../services/index.js';
import { translate, localized, type Locale } from '../i18n.js';
import { log } from '../log.js';
import type { Invocation, Paging, Reply } from '../reply.js';
import { problem, UserError } from './errors.js';
import { parseText, toText } from './text.js';
import { question } from './questions.js';
import { isoDate } from './options.js';
import type { Caller, CommandDef, Ctx, OptionSpec, Suggestion, Values, Options } from './types.js';

/** How much of what the user typed is quoted back in an error. */
const ECHO = 40;
/** 下一页 / 上一页 turn the caller's last paged answer for this long, kept for at most this many callers. */
const TURN_MS = 30 * 60_000;
const TURN_MAX = 1000;
const TURN = /^[/／]?\s*(?:(下一页|next)|(上一页|prev))$/i;
/** A command word followed by an English link word: tasks about farmers, tasks for 区科协. */
const ENGLISH_SENTENCE = /^[/／]?[a-z]+ (?:about|on|for|of|related to|concerning|regarding|involving|mentioning) /i;

/** Options whose values are secrets (group-robot URLs and keys): never logged nor quoted back. */
const SECRET = new Set(['webhook', 'secret']);

export class Dispatcher {
  readonly commands: ReadonlyMap<string, CommandDef>;
  /** The paging of each caller's last paged answer (platform, workspace, channel, user), oldest first. */
  private readonly pages = new Map<string, { paging: Paging; until: number }>();

  constructor(
    commands: CommandDef[],
    readonly services: Services,
    /** Failures thrown to the caller instead of answered as an internal error (a one-shot command's database faults). */
    private readonly opts: { rethrow?: (err: unknown) => boolean } = {},
  ) {
    this.commands = new Map(commands.map((c) => [c.name, c]));
  }

  list(): CommandDef[] {
    return [...this.commands.values()];
  }

  ctx(caller: Caller): Ctx {
    const { clock } = this.services;
    return {
      caller,
      locale: caller.locale,
      services: this.services.for(caller.workspace),
      now: () => clock.now(),
      today: () => this.services.today(),
      say: (zh, en) => (caller.locale === 'en' ? en : zh),
      commands: () => this.list(),
      run: (line, locale) => this.runText(line, locale ? { ...caller, locale } : caller),
    };
  }

  /** Runs a command typed as text: `/tasks 农民 page:2`. */
  async runText(line: string, caller: Caller): Promise<Reply> {
    const L = caller.locale;
    const turn = TURN.exec(line.trim());
    if (turn) return this.turnPage(turn[1] ? 'next' : 'prev', caller);
    const parsed = parseText(line, this.commands);
    const asked = () => this.commands.has('ask') && question(line, Number(this.services.today().slice(0, 4)));
    if (parsed.ok) {
      // A command word opening an English sentence (tasks about farmers, tasks for 区科协) is a question's
      const sentence = ENGLISH_SENTENCE.test(line.trim()) && asked();
      return this.run(sentence ? { name: 'ask', args: { question: line } } : parsed.invocation, caller);
    }
    const word = clipEcho(parsed.word);
    if (parsed.problem === 'empty') return problem(L, 'error.empty', {}, translate(L, 'hint.help'));
    if (parsed.problem === 'unknown-command') {
      const group = parsed.def?.name.split(' ')[0];
      const subs = group ? this.list().filter((c) => c.name.startsWith(`${group} `)) : [];
      if (subs.length) return problem(L, 'error.unknown-sub', { word, valid: subs.map((c) => c.name).join(', ') });
      // A question typed without a command (区科协负责什么？) is /ask's
      if (asked()) return this.run({ name: 'ask', args: { question: line } }, caller);
      return problem(L, 'error.unknown-command', { word }, translate(L, 'hint.help'));
    }
    return problem(L, 'error.unknown-option', { word, command: parsed.def!.name, valid: optionList(parsed.def!) });
  }

  /** Runs a command with options already split by the platform (Discord options, buttons). */
  async run(inv: Invocation, caller: Caller): Promise<Reply> {
    const def = this.commands.get(inv.name);
    const L = caller.locale;
    if (!def) return problem(L, 'error.unknown-command', { word: clipEcho(inv.name) }, translate(L, 'hint.help'));
    if (def.permission === 'admin' && !caller.isAdmin) {
      return problem(L, caller.adminUnknown ? 'error.admin-unknown' : 'error.admin-only', { command: def.name });
    }
    const parsed = validate(def, inv.args, L, () => this.services.today());
    if ('error' in parsed) return parsed.error;
    try {
      const reply: Reply = { locale: L, ...(await def.run(this.ctx(caller), parsed.values)) };
      if (reply.paging) this.remember(caller, reply.paging);
      return reply;
    } catch (err) {
      if (err instanceof UserError) return problem(L, err.key, err.vars, err.hint);
      if (this.opts.rethrow?.(err)) throw err;
      log.error({ err, command: clipEcho(toText(withoutSecrets(inv)), 200) }, 'command failed');
      return problem(L, 'error.internal');
    }
  }

  /** 下一页 / 上一页: the neighbouring page of the caller's last paged answer in this channel. */
  private async turnPage(way: 'next' | 'prev', caller: Caller): Promise<Reply> {
    const key = turnKey(caller);
    const last = this.pages.get(key);
    if (!last || last.until <= this.services.clock.now().getTime()) {
      this.pages.delete(key);
      return problem(caller.locale, 'error.no-page');
    }
    const inv = last.paging[way];
    if (!inv)
      return problem(caller.locale, way === 'next' ? 'error.last-page' : 'error.first-page', {
        pages: last.paging.pages,
      });
    return this.run(inv, caller);
  }

  private remember(caller: Caller, paging: Paging): void {
    const key = turnKey(caller);
    this.pages.delete(key);
    this.pages.set(key, { paging, until: this.services.clock.now().getTime() + TURN_MS });
    for (const old of this.pages.keys()) {
      if (this.pages.size <= TURN_MAX) break;
      this.pages.delete(old);
    }
  }

  /** Suggestions for an option while the user types (from the option's completer). */
  complete(name: string, option: string, partial: string, caller: Caller): Suggestion[] {
    const complete = this.commands.get(name)?.options[option]?.complete;
    if (!complete) return [];
    try {
      return complete(this.ctx(caller), partial);
    } catch (err) {
      log.error({ err, command: name, option }, 'completion failed');
      return [];
    }
  }
}

function validate(
  def: CommandDef,
  args: Invocation['args'],
  L: Locale,
  today: () => string,
): { values: Values<Options> } | { error: Reply } {
  const values: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(args)) {
    const spec = def.options[name];
    if (!spec) {
      return {
        error: problem(L, 'error.unknown-option', { word: clipEcho(name), command: def.name, valid: optionList(def) }),
      };
    }
    if (raw === '' && !spec.required) continue;
    const result = spec.schema.safeParse(natural(spec, raw, today));
    if (!result.success) {
      const vars = {
        option: name,
        value: SECRET.has(name) ? '…' : clipEcho(String(raw)),
        expected: expected(spec, L, raw),
      };
      return { error: problem(L, 'error.bad-value', vars) };
    }
    values[name] = result.data;
  }
  for (const [name, spec] of Object.entries(def.options)) {
    if (spec.required && values[name] === undefined) {
      return { error: problem(L, 'error.missing', { option: name, command: def.name }, def.examples?.[0]) };
    }
  }
  return { values: values as Values<Options> };
}

const turnKey = (c: Caller) => `${c.platform}:${c.workspace}:${c.channel}:${c.user}`;

function withoutSecrets(inv: Invocation): Invocation {
  const args = Object.fromEntries(Object.entries(inv.args).map(([k, v]) => [k, SECRET.has(k) ? '[redacted]' : v]));
  return { ...inv, args };
}

function optionList(def: CommandDef): string {
  return (
    Object.keys(def.options)
      .map((o) => `${o}:`)
      .join(' ') || '—'
  );
}

/** What a valid value looks like, for the error message (how long it may be, when it was too long). */
function expected(spec: OptionSpec, L: Locale, raw: unknown): string {
  const choices = spec.choices?.map((c) => c.value).join(', ');
  if (choices) return translate(L, 'expect.choices', { choices });
  if (spec.schema instanceof z.ZodNumber) {
    return translate(L, 'expect.integer', { min: spec.schema.minValue ?? '', max: spec.schema.maxValue ?? '' });
  }
  const max = spec.schema instanceof z.ZodString ? spec.schema.maxLength : null;
  if (max !== null && typeof raw === 'string' && raw.trim().length > max)
    return translate(L, 'expect.shorter', { what: localized(spec.description, L), max });
  return localized(spec.description, L);
}

/**
 * A value as people type it: 周一 for a choice labelled so, 5月16日 or 2027年5月16日 for a date, digits
 * for an integer.
 */
function natural(spec: OptionSpec, raw: string | number | boolean, today: () => string): unknown {
  if (typeof raw !== 'string') return raw;
  if (spec.kind === 'integer') return toInt(raw);
  const s = raw.trim();
  const choice = spec.choices?.find(
    (c) =>
      c.value === s ||
      c.label['zh-CN'] === s ||
      c.label.en.toLowerCase() === s.toLowerCase() ||
      c.label['zh-CN'] === s.replace(/^星期/, '周').replace(/^礼拜/, '周').replace('周天', '周日'),
  );
  if (choice) return choice.value;
  if (spec.schema === isoDate) return naturalDate(s, today()) ?? raw;
  return raw;
}

/**
 * A date as people write it: 2027年5月16日, 5月16日 or 5月16号, 5-16 or 5/16, 2027-5-16. Without a year it
 * is the next such day from `today` (today included): 5月16日 typed in November means next May.
 */
export function naturalDate(s: string, today: string): string | undefined {
  const m =
    /^(?:(\d{4})\s*年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/.exec(s) ??
    /^(?:(\d{4})[-/.])?(\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (!m) return undefined;
  const md = `${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  if (m[1]) return `${m[1]}-${md}`;
  const year = Number(today.slice(0, 4));
  return `${md >= today.slice(5) ? year : year + 1}-${md}`;
}

function toInt(raw: string): number | string {
  return /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : raw;
}

/** User text quoted back in a message: one line, at most `max` characters. */
export function clipEcho(text: string, max = ECHO): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

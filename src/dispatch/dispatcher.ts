/**
 * Runs commands for every adapter: finds the definition, validates options with zod,
 * checks permission, calls the handler and turns any failure into a reply in the caller's language.
 */
import { z } from 'zod';
import type { Services } from '../services/index.js';
import { translate, localized } from '../i18n.js';
import { log } from '../log.js';
import { parseText, toText } from './text.js';
import type { Caller, CommandDef, Ctx, Invocation, Locale, OptionSpec, Reply } from './types.js';

export interface Suggestion {
  label: string;
  value: string;
}

/** A reply that tells the user what was wrong and what to type instead. */
export function problem(locale: Locale, key: string, vars: Record<string, string | number> = {}, hint?: string): Reply {
  return { title: translate(locale, 'error.title'), text: translate(locale, key, vars), footer: hint, ephemeral: true, error: true };
}

export class Dispatcher {
  readonly commands: ReadonlyMap<string, CommandDef>;

  constructor(commands: CommandDef[], readonly services: Services) {
    this.commands = new Map(commands.map((c) => [c.name, c]));
  }

  list(): CommandDef[] {
    return [...this.commands.values()];
  }

  ctx(caller: Caller): Ctx {
    return { caller, locale: caller.locale, services: this.services, t: (key, vars) => translate(caller.locale, key, vars) };
  }

  /** Runs a command typed as text: `/tasks 农民 page:2`. */
  async runText(line: string, caller: Caller): Promise<Reply> {
    const parsed = parseText(line, this.commands);
    const L = caller.locale;
    if (parsed.ok) return this.run(parsed.invocation, caller);
    if (parsed.problem === 'empty') return problem(L, 'error.empty', {}, translate(L, 'hint.help'));
    if (parsed.problem === 'unknown-command') {
      const subs = parsed.def ? this.list().filter((c) => c.name.startsWith(parsed.def!.name.split(' ')[0]! + ' ')) : [];
      if (subs.length) return problem(L, 'error.unknown-sub', { word: parsed.word, valid: subs.map((c) => c.name).join(', ') });
      return problem(L, 'error.unknown-command', { word: parsed.word.slice(0, 40) }, translate(L, 'hint.help'));
    }
    return problem(L, 'error.unknown-option', { word: parsed.word.slice(0, 40), command: parsed.def!.name, valid: this.optionList(parsed.def!) });
  }

  /** Runs a command with options already split by the platform (Discord options, buttons). */
  async run(inv: Invocation, caller: Caller): Promise<Reply> {
    const def = this.commands.get(inv.name);
    const L = caller.locale;
    if (!def) return problem(L, 'error.unknown-command', { word: inv.name }, translate(L, 'hint.help'));
    if (def.permission === 'admin' && !caller.isAdmin) return problem(L, 'error.admin-only', { command: def.name });
    const parsed = this.validate(def, inv.args, L);
    if ('error' in parsed) return parsed.error;
    try {
      return await def.run(this.ctx(caller), parsed.value);
    } catch (err) {
      if (err instanceof UserError) return problem(L, err.key, err.vars, err.hint);
      log.error({ err, command: toText(inv) }, 'command failed');
      return problem(L, 'error.internal');
    }
  }

  validate(def: CommandDef, args: Invocation['args'], L: Locale): { value: Record<string, unknown> } | { error: Reply } {
    const value: Record<string, unknown> = {};
    for (const [name, raw] of Object.entries(args)) {
      const spec = def.options[name];
      if (!spec) return { error: problem(L, 'error.unknown-option', { word: name, command: def.name, valid: this.optionList(def) }) };
      if (raw === '' && !spec.required) continue;
      const result = spec.schema.safeParse(spec.kind === 'integer' && typeof raw === 'string' ? toInt(raw) : raw);
      if (!result.success) {
        return { error: problem(L, 'error.bad-value', { option: name, value: String(raw).slice(0, 40), expected: expected(spec, L) }) };
      }
      value[name] = result.data;
    }
    for (const [name, spec] of Object.entries(def.options)) {
      if (spec.required && value[name] === undefined) {
        return { error: problem(L, 'error.missing', { option: name, command: def.name }, def.examples?.[0]) };
      }
    }
    return { value };
  }

  /** Suggestions for an option while the user types (Discord autocomplete). */
  autocomplete(name: string, option: string, partial: string, caller: Caller): Suggestion[] {
    const source = this.commands.get(name)?.options[option]?.autocomplete;
    if (!source) return [];
    return this.services.suggest(source, partial, caller.workspace).slice(0, 25);
  }

  optionList(def: CommandDef): string {
    return Object.keys(def.options).map((o) => `${o}:`).join(' ') || '—';
  }
}

/** Thrown by handlers and services for input the user can fix; becomes a `problem` reply. */
export class UserError extends Error {
  constructor(readonly key: string, readonly vars: Record<string, string | number> = {}, readonly hint?: string) {
    super(key);
  }
}

/** What a valid value looks like, for the error message. */
function expected(spec: OptionSpec, L: Locale): string {
  const choices = spec.choices?.map((c) => c.value).join(', ');
  if (choices) return translate(L, 'expect.choices', { choices });
  if (spec.schema instanceof z.ZodNumber) return translate(L, 'expect.integer', { min: spec.schema.minValue ?? '', max: spec.schema.maxValue ?? '' });
  return localized(spec.description, L);
}

function toInt(raw: string): number | string {
  return /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : raw;
}

/**
 * The text syntax shared by the console and Slack:
 *   /command [sub] free text option:value option:"value with spaces"
 */
import type { Invocation } from '../reply.js';
import type { CommandDef } from './types.js';
import { commandWord } from './names.js';

export type TextParse =
  | { ok: true; invocation: Invocation; def: CommandDef }
  | { ok: false; problem: 'empty' | 'unknown-command' | 'unknown-option'; word: string; def?: CommandDef };

/** Splits on white space, keeping "quoted strings" (straight or curly quotes) together. */
export function tokenize(line: string): string[] {
  const tokens: string[] = [];
  const re = /(\S*?)(?:"([^"]*)"|“([^”]*)”)|(\S+)/g;
  for (const m of line.matchAll(re)) {
    if (m[4] !== undefined) tokens.push(m[4]);
    else tokens.push((m[1] ?? '') + (m[2] ?? m[3] ?? ''));
  }
  return tokens;
}

const OPTION = /^([A-Za-z][\w-]*)[:：](.*)$/s;

export function parseText(line: string, commands: ReadonlyMap<string, CommandDef>): TextParse {
  // A colon straight after the command name (/unit：科协) separates it from the text.
  const tokens = tokenize(
    line
      .trim()
      .replace(/^[/／]/, '')
      .replace(/^([^\s:：]+)[:：]/, (all, word: string) =>
        commands.has(commandWord(word.toLowerCase())) ? `${word} ` : all,
      ),
  );
  if (tokens.length === 0) return { ok: false, problem: 'empty', word: '' };
  const first = commandWord(tokens[0]!.toLowerCase());
  let def = tokens.length > 1 ? commands.get(`${first} ${tokens[1]!.toLowerCase()}`) : undefined;
  const rest = tokens.slice(def ? 2 : 1);
  // A group's "show" subcommand answers the bare group: /themeday 科技活动周 (/themeday alone asks for the name).
  def ??= commands.get(first) ?? commands.get(`${first} show`);
  if (!def) {
    const group = [...commands.values()].find((c) => c.name.startsWith(`${first} `));
    return { ok: false, problem: 'unknown-command', word: tokens.slice(0, 2).join(' '), def: group };
  }
  const args: Record<string, string> = {};
  const free: string[] = [];
  for (const token of rest) {
    const m = OPTION.exec(token);
    if (m && m[1]!.toLowerCase() in def.options) args[m[1]!.toLowerCase()] = m[2]!;
    else if (m && !/^https?$/i.test(m[1]!)) return { ok: false, problem: 'unknown-option', word: m[1]!, def };
    else free.push(token);
  }
  if (free.length > 0) {
    if (!def.main) return { ok: false, problem: 'unknown-option', word: free.join(' '), def };
    args[def.main] = args[def.main] ? `${free.join(' ')} ${args[def.main]}` : free.join(' ');
  }
  return { ok: true, invocation: { name: def.name, args }, def };
}

/** The text form of an invocation, the inverse of parseText. */
export function toText(inv: Invocation): string {
  const parts = [`/${inv.name}`];
  for (const [k, v] of Object.entries(inv.args)) {
    const s = String(v);
    parts.push(/[\s"]/.test(s) || s === '' ? `${k}:"${s.replace(/"/g, '')}"` : `${k}:${s}`);
  }
  return parts.join(' ');
}

/**
 * The console adapter: an interactive prompt with line editing and history on a terminal;
 * with piped input, one command per line until end of input.
 */
import { createInterface } from 'node:readline';
import type { Dispatcher } from '../../dispatch/dispatcher.js';
import type { Caller, Locale, Poster, Reply } from '../../dispatch/types.js';
import { translate } from '../../i18n.js';
import { renderText } from './render.js';

export function consoleCaller(locale: Locale): Caller {
  return { platform: 'console', workspace: 'console', channel: 'console', user: 'console', locale, isAdmin: true };
}

export async function runConsole(
  dispatcher: Dispatcher,
  opts: { locale: Locale; input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream; json?: boolean },
): Promise<void> {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const tty = (input as NodeJS.ReadStream).isTTY === true;
  const rl = createInterface({ input, output: tty ? output : undefined, terminal: tty, historySize: 200, prompt: 'kepu> ' });
  const caller = consoleCaller(opts.locale);
  if (tty) {
    output.write(`${translate(opts.locale, 'console.welcome')}\n`);
    rl.prompt();
  }
  for await (const line of rl) {
    const trimmed = line.trim();
    if (trimmed === 'exit' || trimmed === 'quit' || trimmed === '/exit') break;
    if (trimmed !== '') {
      const reply = await dispatcher.runText(trimmed, caller);
      output.write(`${opts.json ? JSON.stringify(reply) : renderText(reply, opts.locale)}\n\n`);
    }
    if (tty) rl.prompt();
  }
  rl.close();
}

/** Digests and reports to the console are printed with their channel. */
export function consolePoster(output: NodeJS.WritableStream = process.stdout, locale: Locale = 'zh-CN'): Poster {
  return {
    platform: 'console',
    async post(target, reply: Reply) {
      output.write(`[#${target.channel}]\n${renderText(reply, locale)}\n\n`);
    },
  };
}

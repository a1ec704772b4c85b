/**
 * The console adapter: an interactive prompt with line editing and history on a terminal; with piped
 * input, one command per line until end of input. Digests "posted" to the console are printed.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { Dispatcher } from '../../dispatch/dispatcher.js';
import type { Caller } from '../../dispatch/types.js';
import { translate, type Locale } from '../../i18n.js';
import { typedHint, withHints, type PostTarget, type Reply } from '../../reply.js';
import type { Adapter } from '../adapter.js';
import { renderText } from './render.js';

export function consoleCaller(locale: Locale): Caller {
  return { platform: 'console', workspace: 'console', channel: 'console', user: 'console', locale, isAdmin: true };
}

export interface ConsoleOptions {
  locale: Locale;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Print the neutral reply model as JSON instead of text. */
  json?: boolean;
  /** Where a reply's file is saved (default: the current directory). */
  dir?: string;
}

export class ConsoleAdapter implements Adapter {
  readonly platform = 'console';
  private rl: Interface | undefined;
  private session: Promise<void> = Promise.resolve();

  constructor(private readonly o: ConsoleOptions) {}

  /** Starts reading commands; `done()` resolves when the user leaves (exit, end of input). */
  async start(dispatcher: Dispatcher): Promise<void> {
    this.session = this.read(dispatcher);
  }

  done(): Promise<void> {
    return this.session;
  }

  async stop(): Promise<void> {
    this.rl?.close();
    await this.session;
  }

  async post(target: PostTarget, reply: Reply): Promise<void> {
    this.output.write(`[#${target.channel}]\n${renderText(reply, reply.locale ?? this.o.locale)}\n\n`);
  }

  private get output(): NodeJS.WritableStream {
    return this.o.output ?? process.stdout;
  }

  private async read(dispatcher: Dispatcher): Promise<void> {
    const input = this.o.input ?? process.stdin;
    const tty = (input as NodeJS.ReadStream).isTTY === true;
    const rl = createInterface({
      input,
      output: tty ? this.output : undefined,
      terminal: tty,
      historySize: 200,
      prompt: 'kepu> ',
    });
    this.rl = rl;
    // Ctrl-C at the prompt leaves, as exit does (without a listener readline would only pause).
    rl.on('SIGINT', () => rl.close());
    const caller = consoleCaller(this.o.locale);
    if (tty) {
      this.output.write(`${translate(this.o.locale, 'console.welcome')}\n`);
      rl.prompt();
    }
    // The question the last reply asked: y or n answers it, anything else leaves it unanswered.
    let question: Reply['confirm'];
    for await (const line of rl) {
      const trimmed = line.trim();
      if (trimmed === 'exit' || trimmed === 'quit' || trimmed === '/exit') break;
      if (trimmed !== '') {
        // y / n answer the last reply's question; anything else (下一页 too) is the dispatcher's.
        const answer = question && yesNo(trimmed);
        const reply = answer
          ? await dispatcher.run(question![answer].invocation, caller)
          : await dispatcher.runText(trimmed, caller);
        question = reply.confirm;
        // The file is saved either way; JSON output stays one reply a block.
        const saved = saveFile(reply, this.o.dir);
        this.output.write(
          `${this.o.json ? JSON.stringify(withHints(reply, typedHint)) : `${renderText(reply, this.o.locale)}${saved}`}\n\n`,
        );
      }
      if (tty) rl.prompt();
    }
    rl.close();
  }
}

/** Saves a reply's file in `dir` (default: the current directory); says where, or why not, on a line of its own. */
export function saveFile(reply: Reply, dir = process.cwd()): string {
  if (!reply.file) return '';
  const path = resolve(dir, reply.file.name);
  const L = reply.locale ?? 'zh-CN';
  try {
    writeFileSync(path, reply.file.data);
    return `\n${translate(L, 'console.saved', { path })}`;
  } catch (err) {
    return `\n${translate(L, 'console.not-saved', { path, reason: (err as Error).message })}`;
  }
}

function yesNo(line: string): 'yes' | 'no' | undefined {
  if (/^(y|yes|是|确认|导入)$/i.test(line)) return 'yes';
  if (/^(n|no|否|取消)$/i.test(line)) return 'no';
  return undefined;
}

/** Runs the console until the user leaves. */
export async function runConsole(dispatcher: Dispatcher, o: ConsoleOptions): Promise<void> {
  const adapter = new ConsoleAdapter(o);
  await adapter.start(dispatcher);
  await adapter.done();
}

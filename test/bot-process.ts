/** The bot run as a process, as an operator runs it: a database in a fresh folder, its output collected. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class BotProcess {
  readonly dir = mkdtempSync(join(tmpdir(), 'kepu-bot-'));
  readonly proc: ChildProcess;
  /** Everything the process has written to stdout and stderr. */
  logs = '';

  /**
   * `env` (platform settings) over a test environment at 2026-05-04 09:00; `command` runs in the project folder;
   * `input`: its standard input is a pipe (proc.stdin), else none.
   */
  constructor(
    env: Record<string, string>,
    command: string[] = [process.execPath, 'dist/src/bin.js', 'start'],
    input = false,
  ) {
    this.proc = spawn(command[0]!, command.slice(1), {
      cwd: join(__dirname, '..'),
      env: {
        ...process.env,
        VITEST: '',
        KEPU_LOG_LEVEL: 'info',
        KEPU_DB: join(this.dir, 'kepu.db'),
        KEPU_NOW: '2026-05-04T09:00',
        ...env,
      },
      stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    for (const out of [this.proc.stdout!, this.proc.stderr!])
      out.on('data', (d: Buffer) => (this.logs += d.toString()));
  }

  /** Kills the process and removes its folder. */
  stop(): void {
    this.proc.kill('SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
  }
}

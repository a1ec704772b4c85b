/**
 * `npm start` as a process with Feishu credentials pointing at a fake Feishu on 127.0.0.1: the platform is
 * enabled by its configuration, connects over the long connection and answers; SIGTERM exits cleanly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_ID, APP_SECRET, FakeFeishu, messageEvent } from './fakes/feishu.js';

let fake: FakeFeishu;
let bot: ChildProcess;
let dir: string;
let logs = '';

beforeAll(async () => {
  fake = await new FakeFeishu().start();
  fake.chats.set('oc_start', { tenant: 'T1', owner: 'ou_owner', managers: [], bot: true });
  dir = mkdtempSync(join(tmpdir(), 'kepu-start-feishu-'));
  bot = spawn(process.execPath, ['dist/src/bin.js', 'start'], {
    cwd: join(__dirname, '..'),
    env: {
      ...process.env,
      VITEST: '',
      KEPU_LOG_LEVEL: 'info',
      KEPU_DB: join(dir, 'kepu.db'),
      KEPU_NOW: '2026-05-04T09:00',
      FEISHU_APP_ID: APP_ID,
      FEISHU_APP_SECRET: APP_SECRET,
      FEISHU_DOMAIN: fake.url,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  bot.stdout!.on('data', (d: Buffer) => (logs += d.toString()));
  bot.stderr!.on('data', (d: Buffer) => (logs += d.toString()));
  await fake
    .until(() => fake.connected, 30_000)
    .catch(() => {
      throw new Error(`no long connection; bot logs:\n${logs}`);
    });
}, 40_000);

afterAll(async () => {
  bot.kill('SIGKILL');
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start with Feishu credentials', () => {
  it('answers a message over the long connection', async () => {
    const ack = await fake.push(messageEvent({ tenant: 'T1', chat: 'oc_start', user: 'ou_1', text: '任务 农民' }));
    expect(ack.code).toBe(200);
    await fake.until(() => fake.calls.some((c) => /\/reply$/.test(c.path)), 10_000);
    const reply = fake.calls.find((c) => /\/reply$/.test(c.path))!;
    expect(String(reply.body.content)).toContain('实施高素质农民培育工程');
  }, 20_000);

  it('shuts down cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => bot.once('exit', (code) => resolve(code)));
    bot.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(logs).toContain('shutting down');
    expect(logs).not.toContain(APP_SECRET);
  }, 20_000);
});

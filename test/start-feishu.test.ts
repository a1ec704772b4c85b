/**
 * `npm start` as a process with Feishu credentials pointing at a fake Feishu on 127.0.0.1: the platform is
 * enabled by its configuration, connects over the long connection and answers; SIGTERM exits cleanly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProcess } from './bot-process.js';
import { APP_ID, APP_SECRET, FakeFeishu, messageEvent } from './fakes/feishu.js';

let fake: FakeFeishu;
let bot: BotProcess;

beforeAll(async () => {
  fake = await new FakeFeishu().start();
  fake.chats.set('oc_start', { tenant: 'T1', owner: 'ou_owner', managers: [], bot: true });
  bot = new BotProcess({
    FEISHU_APP_ID: APP_ID,
    FEISHU_APP_SECRET: APP_SECRET,
    FEISHU_DOMAIN: fake.url,
  });
  await fake
    .until(() => fake.connected, 30_000)
    .catch(() => {
      throw new Error(`no long connection; bot logs:\n${bot.logs}`);
    });
}, 40_000);

afterAll(async () => {
  bot.stop();
  await fake.stop();
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
    const exited = new Promise<number | null>((resolve) => bot.proc.once('exit', (code) => resolve(code)));
    bot.proc.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(bot.logs).toContain('shutting down');
    expect(bot.logs).not.toContain(APP_SECRET);
  }, 20_000);
});

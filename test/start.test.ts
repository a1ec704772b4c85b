/**
 * `npm start` as a process, with Discord and Slack tokens pointing at fakes on 127.0.0.1: both platforms
 * run in one process, answer, and SIGTERM shuts down cleanly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProcess } from './bot-process.js';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:net';
import { PermissionFlagsBits } from 'discord.js';
import { channelOf, FakeDiscord, member } from './fakes/discord.js';
import { FakeSlack } from './fakes/slack.js';

const SECRET = 'start-secret';
let discord: FakeDiscord;
let slack: FakeSlack;
let bot: BotProcess;
let port: number;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: p } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return p;
}

async function until(predicate: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out; bot logs:\n${bot.logs}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A signed `/kepu` slash command to the bot's Slack endpoint, answered at the fake's response_url `id`. */
function kepuCommand(user: string, text: string, id: string): Promise<Response> {
  const body = new URLSearchParams({
    team_id: 'T1',
    channel_id: 'C1',
    user_id: user,
    command: '/kepu',
    text,
    response_url: slack.responseUrl(id),
    trigger_id: `t-${id}`,
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': signature,
    },
  });
}

beforeAll(async () => {
  discord = await new FakeDiscord(['200000000000000001']).start();
  slack = await new FakeSlack().start();
  port = await freePort();
  // As a service manager runs it: npm start, whose signals npm forwards to the bot.
  bot = new BotProcess(
    {
      DISCORD_TOKEN: 'start-token',
      DISCORD_APPLICATION_ID: discord.appId,
      DISCORD_API_URL: discord.apiUrl,
      SLACK_BOT_TOKEN: 'xoxb-start',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
    },
    ['npm', 'start', '--silent'],
  );
  await until(() => bot.logs.includes('discord connected') && bot.logs.includes('slack app running'), 30_000);
}, 40_000);

afterAll(async () => {
  bot.stop();
  await discord.stop();
  await slack.stop();
});

describe('npm start with platform tokens', () => {
  it('answers on Discord and on Slack from one process', async () => {
    const guild = '200000000000000001';
    const id = discord.interact({
      type: 2,
      guild_id: guild,
      channel_id: channelOf(guild).id,
      channel: channelOf(guild),
      member: member('700000000000000001', PermissionFlagsBits.ViewChannel),
      locale: 'zh-CN',
      data: { id: '300', name: 'targets', type: 1, options: [{ name: 'year', type: 4, value: 2025 }] },
    });
    const cb = await discord.until(() => discord.callback(id), 10_000);
    expect(JSON.stringify(cb.body.data.embeds)).toContain('比例超过22%');

    const res = await kepuCommand('U1', 'unit 区科协', 's1');
    expect(res.status).toBe(200);
    const answer = await slack.until(() => slack.responses.find((r) => r.id === 's1')?.body, 10_000);
    expect(JSON.stringify(answer.blocks)).toContain('区科协 的任务');
  }, 30_000);

  it('shuts down on SIGTERM to npm within the deadline, even with Slack failing, leaving no node process', async () => {
    const botPid = Number(/"pid":(\d+)/.exec(bot.logs)?.[1]);
    expect(botPid).toBeGreaterThan(0);
    expect(botPid).not.toBe(bot.proc.pid);
    // A command in flight whose users.info never answers well: the Web API keeps failing with 500.
    slack.failHttp('users.info', 500, 1000);
    await kepuCommand('U9', 'help', 's2');
    const exited = new Promise<number | null>((resolve) => bot.proc.once('exit', (code) => resolve(code)));
    const sentAt = Date.now();
    bot.proc.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - sentAt).toBeLessThan(10_000);
    expect(bot.logs).toContain('shutting down');
    await until(() => !alive(botPid), 2_000);
  }, 20_000);
});

describe('the console (no platform tokens)', () => {
  it('answers a piped command, then leaves on SIGTERM with its input still open: exit 0', async () => {
    const none = { DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', SLACK_CLIENT_ID: '', FEISHU_APP_ID: '' };
    const console = new BotProcess(none, undefined, true);
    try {
      console.proc.stdin!.write('/tasks 农民\n');
      const deadline = Date.now() + 20_000;
      while (!console.logs.includes('任务：农民') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(console.logs).toContain('任务：农民');
      const exited = new Promise((resolve) => console.proc.once('exit', (code, signal) => resolve([code, signal])));
      console.proc.kill('SIGTERM');
      expect(await exited).toEqual([0, null]);
    } finally {
      console.stop();
    }
  }, 30_000);
});

/**
 * Start-up under faults, as a process: an invalid Slack token (auth.test answers invalid_auth) neither
 * crashes the bot nor takes Discord down with it; the log names the platform that failed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProcess } from './bot-process.js';
import { PermissionFlagsBits } from 'discord.js';
import { channelOf, FakeDiscord, member } from './fakes/discord.js';
import { FakeSlack } from './fakes/slack.js';

let discord: FakeDiscord;
let slack: FakeSlack;
let bot: BotProcess;

beforeAll(async () => {
  discord = await new FakeDiscord(['200000000000000001']).start();
  slack = await new FakeSlack().start();
  slack.fail('auth.test', ...Array<string>(50).fill('invalid_auth'));
  bot = new BotProcess({
    DISCORD_TOKEN: 'start-token',
    DISCORD_APPLICATION_ID: discord.appId,
    DISCORD_API_URL: discord.apiUrl,
    SLACK_BOT_TOKEN: 'xoxb-revoked',
    SLACK_APP_TOKEN: 'xapp-revoked',
    SLACK_API_URL: slack.apiUrl,
  });
}, 10_000);

afterAll(async () => {
  bot.stop();
  await discord.stop();
  await slack.stop();
});

describe('start-up with an invalid Slack token', () => {
  it('keeps Discord answering and says Slack could not start', async () => {
    await discord.until(() => bot.logs.includes('discord connected') || undefined, 30_000);
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
    expect(JSON.stringify(cb.body.data.embeds)).toMatch(/超过 ?22%/);
    await discord.until(() => (/slack could not start/.test(bot.logs) ? true : undefined), 10_000);
    expect(bot.logs).toContain('Slack bot token refused: invalid_auth');
    expect(bot.logs).not.toContain('unhandled rejection');
    expect(bot.proc.exitCode).toBeNull();
  }, 45_000);
});

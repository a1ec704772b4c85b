/**
 * Chat import on Slack, end to end: the real Bolt app over HTTP with signed requests, the fake Slack Web
 * API on 127.0.0.1 serving files.info and url_private (bot token required). A file shared in a direct
 * message is previewed at once; in a channel, `/kepu plan import` right after uses it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createApp, type App } from '../src/app.js';
import { manualClock } from '../src/clock.js';
import { SlackAdapter } from '../src/adapters/slack/adapter.js';
import { slackManifest } from '../src/adapters/slack/manifest.js';
import { FakeSlack } from './fakes/slack.js';

const SECRET = 'test-signing-secret';
let fake: FakeSlack;
let kepu: App;
let slack: SlackAdapter;
let seq = 0;
const PLAN = Buffer.from(
  readFileSync(new URL('../seeds/haian-2022-science-literacy.txt', import.meta.url), 'utf8').replaceAll('海安', '如皋'),
);

beforeAll(async () => {
  fake = await new FakeSlack().start();
  kepu = createApp({ dbPath: ':memory:', clock: manualClock(new Date('2026-05-04T01:00:00Z')) });
  slack = new SlackAdapter({
    botToken: 'xoxb-test',
    signingSecret: SECRET,
    port: 0,
    apiUrl: fake.apiUrl,
    admins: ['UADMIN'],
    retryConfig: { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 50 },
  });
  await slack.start(kepu.dispatcher);
});

afterAll(async () => {
  await slack.stop();
  await fake.stop();
  kepu.close();
});

function sign(body: string): Record<string, string> {
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature };
}

async function post(body: string, type: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${slack.port}/slack/events`, {
    method: 'POST',
    body,
    headers: { 'content-type': type, ...sign(body) },
  });
}

function event(team: string, e: Record<string, unknown>) {
  const body = JSON.stringify({
    token: 'legacy',
    team_id: team,
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: `Ev${++seq}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { event_ts: `${Date.now() / 1000}`, ...e },
  });
  return post(body, 'application/json');
}

async function slash(text: string, user: string, team = 'T1', channel = 'C1') {
  const id = `r${++seq}`;
  const body = new URLSearchParams({
    ...{ token: 'legacy', team_id: team, team_domain: 'kepu', channel_id: channel, channel_name: 'kepu' },
    ...{ user_id: user, user_name: 'u', command: '/kepu', text, api_app_id: 'A1' },
    ...{ response_url: fake.responseUrl(id), trigger_id: `t${seq}` },
  }).toString();
  await post(body, 'application/x-www-form-urlencoded');
  return fake.until(() => fake.responses.find((r) => r.id === id)?.body);
}

async function press(value: string, user: string, team = 'T1') {
  const id = `r${++seq}`;
  const payload = {
    type: 'block_actions',
    team: { id: team, domain: 'kepu' },
    user: { id: user, team_id: team },
    api_app_id: 'A1',
    token: 'legacy',
    channel: { id: 'D1', name: 'directmessage' },
    trigger_id: `t${seq}`,
    response_url: fake.responseUrl(id),
    actions: [{ type: 'button', action_id: 'kepu_confirm_yes', block_id: 'b', value, action_ts: '1' }],
  };
  await post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
  return fake.until(() => fake.responses.find((r) => r.id === id)?.body);
}

const posted = (method: string, n: number) => fake.until(() => fake.calls.filter((c) => c.method === method)[n]);
const buttonsOf = (body: Record<string, unknown>) =>
  (body.blocks as any[]).find((b) => b.type === 'actions').elements as { text: { text: string }; value: string }[];
const rugao = (team: string) => kepu.services.for(team).plans.find('如皋');

describe('/plan import on Slack', () => {
  it('asks for files:read and the file_shared and app_mention events in the manifest', () => {
    const m = slackManifest({ socketMode: false });
    expect(m.oauth_config.scopes.bot).toContain('files:read');
    expect(m.settings.event_subscriptions.bot_events).toEqual(['file_shared', 'app_mention']);
  });

  it('previews a file shared in a direct message, downloaded with the bot token; 导入 stores it in this workspace only', async () => {
    fake.files.set('F1', { name: '如皋方案.txt', bytes: PLAN });
    expect(
      (await event('T1', { type: 'file_shared', file_id: 'F1', user_id: 'UADMIN', channel_id: 'D1' })).status,
    ).toBe(200);
    const preview = (await posted('chat.postMessage', 0)).body;
    expect(fake.downloads).toEqual([{ id: 'F1', authorized: true }]);
    expect(JSON.stringify(preview.blocks)).toContain('导入预览');
    expect(JSON.stringify(preview.blocks)).toContain('如皋市全民科学素质行动规划纲要实施方案');
    const [yes, no] = buttonsOf(preview);
    expect([yes!.text.text, no!.text.text]).toEqual(['导入', '取消']);
    expect(rugao('T1')).toBeUndefined();
    // Another workspace cannot confirm it.
    expect(JSON.stringify((await press(yes!.value, 'UADMIN', 'T2')).blocks)).toContain('已经过期');
    expect(rugao('T2')).toBeUndefined();
    expect(JSON.stringify((await press(yes!.value, 'UADMIN')).blocks)).toContain('已导入规划');
    expect(rugao('T1')).toBeDefined();
    expect(rugao('T2')).toBeUndefined();
    expect(JSON.stringify((await slash('plans', 'U1', 'T2')).blocks)).not.toContain('如皋');
    expect(JSON.stringify((await slash('plans', 'U1', 'T1')).blocks)).toContain('如皋');
  });

  it('取消 stores nothing', async () => {
    fake.files.set('F2', { name: '如皋2.txt', bytes: Buffer.from(PLAN.toString().replaceAll('如皋', '泰兴')) });
    await event('T1', { type: 'file_shared', file_id: 'F2', user_id: 'UADMIN', channel_id: 'D1' });
    const preview = (await posted('chat.postMessage', 1)).body;
    const [, no] = buttonsOf(preview);
    expect(JSON.stringify((await press(no!.value, 'UADMIN')).blocks)).toContain('已取消导入');
    expect(kepu.services.for('T1').plans.find('泰兴')).toBeUndefined();
  });

  it('in a channel, /kepu plan import right after sharing uses that file; a member is refused', async () => {
    fake.files.set('F3', { name: '靖江.txt', bytes: Buffer.from(PLAN.toString().replaceAll('如皋', '靖江')) });
    await event('T1', { type: 'file_shared', file_id: 'F3', user_id: 'U1', channel_id: 'C1' });
    await event('T1', { type: 'file_shared', file_id: 'F3', user_id: 'UADMIN', channel_id: 'C1' });
    const refused = await slash('plan import', 'U1');
    expect(JSON.stringify(refused.blocks)).toContain('管理员');
    const preview = await slash('plan import', 'UADMIN');
    expect(JSON.stringify(preview.blocks)).toContain('靖江市全民科学素质行动规划纲要实施方案');
    expect(kepu.services.for('T1').plans.find('靖江')).toBeUndefined();
  });

  it('never reads a path on the host from Slack', async () => {
    const reply = await slash('plan import /etc/passwd', 'UADMIN', 'T1', 'C9');
    expect(JSON.stringify(reply.blocks)).toContain('请附上规划文件');
    expect(JSON.stringify(reply.blocks)).not.toContain('root');
  });

  it('a file shared with a mention in a channel is previewed to the sender alone', async () => {
    fake.files.set('F4', { name: '兴化.txt', bytes: Buffer.from(PLAN.toString().replaceAll('如皋', '兴化')) });
    await event('T1', { type: 'app_mention', user: 'UADMIN', channel: 'C1', text: '<@UBOT>', files: [{ id: 'F4' }] });
    const eph = (await posted('chat.postEphemeral', 0)).body;
    expect(eph.user).toBe('UADMIN');
    expect(JSON.stringify(eph.blocks)).toContain('兴化市全民科学素质行动规划纲要实施方案');
  });

  it('a download without the right token is refused and nothing is stored', async () => {
    fake.fileToken = 'xoxb-other';
    fake.files.set('F5', { name: '坏.txt', bytes: PLAN });
    await event('T1', { type: 'file_shared', file_id: 'F5', user_id: 'UADMIN', channel_id: 'D1' });
    const reply = (await posted('chat.postMessage', 2)).body;
    expect(fake.downloads.at(-1)).toEqual({ id: 'F5', authorized: false });
    expect(JSON.stringify(reply.blocks)).toContain('读不了文件');
    fake.fileToken = 'xoxb-test';
  });

  it('a file Slack will not describe (files.info fails) gets a clear answer', async () => {
    await event('T1', { type: 'file_shared', file_id: 'FMISSING', user_id: 'UADMIN', channel_id: 'D1' });
    const reply = (await posted('chat.postMessage', 3)).body;
    expect(JSON.stringify(reply.blocks)).toContain('没能从 Slack 取得这个文件（file_not_found）');
  });
});

describe('questions to the bot on Slack', () => {
  const postedIn = (method: string, channel: string) =>
    fake.until(() => fake.calls.find((c) => c.method === method && c.body.channel === channel)?.body);

  it('@kepu with a question is answered in the channel, naming the command it read; /kepu takes one too', async () => {
    await event('T1', { type: 'app_mention', user: 'U1', channel: 'C7', text: '<@UBOT> 区科协负责什么？' });
    const answer = JSON.stringify((await postedIn('chat.postMessage', 'C7')).blocks);
    expect(answer).toContain('区科协 的任务');
    expect(answer).toContain('按 /unit 区科协 作答');
    expect(JSON.stringify((await slash('区科协负责什么？', 'U1')).blocks)).toContain('按 /unit 区科协 作答');
  });

  it('what it cannot read is answered to the sender alone', async () => {
    await event('T1', { type: 'app_mention', user: 'U1', channel: 'C8', text: '<@UBOT> hello' });
    const refused = await postedIn('chat.postEphemeral', 'C8');
    expect(refused.user).toBe('U1');
    expect(JSON.stringify(refused.blocks)).toContain('没有“hello”这个命令');
  });
});

/**
 * End-to-end: the real Bolt app of src/adapters/slack on 127.0.0.1, driven by signed requests exactly as
 * Slack sends them, talking to a fake Slack Web API on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { Dispatcher } from '../src/dispatch/dispatcher.js';
import type { Caller, CommandDef } from '../src/dispatch/types.js';
import type { Services } from '../src/services/index.js';
import { createApp, type App } from '../src/app.js';
import { manualClock } from '../src/clock.js';
import { DeliveryError } from '../src/reply.js';
import { SlackAdapter, type SlackOptions } from '../src/adapters/slack/adapter.js';

/** A started Slack adapter answering through `dispatcher`. */
async function startSlack(o: SlackOptions & { dispatcher: Dispatcher }): Promise<SlackAdapter> {
  const adapter = new SlackAdapter(o);
  await adapter.start(o.dispatcher);
  return adapter;
}
import { FakeSlack } from './fakes/slack.js';
import { sqliteInstallationStore } from '../src/store/slack-installations.js';

const SECRET = 'test-signing-secret';
let fake: FakeSlack;
let kepu: App;
let slack: Awaited<ReturnType<typeof startSlack>>;
let seq = 0;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  kepu = createApp({ dbPath: ':memory:', clock: manualClock(new Date('2026-05-04T01:00:00Z')) });
  slack = await startSlack({
    botToken: 'xoxb-test',
    signingSecret: SECRET,
    port: 0,
    apiUrl: fake.apiUrl,
    admins: ['UADMIN'],
    dispatcher: kepu.dispatcher,
    retryConfig: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 50 },
  });
});

afterAll(async () => {
  await slack.stop();
  await fake.stop();
  kepu.close();
});

function sign(body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

async function post(body: string, headers: Record<string, string>): Promise<Response> {
  return fetch(`http://127.0.0.1:${slack.port}/slack/events`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
}

/** Sends `/kepu <text>` as Slack does; returns the HTTP response and the id of its response_url. */
async function slash(
  text: string,
  o: { user?: string; team?: string; headers?: Record<string, string>; timestamp?: number } = {},
) {
  const id = `r${++seq}`;
  const body = new URLSearchParams({
    token: 'legacy',
    team_id: o.team ?? 'T1',
    team_domain: 'kepu',
    channel_id: 'C1',
    channel_name: 'kepu',
    user_id: o.user ?? 'U1',
    user_name: 'member',
    command: '/kepu',
    text,
    api_app_id: 'A1',
    response_url: fake.responseUrl(id),
    trigger_id: `t${seq}`,
  }).toString();
  const res = await post(body, { ...sign(body, o.timestamp), ...o.headers });
  return { res, id };
}

const responseTo = (id: string) => fake.until(() => fake.responses.find((r) => r.id === id)?.body);
const textOf = (body: Record<string, unknown>) => JSON.stringify(body.blocks);

describe('Slack adapter (Bolt over HTTP)', () => {
  it('acknowledges /kepu at once and answers through response_url with Block Kit', async () => {
    const { res, id } = await slash('tasks 农民');
    expect(res.status).toBe(200);
    const body = await responseTo(id);
    expect(body.response_type).toBe('in_channel');
    expect(textOf(body)).toContain('实施高素质农民培育工程');
    const blocks = body.blocks as { type: string }[];
    expect(blocks[0]).toMatchObject({ type: 'header' });
    expect(blocks.some((b) => b.type === 'actions')).toBe(true);
  });

  it("answers in the user's Slack language", async () => {
    fake.locales.set('UEN', 'en-US');
    const { id } = await slash('tasks 农民', { user: 'UEN' });
    expect((await responseTo(id)).text).toMatch(/^Tasks: 农民/);
  });

  it('answers /kepu alone with help', async () => {
    const { id } = await slash('');
    expect(textOf(await responseTo(id))).toContain('/tasks 防灾减灾 unit:科协');
  });

  it('turns the next-page button into page 2, replacing the message', async () => {
    const { id } = await slash('tasks 农民');
    const first = await responseTo(id);
    const actions = (first.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]).find(
      (b) => b.type === 'actions',
    )!;
    const next = actions.elements!.find((e) => e.action_id === 'kepu_page_next')!;
    expect(next.value).toBe('/tasks query:农民 page:2');
    const actionId = `a${++seq}`;
    const payload = {
      type: 'block_actions',
      team: { id: 'T1', domain: 'kepu' },
      user: { id: 'U1', team_id: 'T1' },
      channel: { id: 'C1', name: 'kepu' },
      api_app_id: 'A1',
      token: 'legacy',
      trigger_id: `t${seq}`,
      response_url: fake.responseUrl(actionId),
      container: { type: 'message', message_ts: '1.1', channel_id: 'C1' },
      actions: [{ type: 'button', action_id: next.action_id, block_id: 'b1', value: next.value, action_ts: '1.2' }],
    };
    const body = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
    const res = await post(body, sign(body));
    expect(res.status).toBe(200);
    const page2 = await responseTo(actionId);
    // The message is shared: page 2 goes to the clicker alone, the message others read stays as it is.
    expect(page2.replace_original).toBe(false);
    expect(page2.response_type).toBe('ephemeral');
    expect(textOf(page2)).toMatch(/第 2\/\d+ 页/);
  });

  it('turns the page with /kepu 下一页 and /kepu 上一页 (per channel and user)', async () => {
    await responseTo((await slash('tasks 农民', { user: 'UPAGE' })).id);
    const next = await responseTo((await slash('下一页', { user: 'UPAGE' })).id);
    expect(next.text).toMatch(/^任务：农民/);
    expect(textOf(next)).toContain('第 2/');
    expect(textOf(await responseTo((await slash('上一页', { user: 'UPAGE' })).id))).toContain('第 1/');
    expect(textOf(await responseTo((await slash('下一页', { user: 'UOTHER' })).id))).toContain('没有可以翻页的回答');
  });

  it('/kepu calendar uploads the iCalendar file with files.uploadV2 and answers in the channel', async () => {
    const { default: ICAL } = await import('ical.js');
    const before = fake.uploads.size;
    const { id } = await slash('日历 2027');
    const body = await responseTo(id);
    expect(body.text).toContain('日历文件：2027');
    const [fileId, upload] = [...fake.uploads].at(-1)!;
    expect(fake.uploads.size).toBe(before + 1);
    expect(upload).toMatchObject({ filename: 'kepu-2027.ics', channel: 'C1' });
    const events = new ICAL.Component(ICAL.parse(upload.bytes!.toString('utf8'))).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(20);
    const steps = fake.calls.map((c) => c.method).filter((m) => m.startsWith('files.'));
    expect(steps.slice(-2)).toEqual(['files.getUploadURLExternal', 'files.completeUploadExternal']);
    expect(fake.calls.find((c) => c.method === 'files.completeUploadExternal')!.body.files).toContain(fileId);
  });

  it('answers clearly, naming kepu ics, when the upload fails', async () => {
    fake.fail('files.completeUploadExternal', 'not_in_channel');
    const body = await responseTo((await slash('calendar 2027')).id);
    expect(body.response_type).toBe('ephemeral');
    expect(textOf(body)).toContain('not_in_channel');
    expect(textOf(body)).toContain('kepu ics');
  });

  it('refuses an admin command to a member, ephemerally, saying why', async () => {
    const { id } = await slash('digest subscribe', { user: 'U1' });
    const body = await responseTo(id);
    expect(body.response_type).toBe('ephemeral');
    expect(textOf(body)).toContain('只有管理员可以使用');
  });

  it('lets the configured admins and workspace admins subscribe, per workspace', async () => {
    const a = await slash('digest subscribe weekday:5 time:16:30', { user: 'UADMIN', team: 'T1' });
    expect(textOf(await responseTo(a.id))).toContain('每周五 16:30');
    fake.admins.add('UWSADMIN');
    const b = await slash('digest settings', { user: 'UWSADMIN', team: 'T2' });
    expect(textOf(await responseTo(b.id))).toContain('本频道未订阅周报');
    const c = await slash('digest settings', { user: 'UADMIN', team: 'T1' });
    expect(textOf(await responseTo(c.id))).toContain('每周五 16:30');
    expect(fake.calls.some((call) => call.method === 'users.info' && call.body.user === 'UWSADMIN')).toBe(true);
  });

  it('refuses a bad signature and a stale timestamp with 401, reaching no handler', async () => {
    const before = fake.responses.length;
    const bad = await slash('plans', { headers: { 'x-slack-signature': 'v0=0000' } });
    expect(bad.res.status).toBe(401);
    const stale = await slash('plans', { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 });
    expect(stale.res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.responses.length).toBe(before);
  });

  it('does not run a command twice when Slack retries the request', async () => {
    const id = `retry${++seq}`;
    const body = new URLSearchParams({
      team_id: 'T1',
      channel_id: 'C1',
      user_id: 'U1',
      command: '/kepu',
      text: 'plans',
      response_url: fake.responseUrl(id),
      trigger_id: 'tr',
    }).toString();
    const first = await post(body, sign(body));
    const retry = await post(body, { ...sign(body), 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await responseTo(id);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.responses.filter((r) => r.id === id)).toHaveLength(1);
  });

  it('posts digests with chat.postMessage, retrying a 429 and reporting a lost channel', async () => {
    fake.retryAfter = 0;
    fake.fail('chat.postMessage', 429);
    await slack
      .post({ workspace: 'T1', channel: 'C1' }, { title: '科普主题日周报', text: '防灾减灾日' })
      .finally(() => (fake.retryAfter = 1));
    const posts = fake.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts.length).toBeGreaterThanOrEqual(2);
    expect(posts.at(-1)!.body.channel).toBe('C1');
    expect(posts.at(-1)!.auth).toBe('Bearer xoxb-test');
    fake.fail('chat.postMessage', 'not_in_channel');
    const err = await slack.post({ workspace: 'T1', channel: 'C9' }, { title: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err).toMatchObject({ code: 'not_in_channel', permanent: true });
  });
});

describe('Slack adapter under faults', () => {
  it('keeps serving after Slack refuses a response_url', async () => {
    fake.refuseResponses = 404;
    const before = fake.calls.length;
    const refused = await slash('help', { user: 'UREFUSED' });
    expect(refused.res.status).toBe(200);
    await fake.until(() => fake.calls.length > before || undefined);
    await new Promise((r) => setTimeout(r, 200));
    fake.refuseResponses = 0;
    const { id } = await slash('help', { user: 'UREFUSED' });
    expect(textOf(await responseTo(id))).toContain('/plans');
  });

  it('answers as a member, within its bound, when users.info fails with 500', async () => {
    fake.failHttp('users.info', 500, 50);
    const { id } = await slash('digest subscribe', { user: 'U500' });
    const answer = await fake.until(() => fake.responses.find((r) => r.id === id)?.body, 8_000);
    // Refused, saying the role could not be checked rather than that the user is no admin.
    expect(textOf(answer)).toContain('暂时无法向平台确认你的管理员身份');
    fake.failHttp('users.info', 500, 0);
  });

  it('finds a digest that was created though chat.postMessage answered 502, by its metadata', async () => {
    fake.createThenFail = 1;
    const target = { workspace: 'T1', channel: 'CDUP' };
    const err = await slack.post(target, { title: '周报' }, { key: '5:2026-W19' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect(fake.messages.filter((m) => m.channel === 'CDUP')).toHaveLength(1);
    expect(fake.messages.at(-1)!.metadata).toEqual({ event_type: 'kepu_digest', event_payload: { key: '5:2026-W19' } });
    expect(await slack.delivered(target, '5:2026-W19')).toBe(true);
    expect(await slack.delivered(target, '5:2026-W20')).toBe(false);
    expect(await slack.delivered({ workspace: 'T1', channel: 'COTHER' }, '5:2026-W19')).toBe(false);
  });
});

describe('Slack adapter, many workspaces (OAuth installations in SQLite)', () => {
  let oauthSlack: Awaited<ReturnType<typeof startSlack>>;

  beforeAll(async () => {
    const store = sqliteInstallationStore(kepu.db, () => new Date('2026-05-04T01:00:00Z'));
    await store.storeInstallation({
      team: { id: 'T3', name: 'three' },
      enterprise: undefined,
      user: { id: 'U3', token: undefined, scopes: undefined },
      bot: { id: 'B3', userId: 'UB3', token: 'xoxb-T3', scopes: ['commands'] },
      isEnterpriseInstall: false,
      tokenType: 'bot',
      appId: 'A1',
    } as never);
    oauthSlack = await startSlack({
      signingSecret: SECRET,
      port: 0,
      apiUrl: fake.apiUrl,
      dispatcher: kepu.dispatcher,
      oauth: {
        clientId: '111.222',
        clientSecret: 'client-secret',
        stateSecret: 'state-secret',
        installationStore: store,
      },
      retryConfig: { retries: 0 },
    });
  });
  afterAll(async () => oauthSlack.stop());

  async function slashTo(text: string, team: string, user: string) {
    const id = `o${++seq}`;
    const body = new URLSearchParams({
      team_id: team,
      channel_id: 'C3',
      user_id: user,
      command: '/kepu',
      text,
      response_url: fake.responseUrl(id),
      trigger_id: `t${seq}`,
      api_app_id: 'A1',
    }).toString();
    const res = await fetch(`http://127.0.0.1:${oauthSlack.port}/slack/events`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(body) },
    });
    return { res, id };
  }

  it("uses the workspace's own bot token from its installation", async () => {
    fake.admins.add('U3ADMIN');
    const { id } = await slashTo('digest settings', 'T3', 'U3ADMIN');
    expect(textOf(await responseTo(id))).toContain('本频道未订阅周报');
    expect(fake.calls.find((c) => c.method === 'users.info' && c.body.user === 'U3ADMIN')?.auth).toBe('Bearer xoxb-T3');
    await oauthSlack.post({ workspace: 'T3', channel: 'C3' }, { title: '周报' });
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage').at(-1)?.auth).toBe('Bearer xoxb-T3');
  });

  it('answers nothing for a workspace that has not installed the app', async () => {
    const { id } = await slashTo('plans', 'T404', 'U1');
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.responses.find((r) => r.id === id)).toBeUndefined();
  });

  it('serves the install page with the client id and scopes', async () => {
    const res = await fetch(`http://127.0.0.1:${oauthSlack.port}/slack/install`, { redirect: 'manual' });
    const location = res.headers.get('location') ?? (await res.text());
    expect(location).toContain('client_id=111.222');
    expect(location).toContain('scope=commands%2Cchat%3Awrite%2Cusers%3Aread');
  });
});

describe('Slack adapter in Socket Mode', () => {
  let socket: Awaited<ReturnType<typeof startSlack>>;

  beforeAll(async () => {
    socket = await startSlack({
      botToken: 'xoxb-socket',
      appToken: 'xapp-socket',
      apiUrl: fake.apiUrl,
      dispatcher: kepu.dispatcher,
      retryConfig: { retries: 0 },
    });
    await fake.until(() => fake.socketConnected);
  });
  afterAll(async () => {
    await socket.stop();
    // Let the close handshake finish before the fake goes away, or the client logs a WebSocket error.
    await fake.until(() => !fake.socketConnected);
  });

  it('opens the connection with the app token and answers a slash command envelope', async () => {
    expect(fake.calls.find((c) => c.method === 'apps.connections.open')?.auth).toBe('Bearer xapp-socket');
    fake.envelope('env-1', 'slash_commands', {
      team_id: 'T1',
      channel_id: 'C1',
      user_id: 'U1',
      command: '/kepu',
      text: 'tasks 农民',
      response_url: fake.responseUrl('sock1'),
      trigger_id: 'ts1',
      api_app_id: 'A1',
    });
    await fake.until(() => fake.acks.find((a) => a.envelope_id === 'env-1'));
    expect(textOf(await responseTo('sock1'))).toContain('实施高素质农民培育工程');
  });
});

/**
 * Commands defined here, so each test sees exactly what the adapter handed the dispatcher (the Caller,
 * how often a command ran) and can hold a command open. Switching to the real app is a matter of
 * returning `createApp(...).dispatcher` from makeDispatcher.
 */
function makeDispatcher() {
  const runs: { command: string; caller: Caller; opts: Record<string, unknown> }[] = [];
  let release: () => void = () => {};
  let gate = Promise.resolve();
  const text = (zh: string) => ({ 'zh-CN': zh, en: zh });
  const record =
    (command: string): CommandDef['run'] =>
    (ctx, opts) => {
      runs.push({ command, caller: ctx.caller, opts });
      return { title: command };
    };
  const commands: CommandDef[] = [
    {
      name: 'tasks',
      description: text('任务'),
      main: 'query',
      permission: 'everyone',
      options: {
        query: { kind: 'string', description: text('关键词'), required: false, schema: z.string() },
        page: { kind: 'integer', description: text('页码'), required: false, schema: z.number().int().min(1).max(3) },
      },
      run(ctx, opts) {
        runs.push({ command: 'tasks', caller: ctx.caller, opts });
        const query = String(opts.query ?? '');
        const page = (opts.page as number | undefined) ?? 1;
        const at = (p: number) => (p >= 1 && p <= 3 ? { name: 'tasks', args: { query, page: p } } : undefined);
        return {
          title: `Tasks: ${query}`,
          text: `<b>任务</b> & 目标`,
          sections: [{ title: '结果', fields: [{ name: '页', value: `${page}` }] }],
          footer: `第 ${page}/3 页`,
          paging: { page, pages: 3, prev: at(page - 1), next: at(page + 1) },
        };
      },
    },
    {
      name: 'digest subscribe',
      description: text('订阅周报'),
      options: {},
      permission: 'admin',
      run: record('digest subscribe'),
    },
    {
      name: 'slow',
      description: text('慢命令'),
      options: {},
      permission: 'everyone',
      async run(ctx, opts) {
        runs.push({ command: 'slow', caller: ctx.caller, opts });
        await gate;
        return { title: 'slow done' };
      },
    },
  ];
  const clock = { now: () => new Date(), zone: 'Asia/Shanghai' };
  const services = { suggest: () => [], for: () => services, clock } as unknown as Services;
  return {
    dispatcher: new Dispatcher(commands, services),
    runs,
    /** Holds `slow` until the returned function is called. */
    hold(): () => void {
      gate = new Promise<void>((resolve) => (release = resolve));
      return () => release();
    },
  };
}

describe('Slack adapter with test commands', () => {
  let stub: ReturnType<typeof makeDispatcher>;
  let bot: Awaited<ReturnType<typeof startSlack>>;

  beforeAll(async () => {
    stub = makeDispatcher();
    bot = await startSlack({
      botToken: 'xoxb-stub',
      signingSecret: SECRET,
      port: 0,
      apiUrl: fake.apiUrl,
      admins: ['UBOSS'],
      dispatcher: stub.dispatcher,
      retryConfig: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 20 },
    });
  });
  afterAll(async () => bot.stop());

  /** `/kepu <text>` to the stub app, signed as Slack signs it (or with the given headers on top). */
  async function kepu(
    text: string,
    o: { user?: string; team?: string; channel?: string; headers?: Record<string, string>; timestamp?: number } = {},
  ) {
    const id = `s${++seq}`;
    const body = new URLSearchParams({
      token: 'legacy',
      team_id: o.team ?? 'T1',
      channel_id: o.channel ?? 'C1',
      user_id: o.user ?? 'U1',
      command: '/kepu',
      text,
      api_app_id: 'A1',
      response_url: fake.responseUrl(id),
      trigger_id: `t${seq}`,
    }).toString();
    const res = await fetch(`http://127.0.0.1:${bot.port}/slack/events`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(body, o.timestamp), ...o.headers },
    });
    return { res, id, body };
  }

  /** Clicks a button of a message as Slack sends it: a block_actions payload, form-encoded. */
  async function click(button: { action_id: string; value: string }, o: { user?: string; team?: string } = {}) {
    const id = `c${++seq}`;
    const payload = {
      type: 'block_actions',
      team: { id: o.team ?? 'T1', domain: 'kepu' },
      user: { id: o.user ?? 'U1', team_id: o.team ?? 'T1' },
      channel: { id: 'C1', name: 'kepu' },
      api_app_id: 'A1',
      token: 'legacy',
      trigger_id: `t${seq}`,
      response_url: fake.responseUrl(id),
      container: { type: 'message', message_ts: '1.1', channel_id: 'C1' },
      actions: [{ type: 'button', block_id: 'b1', action_ts: '1.2', ...button }],
    };
    const body = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
    const res = await fetch(`http://127.0.0.1:${bot.port}/slack/events`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(body) },
    });
    return { res, id };
  }

  type Blocks = {
    type: string;
    text?: { text: string };
    fields?: { text: string }[];
    elements?: { action_id: string; value: string; text: string | { text: string } }[];
  }[];
  const blocksOf = (body: Record<string, unknown>) => body.blocks as Blocks;
  const buttonsOf = (body: Record<string, unknown>) => blocksOf(body).find((b) => b.type === 'actions')?.elements ?? [];
  const runsOf = (command: string, pred: (r: (typeof stub.runs)[number]) => boolean = () => true) =>
    stub.runs.filter((r) => r.command === command && pred(r));
  const quiet = () => new Promise((r) => setTimeout(r, 250));

  it('acks with 200 while the command is still running, then answers through response_url', async () => {
    const release = stub.hold();
    try {
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no ack within 2 s')), 2000));
      const { res, id } = await Promise.race([kepu('slow'), timeout]);
      expect(res.status).toBe(200);
      await fake.until(() => runsOf('slow').length === 1);
      expect(fake.responses.find((r) => r.id === id)).toBeUndefined();
      release();
      const body = await responseTo(id);
      expect(blocksOf(body)[0]).toMatchObject({ type: 'header', text: { text: 'slow done' } });
    } finally {
      release();
    }
  });

  it('renders the reply as Block Kit with escaped text, a footer and a next-page button', async () => {
    const { id } = await kepu('tasks 防灾减灾');
    const body = await responseTo(id);
    expect(body.response_type).toBe('in_channel');
    expect(body.text).toBe('Tasks: 防灾减灾\n&lt;b&gt;任务&lt;/b&gt; &amp; 目标');
    const blocks = blocksOf(body);
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context', 'actions']);
    expect(blocks[0]!.text!.text).toBe('Tasks: 防灾减灾');
    expect(blocks[1]!.text!.text).toBe('&lt;b&gt;任务&lt;/b&gt; &amp; 目标');
    expect(blocks[2]!.fields![0]!.text).toBe('*页*\n1');
    expect(buttonsOf(body).map((b) => [b.action_id, b.value])).toEqual([
      ['kepu_page_next', '/tasks query:防灾减灾 page:2'],
    ]);
    expect(runsOf('tasks').at(-1)!.opts).toEqual({ query: '防灾减灾' });
  });

  it('runs a next-page click and answers the clicker with page 2, leaving the shared message', async () => {
    const { id } = await kepu('tasks 科普');
    const next = buttonsOf(await responseTo(id)).find((b) => b.action_id === 'kepu_page_next')!;
    const { res, id: clickId } = await click(next, { user: 'UCLICK' });
    expect(res.status).toBe(200);
    const page2 = await responseTo(clickId);
    expect(page2.replace_original).toBe(false);
    expect(page2.response_type).toBe('ephemeral');
    expect(JSON.stringify(page2.blocks)).toContain('第 2/3 页');
    expect(buttonsOf(page2).map((b) => [b.action_id, b.value])).toEqual([
      ['kepu_page_prev', '/tasks query:科普 page:1'],
      ['kepu_page_next', '/tasks query:科普 page:3'],
    ]);
    expect(runsOf('tasks').at(-1)).toMatchObject({
      opts: { query: '科普', page: 2 },
      caller: { workspace: 'T1', channel: 'C1', user: 'UCLICK' },
    });
  });

  it('refuses an admin command to a member, ephemerally, without running it', async () => {
    const { id } = await kepu('digest subscribe', { user: 'UMEMBER' });
    const body = await responseTo(id);
    expect(body.response_type).toBe('ephemeral');
    expect(JSON.stringify(body.blocks)).toContain('只有管理员可以使用');
    expect(runsOf('digest subscribe', (r) => r.caller.user === 'UMEMBER')).toHaveLength(0);
  });

  it('runs admin commands for the configured admins and for workspace admins per users.info', async () => {
    await responseTo((await kepu('digest subscribe', { user: 'UBOSS' })).id);
    fake.admins.add('UWSADMIN2');
    await responseTo((await kepu('digest subscribe', { user: 'UWSADMIN2' })).id);
    expect(runsOf('digest subscribe').map((r) => [r.caller.user, r.caller.isAdmin])).toEqual([
      ['UBOSS', true],
      ['UWSADMIN2', true],
    ]);
  });

  it('asks users.info once per user within the cache time', async () => {
    await responseTo((await kepu('tasks a', { user: 'UCACHE' })).id);
    await responseTo((await kepu('tasks b', { user: 'UCACHE' })).id);
    expect(fake.calls.filter((c) => c.method === 'users.info' && c.body.user === 'UCACHE')).toHaveLength(1);
  });

  it('gives each team its own workspace in the Caller, in the user locale', async () => {
    fake.locales.set('UENG', 'en-GB');
    await responseTo((await kepu('tasks ws', { team: 'TA', channel: 'CA' })).id);
    await responseTo((await kepu('tasks ws', { team: 'TB', channel: 'CB', user: 'UENG' })).id);
    expect(runsOf('tasks', (r) => r.opts.query === 'ws').map((r) => r.caller)).toEqual([
      { platform: 'slack', workspace: 'TA', channel: 'CA', user: 'U1', locale: 'zh-CN', isAdmin: false },
      { platform: 'slack', workspace: 'TB', channel: 'CB', user: 'UENG', locale: 'en', isAdmin: false },
    ]);
  });

  it('refuses a bad signature and a stale timestamp with 401 before any handler runs', async () => {
    const bad = await kepu('tasks forged', {
      user: 'UFORGED',
      headers: { 'x-slack-signature': `v0=${'0'.repeat(64)}` },
    });
    const stale = await kepu('tasks stale', { user: 'UFORGED', timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect([bad.res.status, stale.res.status]).toEqual([401, 401]);
    await quiet();
    expect(runsOf('tasks', (r) => r.caller.user === 'UFORGED')).toHaveLength(0);
    expect(fake.calls.some((c) => c.method === 'users.info' && c.body.user === 'UFORGED')).toBe(false);
    expect(fake.responses.some((r) => r.id === bad.id || r.id === stale.id)).toBe(false);
  });

  it('acks a retried request without running the command again', async () => {
    const first = await kepu('tasks retried');
    await responseTo(first.id);
    const retry = await fetch(`http://127.0.0.1:${bot.port}/slack/events`, {
      method: 'POST',
      body: first.body,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...sign(first.body),
        'x-slack-retry-num': '1',
        'x-slack-retry-reason': 'http_timeout',
      },
    });
    expect(retry.status).toBe(200);
    await quiet();
    expect(runsOf('tasks', (r) => r.opts.query === 'retried')).toHaveLength(1);
    expect(fake.responses.filter((r) => r.id === first.id)).toHaveLength(1);
  });

  it('waits out a 429 for its Retry-After and then posts', async () => {
    fake.fail('chat.postMessage', 429);
    const before = fake.calls.length;
    const started = Date.now();
    await bot.post({ workspace: 'T1', channel: 'CDIGEST' }, { title: '周报' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    const posts = fake.calls.slice(before).filter((c) => c.method === 'chat.postMessage');
    expect(posts.map((c) => c.body.channel)).toEqual(['CDIGEST', 'CDIGEST']);
    expect(posts[1]!.auth).toBe('Bearer xoxb-stub');
    expect(posts[1]!.body.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: '周报', emoji: true } },
    ]);
  });

  it('reports ratelimited, after the retries, as a temporary failure', async () => {
    fake.retryAfter = 0;
    try {
      fake.fail('chat.postMessage', 429, 429, 429);
      const err = await bot.post({ workspace: 'T1', channel: 'C1' }, { title: 'x' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeliveryError);
      expect(err).toMatchObject({ code: 'ratelimited', permanent: false });
    } finally {
      fake.retryAfter = 1;
      fake.fail('chat.postMessage');
    }
  });

  it('tells permanent delivery failures from temporary ones', async () => {
    const codes = [
      'not_in_channel',
      'channel_not_found',
      'is_archived',
      'account_inactive',
      'invalid_auth',
      'internal_error',
      'fatal_error',
    ];
    const results: [string, boolean][] = [];
    for (const code of codes) {
      fake.fail('chat.postMessage', code);
      const err = await bot.post({ workspace: 'T1', channel: 'C1' }, { title: 'x' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeliveryError);
      results.push([(err as DeliveryError).code, (err as DeliveryError).permanent]);
    }
    expect(results).toEqual([
      ['not_in_channel', true],
      ['channel_not_found', true],
      ['is_archived', true],
      ['account_inactive', true],
      ['invalid_auth', true],
      ['internal_error', false],
      ['fatal_error', false],
    ]);
  });
});

/**
 * End-to-end: the real @larksuiteoapi/node-sdk (Client, WSClient, EventDispatcher) in src/adapters/feishu
 * against a fake Feishu on 127.0.0.1 — events over the long connection's protobuf frames, and as encrypted,
 * signed HTTP requests in HTTP mode.
 */
import { weekly } from './helpers.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../src/app.js';
import { manualClock } from '../src/clock.js';
import { FeishuAdapter, commandLine, workspaceOf, type FeishuOptions } from '../src/adapters/feishu/adapter.js';
import { digestScheduler } from '../src/main.js';
import { DeliveryError } from '../src/reply.js';
import { feishuMode, loadConfig } from '../src/config.js';
import { Dispatcher } from '../src/dispatch/dispatcher.js';
import type { CommandDef } from '../src/dispatch/types.js';
import { claimRun, getRun, markRun, upsertSubscription } from '../src/store/subscriptions.js';
import { slotOf } from '../src/services/scheduler.js';
import {
  APP_ID,
  APP_SECRET,
  FakeFeishu,
  cardAction,
  fileEvent,
  messageEvent,
  type FeishuCall,
} from './fakes/feishu.js';

let fake: FakeFeishu;
let dir: string;
let kepu: App;
let feishu: FeishuAdapter;
const clock = manualClock(new Date('2026-05-04T01:30:00Z'));

async function startFeishu(app: App, o: Partial<FeishuOptions> = {}): Promise<FeishuAdapter> {
  const adapter = new FeishuAdapter({
    appId: APP_ID,
    appSecret: APP_SECRET,
    domain: fake.url,
    db: app.db,
    clock: app.clock,
    admins: ['ou_listed'],
    ...o,
  });
  await adapter.start(app.dispatcher);
  return adapter;
}

beforeAll(async () => {
  fake = await new FakeFeishu().start();
  fake.chats.set('oc_g1', { tenant: 'T1', owner: 'ou_owner', managers: ['ou_mgr'], bot: true });
  fake.chats.set('oc_g2', { tenant: 'T1', owner: 'ou_owner2', managers: [], bot: true });
  fake.chats.set('oc_t2', { tenant: 'T2', owner: 'ou_owner', managers: [], bot: true });
  fake.chats.set('oc_gone', { tenant: 'T1', owner: 'ou_owner', managers: [], bot: false });
  dir = mkdtempSync(join(tmpdir(), 'kepu-feishu-'));
  kepu = createApp({ dbPath: join(dir, 'kepu.db'), clock });
  feishu = await startFeishu(kepu);
  await fake.until(() => fake.connected);
});

afterAll(async () => {
  await feishu.stop();
  kepu.close();
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

const cardOf = (call: FeishuCall) =>
  (typeof call.body.content === 'string' ? JSON.parse(call.body.content) : call.body.card) as {
    config: { update_multi: boolean };
    header: { title: { content: string }; template: string };
    elements: { tag: string; actions?: { value: { command: string } }[] }[];
  };
const flat = (v: unknown) => JSON.stringify(v);

/** Sends a message event over the long connection; resolves with the bot's answer to it (reply or ephemeral). */
async function say(o: Parameters<typeof messageEvent>[0]): Promise<FeishuCall> {
  const before = fake.calls.length;
  const event = messageEvent(o);
  const ack = await fake.push(event);
  expect(ack.code).toBe(200);
  const answered = () =>
    fake.calls.slice(before).find((c) => /\/reply$/.test(c.path) || c.path === '/open-apis/ephemeral/v1/send');
  await fake.until(() => Boolean(answered()));
  return answered()!;
}

describe('Feishu adapter over the long connection', () => {
  it('answers an @-mention in a group with a card replying to the message', async () => {
    const call = await say({ tenant: 'T1', chat: 'oc_g1', user: 'ou_member', text: '/tasks 农民' });
    expect(call.path).toMatch(/^\/open-apis\/im\/v1\/messages\/om_in_\d+\/reply$/);
    expect(call.body.msg_type).toBe('interactive');
    const card = cardOf(call);
    expect(card.header.title.content).toContain('农民');
    expect(flat(card.elements)).toContain('实施高素质农民培育工程');
    const buttons = card.elements.find((e) => e.tag === 'action')!.actions!;
    expect(buttons.map((b) => b.value.command)).toContain('/tasks query:农民 page:2');
    expect(card.config.update_multi).toBe(false);
  });

  it('reads Chinese command names and direct messages without a mention; ignores group talk not addressed to it', async () => {
    expect(commandLine('@_user_1 任务 农民', ['@_user_1'])).toBe('/tasks 农民');
    expect(workspaceOf('T1', 'ou_member')).toBe('T1');
    expect(workspaceOf('', 'ou_member')).toBe('dm:ou_member');
    const dm = await say({ tenant: 'T1', chat: 'oc_dm', user: 'ou_member', text: '单位 区科协', p2p: true });
    expect(cardOf(dm).header.title.content).toContain('区科协');
    const before = fake.calls.length;
    await fake.push(messageEvent({ tenant: 'T1', chat: 'oc_g1', user: 'ou_member', text: '/help', mention: false }));
    await say({ tenant: 'T1', chat: 'oc_g1', user: 'ou_member', text: '/plans' });
    expect(fake.calls.slice(before).filter((c) => /\/reply$/.test(c.path))).toHaveLength(1);
  });

  it('pages for the clicker only: the next card comes back in the callback, nothing is patched or posted', async () => {
    const before = fake.calls.length;
    const ack = await fake.push(
      cardAction({ tenant: 'T1', chat: 'oc_g1', user: 'ou_member', command: '/tasks query:农民 page:2' }),
    );
    expect(ack.code).toBe(200);
    const answer = ack.data as { card: { type: string; data: ReturnType<typeof cardOf> } };
    expect(answer.card.type).toBe('raw');
    expect(flat(answer.card.data)).toContain('第 2/');
    expect(answer.card.data.config.update_multi).toBe(false);
    expect(fake.calls.slice(before).filter((c) => c.method === 'PATCH' || /messages/.test(c.path))).toHaveLength(0);
  });

  it("answers a choice from the bot's menu in a direct message", async () => {
    const before = fake.calls.length;
    const ack = await fake.push({
      schema: '2.0',
      header: { event_id: 'ev_menu_1', event_type: 'application.bot.menu_v6', tenant_key: 'T1', app_id: APP_ID },
      event: { operator: { operator_id: { open_id: 'ou_member' } }, event_key: 'themedays', timestamp: Date.now() },
    });
    expect(ack.code).toBe(200);
    const toUser = () =>
      fake.calls
        .slice(before)
        .find((c) => c.query.get('receive_id_type') === 'open_id' && c.body.receive_id === 'ou_member');
    await fake.until(() => Boolean(toUser()));
    expect(cardOf(toUser()!).header.title.content).toContain('主题日');
  });

  it('handles a re-delivered event id once, also after a restart', async () => {
    const event = { tenant: 'T1', chat: 'oc_g1', user: 'ou_member', text: '/plans', eventId: 'ev_redelivered' };
    const replies = () => fake.calls.filter((c) => /\/reply$/.test(c.path)).length;
    await say(event);
    const after = replies();
    await fake.push(messageEvent(event));
    await feishu.stop();
    kepu.close();
    kepu = createApp({ dbPath: join(dir, 'kepu.db'), clock });
    feishu = await startFeishu(kepu);
    await fake.until(() => fake.connected);
    await fake.push(messageEvent(event));
    await say({ tenant: 'T1', chat: 'oc_g1', user: 'ou_member', text: '/units' });
    expect(replies()).toBe(after + 1);
  });

  it('refuses admin commands to members, clearly and to them only; the owner, a manager and listed users may', async () => {
    const refused = await say({ tenant: 'T1', chat: 'oc_g1', user: 'ou_member', text: '/digest subscribe' });
    expect(refused.path).toBe('/open-apis/ephemeral/v1/send');
    expect(refused.body.open_id).toBe('ou_member');
    expect(flat(cardOf(refused))).toContain('只有管理员可以使用');
    expect(kepu.services.subscriptions.of({ platform: 'feishu', workspace: 'T1', channel: 'oc_g1' })).toBeUndefined();
    for (const user of ['ou_owner', 'ou_mgr', 'ou_listed']) {
      const ok = await say({ tenant: 'T1', chat: 'oc_g1', user, text: '/digest subscribe weekday:5' });
      expect(cardOf(ok).header.title.content).toBe('已订阅每周周报');
    }
    expect(kepu.services.subscriptions.of({ platform: 'feishu', workspace: 'T1', channel: 'oc_g1' })?.weekday).toBe(5);
  });

  it("keeps a group's settings invisible from another group and another tenant", async () => {
    const other = await say({ tenant: 'T1', chat: 'oc_g2', user: 'ou_owner2', text: '/digest settings' });
    expect(cardOf(other).header.title.content).toBe('本频道未订阅周报');
    const tenant = await say({ tenant: 'T2', chat: 'oc_t2', user: 'ou_owner', text: '/digest settings' });
    expect(cardOf(tenant).header.title.content).toBe('本频道未订阅周报');
    const own = await say({ tenant: 'T1', chat: 'oc_g1', user: 'ou_owner', text: '/digest settings' });
    expect(cardOf(own).header.title.content).toBe('周报设置');
  });

  it('posts digests with im.message.create once per key (uuid), and reports a group the bot left', async () => {
    const created = () => fake.to('/open-apis/im/v1/messages', 'POST');
    const before = created().length;
    expect(feishu.idempotent).toBe(true);
    await feishu.post({ workspace: 'T1', channel: 'oc_g1' }, { title: '周报' }, { key: '99:2026-W19' });
    await feishu.post({ workspace: 'T1', channel: 'oc_g1' }, { title: '周报' }, { key: '99:2026-W19' });
    const posts = created().slice(before);
    expect(posts.map((p) => p.body.uuid)).toEqual(['99:2026-W19', '99:2026-W19']);
    expect(fake.messagesIn('oc_g1', '99:2026-W19')).toBe(1);
    expect(posts[0]!.query.get('receive_id_type')).toBe('chat_id');

    const err = await feishu.post({ workspace: 'T1', channel: 'oc_gone' }, { title: '周报' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err).toMatchObject({ code: '230002', permanent: true });

    // Through the scheduler: the subscribed group gets its card once this week; the left group is reported.
    upsertSubscription(
      kepu.db,
      weekly({ platform: 'feishu', workspace: 'T1', channel: 'oc_gone', createdBy: 'ou_owner' }),
      clock.now(),
    );
    const scheduler = digestScheduler(kepu, [feishu]);
    const mark = created().length;
    await scheduler.tick();
    await scheduler.tick();
    const sent = created().slice(mark);
    const toGroup = sent.filter((c) => c.body.receive_id === 'oc_gone');
    const toOwner = sent.filter(
      (c) => c.query.get('receive_id_type') === 'open_id' && c.body.receive_id === 'ou_owner',
    );
    expect(toGroup).toHaveLength(1);
    expect(toOwner).toHaveLength(1);
    expect(flat(cardOf(toOwner[0]!))).toContain('230002');
  });

  it('a digest post interrupted by a restart is sent again with the same uuid: one message in the group', async () => {
    const sub = upsertSubscription(
      kepu.db,
      weekly({ platform: 'feishu', workspace: 'T1', channel: 'oc_g2', createdBy: 'ou_owner2' }),
      clock.now(),
    );
    const week = slotOf(sub, clock.now()).week;
    // The crashed process had claimed the run and its post reached Feishu before it died.
    claimRun(kepu.db, sub.id, week, 'crashed-process', clock.now(), new Date(0));
    markRun(kepu.db, sub.id, week, 'crashed-process', 'posting', clock.now(), { countAttempt: true });
    await feishu.post({ workspace: 'T1', channel: 'oc_g2' }, { title: '周报' }, { key: `${sub.id}:${week}` });
    clock.advance(3 * 60_000);
    try {
      const scheduler = digestScheduler(kepu, [feishu]);
      await scheduler.tick();
      const toGroup = fake.to('/open-apis/im/v1/messages', 'POST').filter((c) => c.body.receive_id === 'oc_g2');
      expect(toGroup.map((c) => c.body.uuid)).toEqual([`${sub.id}:${week}`, `${sub.id}:${week}`]);
      expect(fake.messagesIn('oc_g2', `${sub.id}:${week}`)).toBe(1);
      expect(getRun(kepu.db, sub.id, week)?.status).toBe('sent');
    } finally {
      clock.advance(-3 * 60_000);
    }
  });
});

describe('chat import from a file sent to the Feishu bot', () => {
  const PLAN = Buffer.from(
    readFileSync(new URL('../seeds/haian-2022-science-literacy.txt', import.meta.url), 'utf8').replaceAll(
      '海安',
      '泰兴',
    ),
  );
  const titles = (workspace: string) =>
    kepu.services
      .for(workspace)
      .plans.names()
      .map((p) => p.title);

  /** Sends a file in a direct message; resolves with the card the bot replied with. */
  async function sendFile(user: string, bytes: Uint8Array | undefined, name = '泰兴规划.txt') {
    const before = fake.calls.length;
    const { event, messageId } = fileEvent({ tenant: 'T1', chat: `oc_dm_${user}`, user, fileKey: 'file_v3_k', name });
    if (bytes) fake.resources.set(`${messageId}/file_v3_k`, bytes);
    expect((await fake.push(event)).code).toBe(200);
    const reply = () => fake.calls.slice(before).find((c) => c.path === `/open-apis/im/v1/messages/${messageId}/reply`);
    await fake.until(() => Boolean(reply()), 15_000);
    return { card: cardOf(reply()!), downloads: fake.calls.slice(before).filter((c) => /\/resources\//.test(c.path)) };
  }

  /** Presses a button of a card; resolves with the card that answers it (in the callback, or only for the clicker). */
  async function press(user: string, command: string) {
    const before = fake.calls.length;
    const ack = await fake.push(cardAction({ tenant: 'T1', chat: `oc_dm_${user}`, user, command }));
    const data = ack.data as { card?: { data: ReturnType<typeof cardOf> } };
    if (data.card) return data.card.data;
    const late = () => fake.calls.slice(before).find((c) => c.path === '/open-apis/ephemeral/v1/send');
    await fake.until(() => Boolean(late()), 15_000);
    return cardOf(late()!);
  }
  const buttonsOf = (card: ReturnType<typeof cardOf>) =>
    card.elements.find((e) => e.tag === 'action')!.actions! as unknown as {
      text: { content: string };
      value: { command: string };
    }[];

  it('downloads the file with the SDK, previews it with 导入/取消; 取消 stores nothing', async () => {
    const { card, downloads } = await sendFile('ou_listed', PLAN);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.query.get('type')).toBe('file');
    expect(card.header.title.content).toContain('导入预览');
    expect(flat(card)).toContain('泰兴市全民科学素质行动规划纲要实施方案');
    const [yes, no] = buttonsOf(card);
    expect([yes!.text.content, no!.text.content]).toEqual(['导入', '取消']);
    expect(yes!.value.command).toMatch(/^\/plan import confirm:\S+$/);
    expect(titles('T1').some((t) => t.includes('泰兴'))).toBe(false);
    expect((await press('ou_listed', no!.value.command)).header.title.content).toBe('已取消导入');
    expect(flat(await press('ou_listed', yes!.value.command))).toContain('已经过期、取消或完成');
    expect(titles('T1').some((t) => t.includes('泰兴'))).toBe(false);
  });

  it('导入 stores the plan in the tenant only', async () => {
    const [yes] = buttonsOf((await sendFile('ou_listed', PLAN)).card);
    const stored = await press('ou_listed', yes!.value.command);
    expect(stored.header.title.content).toMatch(/^已导入规划 \d+$/);
    expect(titles('T1').some((t) => t.includes('泰兴'))).toBe(true);
    expect(titles('T2').some((t) => t.includes('泰兴'))).toBe(false);
    const plans = await say({ tenant: 'T1', chat: 'oc_g1', user: 'ou_member', text: '/plans' });
    expect(flat(cardOf(plans))).toContain('泰兴');
  });

  it('refuses a member who is not an admin without downloading the file', async () => {
    const { card, downloads } = await sendFile('ou_member', PLAN);
    expect(card.header.template).toBe('red');
    expect(flat(card)).toContain('管理员');
    expect(downloads).toHaveLength(0);
  });

  it('refuses a file over 20 MB, and names the Feishu error of a file it cannot get', async () => {
    const big = await sendFile('ou_listed', Buffer.alloc(21 * 1024 * 1024, 0x41));
    expect(flat(big.card)).toContain('20 MB');
    const missing = await sendFile('ou_listed', undefined);
    expect(flat(missing.card)).toContain('234003');
  });
});

describe('Feishu adapter in HTTP event mode', () => {
  const KEY = 'test-encrypt-key';
  let http: FeishuAdapter;
  let url: string;

  beforeAll(async () => {
    http = await startFeishu(kepu, { mode: 'http', port: 0, encryptKey: KEY, verificationToken: 'vtoken' });
    url = `http://127.0.0.1:${http.port}/`;
  });
  afterAll(() => http.stop());

  it('answers the URL check with the challenge', async () => {
    const res = await fake.deliverHttp(
      url,
      { type: 'url_verification', challenge: 'ch-123', token: 'vtoken' },
      { encryptKey: KEY },
    );
    expect(res).toEqual({ status: 200, body: { challenge: 'ch-123' } });
  });

  it('decrypts a signed message event and answers with a card', async () => {
    const before = fake.calls.length;
    const event = messageEvent({
      tenant: 'T1',
      chat: 'oc_g1',
      user: 'ou_member',
      text: '/targets year:2025 plan:南京',
    });
    expect((await fake.deliverHttp(url, event, { encryptKey: KEY })).status).toBe(200);
    await fake.until(() => fake.calls.slice(before).some((c) => /\/reply$/.test(c.path)));
    const reply = fake.calls.slice(before).find((c) => /\/reply$/.test(c.path))!;
    expect(flat(cardOf(reply))).toContain('公民具备科学素质的比例');
  });

  it('refuses a bad signature or a wrong verification token, and handles nothing', async () => {
    const before = fake.calls.length;
    const event = messageEvent({ tenant: 'T1', chat: 'oc_g1', user: 'ou_member', text: '/plans' });
    expect((await fake.deliverHttp(url, event, { encryptKey: KEY, signature: 'f'.repeat(64) })).status).toBe(401);
    const forged = messageEvent({ tenant: 'T1', chat: 'oc_g1', user: 'ou_member', text: '/plans', token: 'wrong' });
    expect((await fake.deliverHttp(url, forged, { encryptKey: KEY })).status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.calls.slice(before)).toHaveLength(0);
  });

  it('answers a card callback over HTTP with the next page', async () => {
    const res = await fake.deliverHttp(
      url,
      cardAction({ tenant: 'T1', chat: 'oc_g1', user: 'ou_member', command: '/units page:2' }),
      { encryptKey: KEY },
    );
    expect(res.status).toBe(200);
    expect(flat(res.body)).toContain('第 2/');
  });
});

describe('Feishu card callbacks within 3 s', () => {
  let slow: FeishuAdapter;
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));

  beforeAll(async () => {
    const command: CommandDef = {
      name: 'slow',
      description: { 'zh-CN': '慢命令', en: 'slow' },
      options: {},
      permission: 'everyone',
      async run() {
        await gate;
        return { title: 'slow done' };
      },
    };
    slow = new FeishuAdapter({
      appId: APP_ID,
      appSecret: APP_SECRET,
      domain: fake.url,
      mode: 'http',
      port: 0,
      encryptKey: 'k2',
      db: kepu.db,
      clock,
      cardTimeoutMs: 200,
    });
    await slow.start(new Dispatcher([command], kepu.services));
  });
  afterAll(async () => {
    release();
    await slow.stop();
  });

  it('answers a slow button with a toast at once, then the card to the clicker only', async () => {
    const before = fake.calls.length;
    const event = cardAction({ tenant: 'T1', chat: 'oc_g1', user: 'ou_member', command: '/slow' });
    const res = await fake.deliverHttp(`http://127.0.0.1:${slow.port}/`, event, { encryptKey: 'k2' });
    expect(res.status).toBe(200);
    expect(res.body).toHaveProperty('toast');
    release();
    const ephemeral = () => fake.calls.slice(before).find((c) => c.path === '/open-apis/ephemeral/v1/send');
    await fake.until(() => Boolean(ephemeral()));
    expect(ephemeral()!.body).toMatchObject({ chat_id: 'oc_g1', open_id: 'ou_member' });
    expect(cardOf(ephemeral()!).header.title.content).toBe('slow done');
  });
});

describe('Feishu configuration', () => {
  it('uses the long connection unless HTTP events are configured, and names a bad variable', () => {
    const base = { FEISHU_APP_ID: APP_ID, FEISHU_APP_SECRET: APP_SECRET };
    expect(feishuMode(loadConfig(base))).toBe('ws');
    expect(feishuMode(loadConfig({ ...base, FEISHU_ENCRYPT_KEY: 'k' }))).toBe('http');
    expect(loadConfig({ ...base, FEISHU_DOMAIN: 'larksuite.com' }).FEISHU_DOMAIN).toBe('lark');
    expect(loadConfig({ ...base, FEISHU_DOMAIN: 'http://127.0.0.1:9/' }).FEISHU_DOMAIN).toBe('http://127.0.0.1:9');
    expect(() => loadConfig({ ...base, FEISHU_APP_ID: 'my-app' })).toThrow(/FEISHU_APP_ID/);
    expect(() => loadConfig({ FEISHU_APP_ID: APP_ID })).toThrow(/FEISHU_APP_SECRET/);
    expect(() => loadConfig({ ...base, FEISHU_MODE: 'http' })).toThrow(/FEISHU_ENCRYPT_KEY/);
  });
});

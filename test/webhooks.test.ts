/**
 * Digests to group robots: Feishu custom bots, DingTalk custom robots and WeCom group robots on a fake on
 * 127.0.0.1 that checks signatures and enforces the rate limits. Subscriptions are made through the command.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../src/app.js';
import { manualClock } from '../src/clock.js';
import type { Caller } from '../src/dispatch/types.js';
import { digestScheduler } from '../src/main.js';
import { commandHint, DeliveryError, type Poster, type Reply } from '../src/reply.js';
import { detectWebhook, maskWebhook } from '../src/services/webhooks.js';
import { sign, WebhookPoster } from '../src/adapters/webhooks/poster.js';
import { renderMarkdown, robotBody, BYTES } from '../src/adapters/webhooks/render.js';
import { FakeRobots } from './fakes/robots.js';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { INTERRUPTED, Scheduler, slotOf } from '../src/services/scheduler.js';
import { claimRun, getRun, listSubscriptions, markRun } from '../src/store/subscriptions.js';
import { digestFailure } from '../commands/replies/digest.js';

let robots: FakeRobots;
let dir: string;
const apps: App[] = [];

beforeAll(async () => {
  robots = await new FakeRobots().start();
  dir = mkdtempSync(join(tmpdir(), 'kepu-robots-'));
});
afterAll(async () => {
  await robots.stop();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  for (const a of apps.splice(0)) a.close();
});

/** Monday 2026-05-04 09:30 in Shanghai: a default subscription (Monday 09:00) is due. */
const MONDAY = new Date('2026-05-04T01:30:00Z');

function start(name: string) {
  const clock = manualClock(MONDAY);
  const app = createApp({ dbPath: join(dir, `${name}.db`), clock });
  apps.push(app);
  return { app, clock };
}

const admin = (workspace = 'T1'): Caller => ({
  platform: 'slack',
  workspace,
  channel: 'C-admins',
  user: 'U-admin',
  locale: 'zh-CN',
  isAdmin: true,
});

/** A poster standing in for the platform the admin subscribed from: records notifications. */
function origin(): Poster & { notes: Reply[] } {
  const notes: Reply[] = [];
  return {
    platform: 'slack',
    notes,
    async post() {},
    async notify(_t, reply) {
      notes.push(reply);
    },
  };
}

const flat = (v: unknown) => JSON.stringify(v);

describe('group-robot URLs', () => {
  it('detects each platform by its host and path, on loopback by the path alone', () => {
    expect(detectWebhook('https://open.feishu.cn/open-apis/bot/v2/hook/abc-123')).toBe('feishu');
    expect(detectWebhook('https://open.larksuite.com/open-apis/bot/v2/hook/abc')).toBe('feishu');
    expect(detectWebhook('https://oapi.dingtalk.com/robot/send?access_token=abc')).toBe('dingtalk');
    expect(detectWebhook('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc')).toBe('wecom');
    expect(detectWebhook(robots.dingtalkUrl('x'))).toBe('dingtalk');
    expect(detectWebhook('http://oapi.dingtalk.com/robot/send?access_token=abc')).toBeUndefined();
    expect(detectWebhook('https://evil.example/robot/send?access_token=abc')).toBeUndefined();
    expect(detectWebhook('https://oapi.dingtalk.com/robot/send')).toBeUndefined();
    expect(detectWebhook('not a url')).toBeUndefined();
  });

  it('masks every token but its last 4 characters', () => {
    const masked = maskWebhook('https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef');
    expect(masked).toBe('https://oapi.dingtalk.com/robot/send?access_token=…cdef');
    expect(maskWebhook('https://open.feishu.cn/open-apis/bot/v2/hook/aaaa-bbbb-cccc')).toBe(
      'https://open.feishu.cn/open-apis/bot/v2/hook/…cccc',
    );
  });

  it('never logs a URL or secret: the logger redacts them', () => {
    const script = `import('./dist/src/log.js').then(({ log }) => log.info({ url: 'https://h/x?key=LEAK1', secret: 'LEAK2', hook: { url: 'LEAK3', secret: 'LEAK4' }, args: { webhook: 'LEAK5', secret: 'LEAK6' } }, 'm'))`;
    const run = spawnSync(process.execPath, ['-e', script], {
      cwd: join(__dirname, '..'),
      env: { ...process.env, VITEST: '', KEPU_LOG_LEVEL: 'info' },
      encoding: 'utf8',
    });
    expect(run.stderr).toContain('"msg":"m"');
    expect(run.stderr.match(/\[redacted\]/g)).toHaveLength(6);
    expect(run.stderr).not.toMatch(/LEAK/);
  });

  it('signs as each platform documents: HMAC-SHA256, base64', () => {
    // Feishu: key = timestamp + "\n" + secret over an empty message; DingTalk: key = secret over timestamp + "\n" + secret.
    // Expected values computed independently (Python hmac).
    expect(sign('feishu', 'sec', 1_700_000_000_000)).toEqual({
      timestamp: '1700000000',
      sign: 'ttGYnPblC3CcNExnS7y5igm57JhpqZJtHpJ+TURiUeg=',
    });
    expect(sign('dingtalk', 'sec', 1_700_000_000_000)).toEqual({
      timestamp: '1700000000000',
      sign: '2Bn+1b9JMbAnwLtaHqn8F5V8vOWoUG9M7qcsi2p+u90=',
    });
  });

  it('keeps markdown within each robot’s byte limit', () => {
    const long = { title: '周报', text: '科'.repeat(5000) };
    expect(Buffer.byteLength(renderMarkdown(long, 'wecom'))).toBeLessThanOrEqual(BYTES.wecom);
    expect(renderMarkdown(long, 'wecom').endsWith('…')).toBe(true);
    const many = {
      title: '周报',
      sections: Array.from({ length: 40 }, (_, i) => ({ title: `第${i}节`, body: '科'.repeat(300) })),
    };
    const card = JSON.stringify(robotBody('feishu', many, 'zh-CN'));
    expect(Buffer.byteLength(card)).toBeLessThanOrEqual(BYTES.feishu);
    expect(card).toContain('第0节');
    expect(card).not.toContain('第39节');
  });

  it('shows command hints as typed, in cards and markdown alike', () => {
    const reply = { title: '周报', text: `设置：${commandHint('digest settings')} 查看` };
    for (const body of [
      robotBody('feishu', reply, 'zh-CN'),
      robotBody('dingtalk', reply, 'zh-CN'),
      robotBody('wecom', reply, 'zh-CN'),
    ]) {
      const json = JSON.stringify(body);
      expect(json).toContain('/digest settings');
      expect(json).not.toMatch(/[\uE000-\uE002]/);
    }
  });
});

describe('digests to group robots', () => {
  it('an admin subscribes a robot; URL and secret are never echoed in full', async () => {
    const { app } = start('echo');
    const url = robots.dingtalkUrl('dt-echo-0123456789');
    const reply = await app.dispatcher.runText(`/digest subscribe webhook:${url} secret:SEC-echo-secret`, admin());
    expect(reply.error).toBeUndefined();
    expect(flat(reply)).toContain('…6789');
    expect(flat(reply)).not.toContain('dt-echo-0123456789');
    expect(flat(reply)).not.toContain('SEC-echo-secret');
    const settings = await app.dispatcher.runText('/digest settings', admin());
    expect(flat(settings)).toContain('钉钉群机器人');
    expect(flat(settings)).not.toContain('dt-echo-0123456789');
    // Another workspace sees none of it.
    expect(flat(await app.dispatcher.runText('/digest settings', admin('T2')))).not.toContain('钉钉');
    const member = { ...admin(), isAdmin: false };
    expect((await app.dispatcher.runText(`/digest subscribe webhook:${robots.wecomUrl('w')}`, member)).error).toBe(
      true,
    );
    const bad = await app.dispatcher.runText(
      '/digest subscribe webhook:https://example.com/hook?key=s3cr3tvalue',
      admin(),
    );
    expect(bad.error).toBe(true);
    expect(flat(bad)).not.toContain('s3cr3tvalue');
  });

  it('posts once per week per subscription, in each platform’s format and signed', async () => {
    const { app, clock } = start('weekly');
    robots.secrets.set('fs-weekly', 'SEC-fs');
    robots.secrets.set('dt-weekly', 'SEC-dt');
    for (const [url, secret] of [
      [robots.feishuUrl('fs-weekly'), 'SEC-fs'],
      [robots.dingtalkUrl('dt-weekly'), 'SEC-dt'],
      [robots.wecomUrl('wc-weekly'), undefined],
    ] as const) {
      const line = `/digest subscribe webhook:${url}${secret ? ` secret:${secret}` : ''}`;
      expect((await app.dispatcher.runText(line, admin())).error).toBeUndefined();
    }
    const scheduler = digestScheduler(app, [origin()]);
    expect(await scheduler.tick()).toHaveLength(3);
    expect(await scheduler.tick()).toHaveLength(0);
    const [fs] = robots.of('feishu', 'fs-weekly');
    expect(fs!.body.msg_type).toBe('interactive');
    expect(flat((fs!.body.card as { header: unknown }).header)).toContain('科普主题日周报');
    expect(flat(fs!.body.card)).not.toContain('"tag":"button"');
    const [dt] = robots.of('dingtalk', 'dt-weekly');
    expect(dt!.body).toMatchObject({
      msgtype: 'markdown',
      markdown: { title: expect.stringContaining('科普主题日周报') },
    });
    expect((dt!.body.markdown as { text: string }).text).toContain('全国防灾减灾日');
    const [wc] = robots.of('wecom', 'wc-weekly');
    expect((wc!.body.markdown as { content: string }).content).toMatch(/^### 科普主题日周报/);
    clock.advance(7 * 24 * 3600_000);
    expect(await scheduler.tick()).toHaveLength(3);
    expect(robots.of('feishu', 'fs-weekly')).toHaveLength(2);
    expect(robots.of('dingtalk', 'dt-weekly')).toHaveLength(2);
    expect(robots.of('wecom', 'wc-weekly')).toHaveLength(2);
  });

  it('reports a wrong secret to the admin where they subscribed, URL masked', async () => {
    const { app } = start('badsecret');
    robots.secrets.set('dt-bad-0000wxyz', 'SEC-right');
    await app.dispatcher.runText(
      `/digest subscribe webhook:${robots.dingtalkUrl('dt-bad-0000wxyz')} secret:SEC-wrong`,
      admin(),
    );
    const home = origin();
    expect(await digestScheduler(app, [home]).tick()).toHaveLength(0);
    expect(robots.rejected).toContainEqual({ kind: 'dingtalk', robot: 'dt-bad-0000wxyz', code: 310000 });
    expect(home.notes).toHaveLength(1);
    expect(flat(home.notes[0])).toContain('dingtalk 310000');
    expect(flat(home.notes[0])).toContain('签名密钥');
    expect(flat(home.notes[0])).toContain('…wxyz');
    expect(flat(home.notes[0])).not.toContain('dt-bad-0000wxyz');
    expect(flat(home.notes[0])).not.toContain('SEC-');
  });

  it('keeps under a robot’s rate limit, and waits out the robot’s own “too fast”', async () => {
    robots.limits.dingtalk = [{ max: 3, ms: 600 }];
    robots.limits.wecom = [{ max: 2, ms: 600 }];
    const hooks = new Map([
      ['dt', { kind: 'dingtalk' as const, url: robots.dingtalkUrl('dt-rate') }],
      ['wc', { kind: 'wecom' as const, url: robots.wecomUrl('wc-rate') }],
    ]);
    const lookup = (_w: string, id: string) => {
      const h = hooks.get(id)!;
      return { workspace: 'T1', id, ...h, secret: null, originPlatform: 'slack' as const, originChannel: 'C' };
    };
    // The poster's DingTalk limit is the robot's (with a margin for the trip): no message is refused.
    const poster = new WebhookPoster({
      lookup,
      limits: { dingtalk: [{ max: 3, ms: 700 }], wecom: [{ max: 10, ms: 600 }] },
      retryDelaysMs: [300, 300, 300, 300],
    });
    const reply = { title: '周报', text: '测试' };
    for (let i = 0; i < 5; i++) await poster.post({ workspace: 'T1', channel: 'dt' }, reply);
    expect(robots.of('dingtalk', 'dt-rate')).toHaveLength(5);
    expect(robots.rejected.filter((r) => r.robot === 'dt-rate')).toHaveLength(0);
    // WeCom's limit is tighter than the poster thinks: the robot refuses, the poster waits and retries.
    for (let i = 0; i < 4; i++) await poster.post({ workspace: 'T1', channel: 'wc' }, reply);
    expect(robots.of('wecom', 'wc-rate')).toHaveLength(4);
    expect(robots.rejected.filter((r) => r.robot === 'wc-rate' && r.code === 45009).length).toBeGreaterThan(0);
  });

  it('never sends a robot the same digest twice: an unanswered post and an interrupted run are reported, not resent', async () => {
    const { app, clock } = start('unconfirmed');
    robots.silent.add('dt-silent-00001234');
    await app.dispatcher.runText(`/digest subscribe webhook:${robots.dingtalkUrl('dt-silent-00001234')}`, admin());
    const home = origin();
    const poster = new WebhookPoster({
      lookup: (w, id) => app.services.webhooks.secretOf(w, id),
      timeoutMs: 300,
    });
    expect(poster.idempotent).toBe(false);
    expect('delivered' in poster).toBe(false);
    const scheduler = new Scheduler({
      db: app.db,
      clock,
      posters: [home, poster],
      compose: () => ({ title: '周报' }),
      report: async (sub, error) => void home.notes.push(digestFailure(sub.locale, sub.channel, error, true)),
      retryDelaysMs: [0, 0],
    });
    expect(await scheduler.tick()).toHaveLength(0);
    clock.advance(1000);
    expect(await scheduler.tick()).toHaveLength(0);
    // The robot took the one message; no retry followed, and the admin was told it may not have arrived.
    expect(robots.of('dingtalk', 'dt-silent-00001234')).toHaveLength(1);
    expect(home.notes).toHaveLength(1);
    expect(flat(home.notes[0])).toContain('无法确认');

    // A run another process left 'posting' (its request may have gone out) is reported, never posted again.
    robots.silent.delete('dt-silent-00001234');
    const sub = listSubscriptions(app.db, ['webhook'])[0]!;
    clock.advance(7 * 24 * 3600_000);
    const week = slotOf(sub, clock.now()).week;
    claimRun(app.db, sub.id, week, 'crashed-process', clock.now(), new Date(0));
    markRun(app.db, sub.id, week, 'crashed-process', 'posting', clock.now(), { countAttempt: true });
    clock.advance(3 * 60_000);
    await scheduler.tick();
    expect(robots.of('dingtalk', 'dt-silent-00001234')).toHaveLength(1);
    expect(getRun(app.db, sub.id, week)).toMatchObject({ status: 'failed', lastError: INTERRUPTED });
    expect(home.notes).toHaveLength(2);
  });

  it('a robot that cannot be reached is retried: nothing was sent', async () => {
    const closed = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const port = (s.address() as AddressInfo).port;
        s.close(() => resolve(port));
      });
    });
    const poster = new WebhookPoster({
      lookup: (_w, id) => ({
        workspace: 'T1',
        id,
        kind: 'wecom',
        url: `http://127.0.0.1:${closed}/cgi-bin/webhook/send?key=gone`,
        secret: null,
        originPlatform: 'slack',
        originChannel: 'C',
      }),
    });
    const err = await poster.post({ workspace: 'T1', channel: 'x' }, { title: 't' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err).toMatchObject({ permanent: false, code: 'network' });
  });

  it('a deleted robot is a permanent failure', async () => {
    const poster = new WebhookPoster({
      lookup: (_w, id) => ({
        workspace: 'T1',
        id,
        kind: 'wecom',
        url: robots.wecomUrl('bad-key'),
        secret: null,
        originPlatform: 'slack',
        originChannel: 'C',
      }),
    });
    const err = await poster.post({ workspace: 'T1', channel: 'x' }, { title: 't' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err).toMatchObject({ permanent: true, code: 'wecom 93000: invalid webhook url' });
  });
});

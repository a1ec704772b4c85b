/**
 * Workspace isolation through the dispatcher, as two workspaces use the same channel and user ids:
 * each way one workspace's subscriptions, admin actions or theme days could reach another fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { manualClock } from '../src/clock.js';
import type { Caller } from '../src/dispatch/types.js';
import type { Reply } from '../src/reply.js';
import { DigestCache } from '../src/services/digest.js';

let app: App;
beforeAll(() => {
  app = createApp({ dbPath: ':memory:', clock: manualClock(new Date('2026-11-24T02:00:00Z')) });
});
afterAll(() => app.close());

const caller = (workspace: string, o: Partial<Caller> = {}): Caller => ({
  platform: 'slack',
  workspace,
  channel: 'C1',
  user: 'U1',
  locale: 'zh-CN',
  isAdmin: true,
  ...o,
});
const run = (line: string, who: Caller) => app.dispatcher.runText(line, who);
const text = (r: Reply) => JSON.stringify(r);
const channel = (workspace: string, platform: Caller['platform'] = 'slack') => ({
  platform,
  workspace,
  channel: 'C1',
});

describe('workspace isolation', () => {
  it('a subscription belongs to its platform, workspace and channel only', async () => {
    expect((await run('/digest subscribe weekday:5 time:16:30', caller('TA'))).error).toBeFalsy();
    expect(app.services.subscriptions.of(channel('TA'))).toMatchObject({ weekday: 5, time: '16:30' });
    expect(app.services.subscriptions.of(channel('TB'))).toBeUndefined();
    expect(app.services.subscriptions.of(channel('TA', 'discord'))).toBeUndefined();
    const settingsB = await run('/digest settings', caller('TB'));
    expect(text(settingsB)).not.toContain('16:30');
  });

  it('another workspace can neither change nor remove it', async () => {
    await run('/digest subscribe weekday:2 time:08:00', caller('TB'));
    await run('/digest unsubscribe', caller('TC'));
    await run('/digest unsubscribe', caller('TA', { platform: 'discord' }));
    expect(app.services.subscriptions.of(channel('TA'))).toMatchObject({ weekday: 5, time: '16:30' });
    await run('/digest unsubscribe', caller('TB'));
    expect(app.services.subscriptions.of(channel('TB'))).toBeUndefined();
    expect(app.services.subscriptions.of(channel('TA'))).toBeDefined();
  });

  it('an admin of one workspace is not an admin of another', async () => {
    const member = await run('/digest subscribe', caller('TD', { isAdmin: false }));
    expect(member.error).toBe(true);
    expect(app.services.subscriptions.of(channel('TD'))).toBeUndefined();
  });

  it('a local theme day is seen in its workspace only, in listings and in digests', async () => {
    expect((await run('/themeday add 长宁科技节 2026-12-01 2026-12-03', caller('TA'))).error).toBeFalsy();
    expect(app.services.themes.names('TA', '长宁科技')).toContain('长宁科技节');
    expect(app.services.themes.names('TB', '长宁科技')).toEqual([]);
    expect(text(await run('/themedays', caller('TA')))).toContain('长宁科技节');
    expect(text(await run('/themedays', caller('TB')))).not.toContain('长宁科技节');
    // One cache for a day's digests, as the scheduler shares it: either order, no leak.
    for (const order of [
      ['TB', 'TA'],
      ['TA', 'TB'],
    ]) {
      const cache = new DigestCache();
      const scope = (workspace: string) => ({
        workspace,
        planIds: null,
        lookahead: 21,
        locale: 'zh-CN' as const,
        timezone: 'Asia/Shanghai',
      });
      const digests = Object.fromEntries(
        order.map((w) => [w, JSON.stringify(app.services.digests.compose(scope(w), app.clock.now(), cache))]),
      );
      expect(digests.TA).toContain('长宁科技节');
      expect(digests.TB).not.toContain('长宁科技节');
    }
  });

  it('announced dates set in one workspace do not move the day in another', async () => {
    const before = JSON.stringify(app.services.themes.forYear('TB', 2027));
    expect((await run('/themeday set 科技活动周 2027-05-16 2027-05-23', caller('TA'))).error).toBeFalsy();
    const week = (w: string) => app.services.themes.forYear(w, 2027).find((o) => o.day.nameZh === '全国科技活动周');
    expect(week('TA')?.start).toBe('2027-05-16');
    expect(week('TB')?.start).not.toBe('2027-05-16');
    expect(JSON.stringify(app.services.themes.forYear('TB', 2027))).toBe(before);
  });
});

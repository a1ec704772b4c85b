/**
 * Chat import on Discord, end to end: the real discord.js Client against the fake Discord on 127.0.0.1.
 * /plan import with an attachment fetched from the fake's URL → preview with 导入 / 取消 buttons → the
 * button stores it (or not) in this guild only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PermissionFlagsBits } from 'discord.js';
import { createApp, type App } from '../src/app.js';
import { manualClock } from '../src/clock.js';
import { Dispatcher } from '../src/dispatch/dispatcher.js';
import { allCommands } from '../commands/index.js';
import { DiscordAdapter } from '../src/adapters/discord/adapter.js';
import { channelOf, FakeDiscord, member } from './fakes/discord.js';

let fake: FakeDiscord;
let kepu: App;
let bot: DiscordAdapter;
const [GUILD_A, GUILD_B] = ['200000000000000001', '200000000000000002'];
const MEMBER = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages;
const ADMIN = MEMBER | PermissionFlagsBits.ManageGuild;
const ADMIN_USER = '700000000000000009';
/** A plan that is not in the library (the seed with its region renamed). */
const PLAN = Buffer.from(
  readFileSync(new URL('../seeds/nanjing-2022-science-literacy.txt', import.meta.url), 'utf8').replaceAll(
    '南京',
    '镇江',
  ),
);

beforeAll(async () => {
  fake = await new FakeDiscord().start();
  kepu = createApp({ dbPath: ':memory:', clock: manualClock(new Date('2026-05-04T01:00:00Z')) });
  bot = new DiscordAdapter({ token: 'test-token', applicationId: fake.appId, apiUrl: fake.apiUrl, deferAfterMs: 100 });
  await bot.start(new Dispatcher(allCommands(), kepu.services));
}, 20_000);

afterAll(async () => {
  await bot.stop();
  await fake.stop();
  kepu.close();
});

function base(guild: string, perms: bigint, user: string) {
  return {
    guild_id: guild,
    channel_id: channelOf(guild).id,
    channel: channelOf(guild),
    member: member(user, perms),
    locale: 'zh-CN',
    guild_locale: 'zh-CN',
    app_permissions: '2251799813685247',
  };
}

/** /plan import with `bytes` attached. */
function importFile(guild: string, bytes: Buffer, perms = ADMIN, user = ADMIN_USER) {
  const a = fake.attach('镇江方案.txt', bytes);
  return fake.interact({
    type: 2,
    ...base(guild, perms, user),
    data: {
      id: '300',
      name: 'plan',
      type: 1,
      options: [{ name: 'import', type: 1, options: [{ name: 'file', type: 11, value: a.id }] }],
      resolved: { attachments: { [a.id]: a } },
    },
  });
}

function slash(guild: string, sub: string, options: unknown[], perms = MEMBER) {
  return fake.interact({
    type: 2,
    ...base(guild, perms, '700000000000000001'),
    data: { id: '300', name: 'plan', type: 1, options: [{ name: sub, type: 1, options }] },
  });
}

function press(guild: string, customId: string, perms = ADMIN) {
  return fake.interact({
    type: 3,
    ...base(guild, perms, ADMIN_USER),
    message: { id: '999', channel_id: channelOf(guild).id, type: 0, content: '', embeds: [], components: [] },
    data: { custom_id: customId, component_type: 2 },
  });
}

const answer = async (id: string) => (await fake.until(() => fake.callback(id), 15_000)).body;
/** The final message of an interaction: its callback, or the edit after a deferral. */
async function finalMessage(id: string): Promise<any> {
  const cb = await answer(id);
  if (cb.type !== 5 && cb.type !== 6) return cb.data;
  const edit = await fake.until(
    () => fake.calls.find((c) => c.method === 'PATCH' && c.path.includes(`/webhooks/${fake.appId}/token-${id}/`)),
    15_000,
  );
  return edit.body;
}
const text = (m: any) => JSON.stringify(m.embeds);
const buttons = (m: any) => m.components[0].components as { label: string; custom_id: string }[];
const planTitles = () =>
  kepu.services
    .for(GUILD_A)
    .plans.names()
    .map((p) => p.title);

describe('/plan import on Discord', () => {
  it('registers /plan with show, import (an attachment option), remove and restore', async () => {
    const { discordCommands } = await import('../src/adapters/discord/definitions.js');
    const plan = discordCommands(allCommands()).find((c) => c.name === 'plan')!;
    const subs = plan.options!.map((o: any) => o.name);
    expect(subs).toEqual(['show', 'import', 'remove', 'restore']);
    const file = (plan.options![1] as any).options.find((o: any) => o.name === 'file');
    expect(file.type).toBe(11);
    const show = slash(GUILD_A, 'show', [{ name: 'plan', type: 3, value: '南京' }]);
    expect(text(await finalMessage(show))).toContain('南京市全民科学素质行动规划纲要实施方案');
  });

  it('refuses a member who is not an admin, and stores nothing', async () => {
    const before = kepu.services.for(GUILD_A).plans.names().length;
    const msg = await finalMessage(importFile(GUILD_A, PLAN, MEMBER, '700000000000000001'));
    expect(text(msg)).toContain('管理员');
    expect(kepu.services.for(GUILD_A).plans.names()).toHaveLength(before);
  });

  it('fetches the attachment, previews the report with 导入/取消, and 取消 stores nothing', async () => {
    const msg = await finalMessage(importFile(GUILD_A, PLAN));
    expect(fake.calls.some((c) => c.method === 'GET' && c.path.startsWith('/attachments/'))).toBe(true);
    expect(msg.embeds[0].title).toContain('导入预览');
    expect(text(msg)).toContain('镇江市全民科学素质行动规划纲要实施方案');
    expect(msg.embeds[0].fields.find((f: any) => f.name === '任务').value).toBe('39');
    const [yes, no] = buttons(msg);
    expect([yes!.label, no!.label]).toEqual(['导入', '取消']);
    expect(planTitles().some((t) => t.includes('镇江'))).toBe(false);
    expect(text(await finalMessage(press(GUILD_A, no!.custom_id)))).toContain('已取消导入');
    expect(planTitles().some((t) => t.includes('镇江'))).toBe(false);
    // A cancelled preview cannot be confirmed afterwards.
    expect(text(await finalMessage(press(GUILD_A, yes!.custom_id)))).toContain('已经过期、取消或完成');
    expect(planTitles().some((t) => t.includes('镇江'))).toBe(false);
  });

  it('导入 stores the plan in this guild only; another guild neither sees it nor can confirm it', async () => {
    const [yes] = buttons(await finalMessage(importFile(GUILD_A, PLAN)));
    expect(text(await finalMessage(press(GUILD_B, yes!.custom_id)))).toContain('已经过期、取消或完成');
    const stored = await finalMessage(press(GUILD_A, yes!.custom_id));
    expect(stored.embeds[0].title).toMatch(/^已导入规划 \d+$/);
    const id = kepu.services.for(GUILD_A).plans.find('镇江')!.id;
    expect(kepu.services.for(GUILD_B).plans.find('镇江')).toBeUndefined();
    expect(kepu.services.for(GUILD_B).tasks.get(`${id}-1`)).toBeUndefined();
    expect(kepu.services.for(GUILD_A).tasks.get(`${id}-1`)?.planId).toBe(id);
    const listA = await finalMessage(slash(GUILD_A, 'show', [{ name: 'plan', type: 3, value: String(id) }]));
    expect(text(listA)).toContain('镇江');
    const listB = await finalMessage(slash(GUILD_B, 'show', [{ name: 'plan', type: 3, value: String(id) }]));
    expect(text(listB)).toContain('找不到规划');
  });

  it('says a re-import replaces the plan, keeping its id', async () => {
    const id = kepu.services.for(GUILD_A).plans.find('镇江')!.id;
    const msg = await finalMessage(importFile(GUILD_A, PLAN));
    expect(text(msg)).toContain(`已有的规划 ${id}`);
  });

  it('refuses a file over 20 MB before parsing it', async () => {
    const msg = await finalMessage(importFile(GUILD_A, Buffer.alloc(21 * 1024 * 1024, 0x41)));
    expect(text(msg)).toContain('20 MB');
  });
});

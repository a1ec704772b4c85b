/**
 * End-to-end: the real discord.js Client of src/adapters/discord against a fake Discord (REST + gateway)
 * on 127.0.0.1, with real interaction payloads; assertions are on what the fake receives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermissionFlagsBits } from 'discord.js';
import { createApp, type App } from '../src/app.js';
import { manualClock } from '../src/clock.js';
import { Dispatcher } from '../src/dispatch/dispatcher.js';
import { DeliveryError } from '../src/reply.js';
import { allCommands } from '../commands/index.js';
import { DiscordAdapter, inviteUrl, registerCommands } from '../src/adapters/discord/adapter.js';
import { channelOf, FakeDiscord, member } from './fakes/discord.js';

let fake: FakeDiscord;
let kepu: App;
let bot: DiscordAdapter;
const [GUILD_A, GUILD_B] = ['200000000000000001', '200000000000000002'];
const MEMBER = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages;
const ADMIN = MEMBER | PermissionFlagsBits.ManageGuild;

/** A command that answers after 300 ms, to see the interaction deferred. */
const slow = {
  name: 'slow',
  description: { 'zh-CN': '慢', en: 'slow' },
  options: {},
  permission: 'everyone' as const,
  run: async () => (await new Promise((r) => setTimeout(r, 300)), { title: '慢慢来' }),
};

beforeAll(async () => {
  fake = await new FakeDiscord().start();
  kepu = createApp({ dbPath: ':memory:', clock: manualClock(new Date('2026-05-04T01:00:00Z')) });
  const dispatcher = new Dispatcher([...allCommands(), slow], kepu.services);
  bot = new DiscordAdapter({ token: 'test-token', applicationId: fake.appId, apiUrl: fake.apiUrl, deferAfterMs: 100 });
  await bot.start(dispatcher);
}, 20_000);

afterAll(async () => {
  await bot.stop();
  await fake.stop();
  kepu.close();
});

function command(
  guild: string,
  name: string,
  options: unknown[],
  perms = MEMBER,
  user = '700000000000000001',
  locale = 'zh-CN',
) {
  return fake.interact({
    type: 2,
    guild_id: guild,
    channel_id: channelOf(guild).id,
    channel: channelOf(guild),
    member: member(user, perms),
    locale,
    guild_locale: 'zh-CN',
    app_permissions: '2251799813685247',
    data: { id: '300', name, type: 1, options },
  });
}

const callbackOf = (id: string) => fake.until(() => fake.callback(id));
const embedText = (body: any) => JSON.stringify(body.data?.embeds ?? body.embeds);

describe('Discord adapter (discord.js against a fake Discord)', () => {
  it('connects through the gateway: IDENTIFY with the Guilds intent only', () => {
    const identify = fake.received.find((m) => m.op === 2)!;
    expect(identify.d.token).toBe('test-token');
    expect(identify.d.intents).toBe(1);
  });

  it('registers guild commands with zh-CN and en localizations and admin defaults', async () => {
    const n = await registerCommands({
      token: 'test-token',
      applicationId: fake.appId,
      apiUrl: fake.apiUrl,
      guildId: GUILD_A,
      commands: allCommands(),
    });
    const put = fake.calls.find(
      (c) => c.method === 'PUT' && c.path === `/api/v10/applications/${fake.appId}/guilds/${GUILD_A}/commands`,
    )!;
    expect(put.body).toHaveLength(n);
    const tasks = put.body.find((c: any) => c.name === 'tasks');
    expect(tasks.name_localizations).toEqual({ 'zh-CN': '任务' });
    expect(tasks.description_localizations['zh-CN']).toContain('搜索任务');
    expect(tasks.options.find((o: any) => o.name === 'unit').autocomplete).toBe(true);
    // /themeday show is for everyone, so the group is visible; set, add and note are checked on the server side.
    expect(put.body.find((c: any) => c.name === 'themeday').default_member_permissions).toBeNull();
    const digest = put.body.find((c: any) => c.name === 'digest');
    expect(digest.default_member_permissions).toBeNull();
    expect(digest.options.map((o: any) => o.name)).toEqual([
      'preview',
      'subscribe',
      'settings',
      'unsubscribe',
      'send-now',
    ]);
    const weekday = digest.options
      .find((o: any) => o.name === 'subscribe')
      .options.find((o: any) => o.name === 'weekday');
    expect(weekday.choices[0]).toEqual({ name: 'Monday', name_localizations: { 'zh-CN': '周一' }, value: '1' });
  });

  it('prints an invite link with exactly the scopes and permissions the bot needs', () => {
    const url = new URL(inviteUrl(fake.appId));
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(BigInt(url.searchParams.get('permissions')!)).toBe(
      PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks,
    );
  });

  it('answers a slash command with an embed and a next-page button', async () => {
    const id = command(GUILD_A, 'tasks', [{ name: 'query', type: 3, value: '农民' }]);
    const cb = await callbackOf(id);
    expect(cb.body.type).toBe(4);
    expect(embedText(cb.body)).toContain('实施高素质农民培育工程');
    const next = cb.body.data.components[0].components.find((b: any) => b.label.includes('下一页'));
    expect(next.custom_id).toBe('/tasks query:农民 page:2');
  });

  it('/calendar answers with the iCalendar file as an attachment (multipart: payload_json + files[0])', async () => {
    const { default: ICAL } = await import('ical.js');
    const id = command(GUILD_A, 'calendar', [{ name: 'year', type: 4, value: 2027 }]);
    // The callback itself, or the edit of a deferred answer (the file takes a moment to make).
    const call = await fake.until(() =>
      fake.calls.find((c) => c.files?.length && (c.path.includes(`/${id}/`) || c.path.includes(`token-${id}`))),
    );
    const body = call.body.data ?? call.body;
    expect(JSON.stringify(body.embeds)).toContain('日历文件：2027');
    expect(body.attachments).toEqual([expect.objectContaining({ id: '0' })]);
    expect(call.files![0]).toMatchObject({ field: 'files[0]', name: 'kepu-2027.ics' });
    const vevents = new ICAL.Component(ICAL.parse(call.files![0]!.bytes.toString('utf8'))).getAllSubcomponents(
      'vevent',
    );
    expect(vevents.map((v) => new ICAL.Event(v).summary)).toContain('全国科普月');
  });

  it('answers in English for an English client', async () => {
    const id = command(
      GUILD_A,
      'tasks',
      [{ name: 'query', type: 3, value: '农民' }],
      MEMBER,
      '700000000000000001',
      'en-US',
    );
    expect((await callbackOf(id)).body.data.embeds[0].title).toMatch(/^Tasks: 农民/);
  });

  it('offers autocomplete choices for plans and units', async () => {
    const id = fake.interact({
      type: 4,
      guild_id: GUILD_A,
      channel_id: channelOf(GUILD_A).id,
      channel: channelOf(GUILD_A),
      member: member('700000000000000001', MEMBER),
      locale: 'zh-CN',
      data: { id: '300', name: 'tasks', type: 1, options: [{ name: 'unit', type: 3, value: '科协', focused: true }] },
    });
    const cb = await callbackOf(id);
    expect(cb.body.type).toBe(8);
    expect(cb.body.data.choices.map((c: any) => c.value)).toEqual(expect.arrayContaining(['市科协', '区科协']));
  });

  it('answers a next-page click on a shared message with page 2 for the clicker alone', async () => {
    const id = fake.interact({
      type: 3,
      guild_id: GUILD_A,
      channel_id: channelOf(GUILD_A).id,
      channel: channelOf(GUILD_A),
      member: member('700000000000000001', MEMBER),
      locale: 'zh-CN',
      message: {
        id: '600000000000000009',
        channel_id: channelOf(GUILD_A).id,
        author: { id: '100000000000000002', username: 'kepu-bot', discriminator: '0', bot: true },
        content: '',
        timestamp: '2026-05-04T01:00:00.000Z',
        edited_timestamp: null,
        tts: false,
        mention_everyone: false,
        mentions: [],
        mention_roles: [],
        attachments: [],
        embeds: [],
        components: [],
        pinned: false,
        type: 0,
        flags: 0,
      },
      data: { custom_id: '/tasks query:农民 page:2', component_type: 2 },
    });
    const cb = await callbackOf(id);
    // The message is shared: page 2 is a new message only the clicker sees.
    expect(cb.body.type).toBe(4);
    expect(cb.body.data.flags).toBe(64);
    expect(embedText(cb.body)).toMatch(/第 2\/\d+ 页/);
  });

  it('refuses an admin command to a member without Manage Server, ephemerally, saying why', async () => {
    const id = command(GUILD_A, 'digest', [{ name: 'subscribe', type: 1, options: [] }]);
    const cb = await callbackOf(id);
    expect(cb.body.data.flags).toBe(64);
    expect(embedText(cb.body)).toContain('只有管理员可以使用');
  });

  it('keeps subscriptions per guild: one guild never sees another guild’s settings', async () => {
    const sub = command(
      GUILD_A,
      'digest',
      [
        {
          name: 'subscribe',
          type: 1,
          options: [
            { name: 'weekday', type: 3, value: '5' },
            { name: 'time', type: 3, value: '16:30' },
          ],
        },
      ],
      ADMIN,
    );
    expect(embedText((await callbackOf(sub)).body)).toContain('每周五 16:30');
    const other = command(GUILD_B, 'digest', [{ name: 'settings', type: 1, options: [] }], ADMIN);
    expect(embedText((await callbackOf(other)).body)).toContain('本频道未订阅周报');
    const same = command(GUILD_A, 'digest', [{ name: 'settings', type: 1, options: [] }], ADMIN);
    expect(embedText((await callbackOf(same)).body)).toContain('每周五 16:30');
  });

  it('defers slow work, then edits the original reply', async () => {
    const id = command(GUILD_A, 'slow', []);
    expect((await callbackOf(id)).body.type).toBe(5);
    const edit = await fake.until(() =>
      fake.calls.find(
        (c) => c.method === 'PATCH' && c.path.includes(`/webhooks/${fake.appId}/token-${id}/messages/@original`),
      ),
    );
    expect(embedText(edit.body)).toContain('慢慢来');
  });

  it('posts digests to a channel, honouring a 429 retry_after', async () => {
    fake.plan(
      /^POST \/api\/v10\/channels\/800000000000000001\/messages$/,
      429,
      { message: 'You are being rate limited.', retry_after: 0.2, global: false },
      1,
      { 'retry-after': '0.2', 'x-ratelimit-scope': 'user' },
    );
    const started = Date.now();
    await bot.post(
      { workspace: GUILD_A, channel: '800000000000000001' },
      { title: '科普主题日周报', text: '防灾减灾日' },
    );
    const posts = fake.calls.filter((c) => c.path === '/api/v10/channels/800000000000000001/messages');
    expect(posts).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(posts[1]!.body.embeds[0].title).toBe('科普主题日周报');
  });

  it('reports a missing channel as a permanent delivery error', async () => {
    fake.plan(/channels\/800000000000000002\/messages/, 404, { message: 'Unknown Channel', code: 10003 });
    const err = await bot
      .post({ workspace: GUILD_A, channel: '800000000000000002' }, { title: 'x' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err).toMatchObject({ code: '10003', permanent: true });
  });

  it('posts a digest once when Discord creates it and then answers 502 (enforced nonce)', async () => {
    fake.createThenFail = 1;
    const target = { workspace: GUILD_A, channel: '800000000000000003' };
    const reply = { title: '科普主题日周报', text: '防灾减灾日' };
    const first = await bot.post(target, reply, { key: '9:2026-W19' }).catch((e: unknown) => e);
    if (first) await bot.post(target, reply, { key: '9:2026-W19' });
    const calls = fake.calls.filter((c) => c.path === '/api/v10/channels/800000000000000003/messages');
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(new Set(calls.map((c) => c.body.nonce)).size).toBe(1);
    expect(calls.every((c) => c.body.enforce_nonce === true)).toBe(true);
    expect(fake.created.filter((c) => c.channel === '800000000000000003')).toHaveLength(1);
  });

  it('keeps serving after an interaction callback is refused', async () => {
    fake.plan(/interactions\/\d+\/[^/]+\/callback/, 400, { message: 'Unknown interaction', code: 10062 });
    const refused = command(GUILD_A, 'targets', [{ name: 'year', type: 4, value: 2025 }]);
    await fake.until(() => fake.calls.find((c) => c.path.includes(`/interactions/${refused}/`)));
    const id = command(GUILD_A, 'targets', [{ name: 'year', type: 4, value: 2025 }]);
    expect(embedText((await callbackOf(id)).body)).toMatch(/超过 ?22%/);
  });

  it('resumes the gateway session after a dropped connection', async () => {
    fake.dropConnection();
    const resume = await fake.until(() => fake.received.find((m) => m.op === 6), 10_000);
    expect(resume.d).toMatchObject({ token: 'test-token', session_id: 'session-1' });
    const id = command(GUILD_B, 'plans', []);
    expect((await callbackOf(id)).body.type).toBe(4);
  }, 15_000);
});

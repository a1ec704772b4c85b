import { allText } from './helpers.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { createApp, type App } from '../src/app.js';
import { manualClock } from '../src/clock.js';
import { runConsole } from '../src/adapters/console/console.js';
import type { Locale } from '../src/i18n.js';
import type { Reply } from '../src/reply.js';
import { quantity, type Say } from '../commands/replies/format.js';

let app: App;

beforeAll(() => {
  app = createApp({ dbPath: ':memory:', clock: manualClock(new Date('2026-11-24T02:00:00Z')) });
});
afterAll(() => app.close());

/** Runs lines through the console adapter as piped input; returns what it printed. */
async function console_(lines: string[], opts: { json?: boolean; locale?: Locale } = {}): Promise<string> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString()));
  await runConsole(app.dispatcher, {
    locale: opts.locale ?? 'zh-CN',
    input: Readable.from(lines.map((l) => `${l}\n`)),
    output,
    json: opts.json,
  });
  return chunks.join('');
}

const ask = (line: string, locale?: Locale) => console_([line], { locale });
const askJson = async (line: string, locale?: Locale): Promise<Reply> =>
  JSON.parse((await console_([line], { json: true, locale })).trim());

describe('commands through the console adapter, on the seeds', () => {
  it('/help lists every command with Chinese examples', async () => {
    const out = await ask('/help');
    for (const c of ['/plans', '/plan', '/tasks', '/task', '/targets', '/deadlines', '/units', '/unit', '/themedays'])
      expect(out).toContain(c);
    expect(out).toContain('/tasks 防灾减灾 unit:科协');
  });

  it('/plans lists the five plans with counts', async () => {
    const r = await askJson('/plans');
    expect(r.sections).toHaveLength(5);
    expect(allText(r)).toContain('南京市全民科学素质行动规划纲要实施方案');
    expect(allText(r)).toMatch(/任务 39 · 目标 \d+ · 单位 \d+/);
  });

  it('/plan shows the outline of a plan named by region', async () => {
    const r = await askJson('/plan 青云谱');
    expect(r.title).toContain('青云谱区');
    expect(allText(r)).toContain('提升行动 › （一）青少年科学素质提升行动');
  });

  it('/tasks with a 2-character query finds the farmer tasks, ranked and paginated', async () => {
    const r = await askJson('/tasks 农民');
    const titles = allText(r);
    expect(titles).toContain('实施高素质农民培育工程');
    expect(titles).toContain('【农民】');
    expect(r.paging?.next).toEqual({ name: 'tasks', args: { query: '农民', page: 2 } });
    const page2 = await askJson('/tasks 农民 page:2');
    expect(page2.sections?.[0]?.title).not.toBe(r.sections?.[0]?.title);
  });

  it('a page past the last says how many there are and leads back to the last', async () => {
    const pages = (await askJson('/tasks 农民')).paging!.pages;
    const past = await askJson(`/tasks 农民 page:${pages + 5}`);
    expect(past.footer).toContain(`没有第 ${pages + 5} 页：共 ${pages} 页。`);
    expect(past.paging?.prev).toEqual({ name: 'tasks', args: { query: '农民', page: pages } });
    const plans = await askJson('/plans page:3', 'en');
    expect(plans.footer).toContain('There is no page 3: 1 in all.');
    expect(plans.paging?.prev).toEqual({ name: 'plans', args: { page: 1 } });
  });

  it('/tasks with one character and with a unit filter', async () => {
    expect((await askJson('/tasks 农')).title).toMatch(/（\d+ 项）/);
    const r = await askJson('/tasks 应急 unit:科协');
    expect(r.sections!.length).toBeGreaterThan(0);
    for (const s of r.sections!) expect(s.body).toMatch(/科协/);
  });

  it('/tasks theme: finds tasks naming a theme day', async () => {
    const r = await askJson('/tasks theme:食品安全宣传周');
    expect(allText(r)).toContain('提升科普服务能力');
  });

  it('/task shows a Nanjing task with its units and targets', async () => {
    const search = await askJson('/tasks 高素质农民培育 plan:南京');
    const id = /^(\d+-\d+)/.exec(search.sections![0]!.title!)![1]!;
    const r = await askJson(`/task ${id}`);
    expect(r.title).toContain('实施高素质农民培育工程');
    expect(allText(r)).toContain('市农业农村局、市妇联、市科协、各区政府、江北新区管委会');
    expect(allText(r)).toContain('每年培训高素质农民6000-8000名');
  });

  it('/targets year:2025 shows the science-literacy targets of the literacy plans', async () => {
    const r = await askJson('/targets 科学素质的比例 year:2025');
    const text = allText(r);
    // In the plans' own words.
    expect(text).toContain('比例超过22%');
    expect(text).toContain('比例力争达到20%');
    expect(text).toContain('比例力争达到17%');
  });

  it('/tasks theme: with no day of that name searches the name as words, and says so', async () => {
    const r = await askJson('/tasks theme:高素质农民');
    expect(r.text).toBe('没有叫“高素质农民”的主题日，已按关键词搜索。');
    const total = (reply: Reply) => (reply.data as { total: number }).total;
    expect(total(r)).toBe(total(await askJson('/tasks 高素质农民')));
    expect(total(r)).toBeGreaterThan(0);
  });

  it('/targets finds a word in the title of the targets’ task too', async () => {
    const text = allText(await askJson('/targets 青少年'));
    expect(text).toContain('加强校内青少年科学教育');
    expect(text).toContain('全市力争创建1所“省科学教育综合示范学校”');
  });

  it('/deadlines marks 2025 targets as past due relative to today', async () => {
    const r = await askJson('/deadlines year:2025');
    expect(r.text).toContain('2026-11-24');
    expect(allText(r)).toMatch(/2025-12-31 · 已过期 328 天/);
    // The default window (a year either side) holds the 2025 items and 海安's yearly targets for 2026.
    expect(allText(await askJson('/deadlines'))).toMatch(/2026-12-31 · 还剩 37 天[\s\S]*2025-12-31 · 已过期 328 天/);
    expect((await askJson('/deadlines year:2035')).title).toMatch(/到期事项（\d+ 项）/);
    expect(allText(await askJson('/deadlines year:2035'))).toMatch(/2035-12-31 · 还剩 3324 天 · 规划期末/);
    const en = await askJson('/deadlines year:2025', 'en');
    expect(allText(en)).toMatch(/due date passed 328 days ago/);
  });

  it('/units counts tasks per unit and /unit finds a unit across plans', async () => {
    const r = await askJson('/units 科协');
    expect(allText(r)).toMatch(/市科协 — 共 \d+ 项任务/);
    expect(allText(r)).toMatch(/区科协/);
    const unit = await askJson('/unit 区科协');
    expect(unit.title).toMatch(/区科协 的任务（\d+ 项）/);
    expect(allText(unit)).toContain('青云谱区');
  });

  it('/themedays shows upcoming days with dates or 待公布', async () => {
    const r = await askJson('/themedays 30');
    expect(allText(r)).toMatch(/国家宪法日\n12月4日（周五）/);
  });

  it('answers in English with --locale en', async () => {
    const r = await askJson('/tasks 农民', 'en');
    expect(r.title).toMatch(/^Tasks: 农民/);
    // English punctuation in English help
    const help = allText(await askJson('/help', 'en'));
    expect(help).toContain('e.g. /tasks 农民');
    expect(help).not.toContain('e.g.：');
    expect(allText(await askJson('/unit 区科协', 'en'))).toMatch(/Lead: 区教体局、区科协\n\s*Units: 区教育局/);
    const id = /^(\d+-\d+)/.exec((await askJson('/tasks 农民')).sections![0]!.title!)![1]!;
    expect(await ask(`/task ${id}`, 'en')).toMatch(/Responsible units: /);
    expect(await ask(`/task ${id}`)).toMatch(/责任单位：/);
  });
});

describe('quantities', () => {
  it('reads each comparator in the reader’s language, a cap as 不超过 / at most', () => {
    const zh: Say = (text) => text;
    const en: Say = (_, text) => text;
    const cap = { comparator: '<=' as const, value: 5.2, valueMax: null, unit: '‰' };
    expect([quantity(zh, cap), quantity(en, cap)]).toEqual(['不超过 5.2‰', 'at most 5.2‰']);
    expect(quantity(zh, { ...cap, comparator: '>=' })).toBe('不少于 5.2‰');
  });
});

describe('bad input gets a clear reply, never a crash', () => {
  it.each([
    ['/', /请输入一个命令/],
    ['/nosuch', /没有“nosuch”这个命令/],
    ['/tasks foo:bar', /没有选项“foo”。可用选项：query: unit: plan: theme: page:/],
    ['/deadlines year:abc', /选项 year 的值“abc”无效/],
    ['/task 99-99', /找不到任务“99-99”/],
    ['/task', /需要选项 id/],
    ['/plan 火星', /找不到规划“火星”。已载入：1 /],
    ['/unit 不存在的单位', /没有找到单位“不存在的单位”/],
    ['/tasks page:0', /选项 page 的值“0”无效/],
    [`/tasks ${'科'.repeat(201)}`, /无效：应为关键词，如 农民、防灾减灾，最多 200 个字。/],
    ['/themeday', /\/themeday show 需要选项 day。[\s\S]*\/themeday 科技活动周/],
    ['/digest', /“digest”不是有效的子命令。可用：digest preview/],
  ])('%j', async (line, expected) => {
    const r = await askJson(line);
    expect(allText(r)).toMatch(expected);
  });

  it('reports a problem in English for an English caller', async () => {
    expect(allText(await askJson('/deadlines year:abc', 'en'))).toMatch(/Option year: “abc” is not valid/);
  });

  it.each(['" OR 1=1 --', 'NEAR(', '*', "'; DROP TABLE task; --", 'bi : "x"'])('treats %j as plain text', async (q) => {
    const r = await askJson(`/tasks ${q}`);
    expect(r.title).toBeTruthy();
    expect((await askJson('/plans')).sections).toHaveLength(5);
  });

  it('handles 10 000 characters', async () => {
    const r = await askJson(`/tasks ${'科'.repeat(10_000)}`);
    expect(r.error).toBe(true);
    expect(allText(r)).toMatch(/选项 query 的值/);
  });

  it('reads one command a line from piped input and exits at the end', async () => {
    const out = await console_(['/plans', '/units 科协']);
    expect(out).toContain('已载入 5 个规划');
    expect(out).toContain('责任单位（');
  });
});

describe('stored names', () => {
  it('strips control and bidi characters from a local theme day name', async () => {
    const r = await askJson('/themeday add 长宁\u202e科技\u0007节\u200f 2027-05-15 2027-05-25');
    expect(r.error).toBeFalsy();
    expect(r.title).toContain('长宁科技节');
    const stored = app.db.prepare('SELECT id, data FROM local_theme_day').all() as { id: string; data: string }[];
    expect(stored.map((d) => JSON.parse(d.data).nameZh)).toContain('长宁科技节');
    expect(JSON.stringify(stored)).not.toMatch(/[\u202e\u0007\u200f]|\\u202e|\\u0007|\\u200f/);
  });
});

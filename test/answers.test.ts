/** Answers a coordinator acts on: each block checks one way an answer was wrong or misleading. */
import { allText } from './helpers.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { createApp, type App } from '../src/app.js';
import { manualClock } from '../src/clock.js';
import { consoleCaller, runConsole } from '../src/adapters/console/console.js';
import { calendarFile } from '../commands/replies/calendar.js';
import { taskRef } from '../commands/replies/format.js';
import type { Locale } from '../src/i18n.js';
import type { Reply } from '../src/reply.js';

let app: App;

beforeAll(() => {
  app = createApp({ dbPath: ':memory:', clock: manualClock(new Date('2026-11-24T02:00:00Z')) });
});
afterAll(() => app.close());

async function run(line: string, opts: { json?: boolean; locale?: Locale; in?: App } = {}): Promise<string> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString()));
  await runConsole((opts.in ?? app).dispatcher, {
    locale: opts.locale ?? 'zh-CN',
    input: Readable.from([`${line}\n`]),
    output,
    json: opts.json,
  });
  return chunks.join('');
}
const ask = (line: string, locale?: Locale) => run(line, { locale });
const askJson = async (line: string, locale?: Locale): Promise<Reply> =>
  JSON.parse((await run(line, { json: true, locale })).trim());

describe('yearly (每年) targets fall due every year of their plan', () => {
  it('/deadlines year:2026 lists 海安 and not 南京 (its period ended in 2025)', async () => {
    const r = await askJson('/deadlines year:2026');
    const text = allText(r);
    expect(text).toContain('培育高素质农民');
    expect(text).toContain('每年');
    expect(text).not.toContain('培训高素质农民'); // 南京, 2021–2025
  });

  it('/targets year:2030 holds 海安 yearly targets, year:2036 none', async () => {
    expect(allText(await askJson('/targets year:2030'))).toContain('培育高素质农民');
    expect(allText(await askJson('/targets year:2036'))).not.toContain('培育高素质农民');
  });

  it('a December digest and the iCalendar carry them', () => {
    const digest = app.services.digests.compose(
      { workspace: 'console', planIds: null, lookahead: 21, locale: 'zh-CN', timezone: 'Asia/Shanghai' },
      new Date('2027-12-20T02:00:00Z'),
    );
    expect(digest.due.map((d) => d.target?.metric)).toContain('培育高素质农民');
    expect(calendarFile(app.services, 2030)).toContain('培育高素质农民');
    expect(calendarFile(app.services, 2036)).not.toContain('培育高素质农民');
  });
});

/** An app on the seeds and one plan of `lines`, at 4 May 2026 by `clock`. */
async function withPlan(lines: string[], clock = manualClock(new Date('2026-05-04T02:00:00Z'))): Promise<App> {
  const app = createApp({ dbPath: ':memory:', clock });
  await app.services.imports.importNow('console', Buffer.from(lines.join('\n')), 'plan.txt');
  return app;
}

describe('a phase over years falls due when it ends', () => {
  let b: App;
  beforeAll(async () => {
    b = await withPlan([
      '某区科普示范区创建方案（2026—2029年）',
      '一、重点任务',
      '（一）建设科普阵地。新建社区科普e站20个。（区科协负责）',
      '二、实施步骤',
      '（一）全面创建阶段（2026年6月—2027年10月）。推进各项创建任务。',
      '（二）巩固提升阶段（2028—2029年）。开展复核评估。',
    ]);
  });
  afterAll(() => b.close());

  it('/deadlines lists it in the year of its end, not of its start, and counts it there', () => {
    const milestones = (year: number) =>
      b.services.deadlines
        .list({ year })
        .rows.filter((d) => d.kind === 'milestone' && d.planTitle.startsWith('某区科普示范区'))
        .map((d) => [d.due, d.text.slice(0, 6)]);
    expect(milestones(2026)).toEqual([]);
    expect(milestones(2027)).toEqual([['2027-10-31', '全面创建阶段']]);
    expect(milestones(2028)).toEqual([]);
    expect(milestones(2029)).toEqual([['2029-12-31', '巩固提升阶段']]);
    const whole = b.services.deadlines.list({ withinDays: 2000 });
    const paged = [];
    for (let page = 1; page <= Math.ceil(whole.total / 2); page++)
      paged.push(...b.services.deadlines.list({ withinDays: 2000 }, { page, size: 2 }).rows);
    expect(paged).toEqual(whole.rows);
    expect(whole.total).toBe(whole.rows.length);
    const ours = whole.rows.filter((d) => d.kind === 'milestone' && d.planTitle.startsWith('某区科普示范区'));
    expect(ours.map((d) => d.due)).toEqual(['2027-10-31', '2029-12-31']);
  });
});

describe('a milestone dated within its year falls due on that date', () => {
  let b: App;
  const clock = manualClock(new Date('2026-05-04T02:00:00Z'));
  beforeAll(async () => {
    b = await withPlan(
      [
        '某区2026年科普工作要点',
        '一、重点任务',
        '（一）举办科普活动。全年举办科普活动100场。（区科协负责）',
        '二、进度安排',
        '2026年5月20日前，制定活动方案。',
        '2026年第三季度，开展集中宣传。',
        '2026年底前，全面总结。',
      ],
      clock,
    );
  });
  afterAll(() => b.close());

  it('/deadlines lists the dated ones by date before the items due at the end of the year', () => {
    const rows = b.services.deadlines.list({ year: 2026 }).rows.filter((d) => d.planTitle === '某区2026年科普工作要点');
    expect(rows.map((d) => [d.due, d.kind, d.daysLeft])).toEqual([
      ['2026-05-20', 'milestone', 16],
      ['2026-09-30', 'milestone', 149],
      ['2026-12-31', 'target', 241], // 全年举办科普活动100场: a plan for 2026 names no other year
      ['2026-12-31', 'milestone', 241],
      ['2026-12-31', 'period-end', 241],
    ]);
    // once one is past, it comes after those still ahead, with the past items
    clock.set(new Date('2026-06-01T02:00:00Z'));
    const whole = b.services.deadlines.list({ year: 2026 });
    const paged = [];
    for (let page = 1; page <= Math.ceil(whole.total / 3); page++)
      paged.push(...b.services.deadlines.list({ year: 2026 }, { page, size: 3 }).rows);
    expect(paged).toEqual(whole.rows);
    const all = whole.rows.filter((d) => d.planTitle === '某区2026年科普工作要点');
    expect(all.map((d) => [d.due, d.daysLeft])).toEqual([
      ['2026-09-30', 121],
      ['2026-12-31', 213],
      ['2026-12-31', 213],
      ['2026-12-31', 213],
      ['2026-05-20', -12],
    ]);
    clock.set(new Date('2026-05-04T02:00:00Z'));
  });

  it('/targets year:2026 holds the target the plan for 2026 sets without a year, due within that year', async () => {
    const year = b.services.targets.list({ year: 2026, query: '科普活动' }, 1);
    expect(year.rows.map((g) => [g.metric, g.year])).toContainEqual(['举办科普活动', null]);
    expect(b.services.targets.list({ year: 2027, query: '科普活动' }, 1).rows.map((g) => g.metric)).not.toContain(
      '举办科普活动',
    );
    const shown = await run('/targets 科普活动 year:2026', { in: b });
    expect(shown).toContain('2026 年内（年度计划）');
    expect(shown).toContain('还剩 241 天');
  });

  it('a digest whose window holds the date carries the milestone, one whose window does not leaves it out', () => {
    const scope = {
      workspace: 'console',
      planIds: null,
      lookahead: 21,
      locale: 'zh-CN' as const,
      timezone: 'Asia/Shanghai',
    };
    const now = b.services.digests.compose(scope, new Date('2026-05-04T02:00:00Z'));
    expect(now.due.map((d) => [d.due, d.text])).toEqual([['2026-05-20', '2026年5月20日前，制定活动方案']]);
    const later = b.services.digests.compose(scope, new Date('2026-06-01T02:00:00Z'));
    expect(later.due).toEqual([]);
  });
});

describe('a digest lists the first items falling due and counts the rest', () => {
  let c: App;
  const ids: number[] = [];
  beforeAll(async () => {
    c = createApp({ dbPath: ':memory:', clock: manualClock(new Date('2026-12-20T02:00:00Z')), seeds: null });
    const kinds = ['科普示范社区', '科普教育基地', '科普e站', '青少年科技教育基地', '农村科普示范基地', '科普大篷车站'];
    for (const [i, area] of ['甲区', '乙区'].entries()) {
      const plan = [
        `${area}2026年科普工作要点`,
        '一、重点任务',
        ...kinds.map(
          (k, j) => `（${'一二三四五六'[j]}）建设${k}。到2026年，建成${k}${10 + j + i}个。（${area}科协负责）`,
        ),
        '二、进度安排',
        '2027年1月5日前，报送年度总结。',
      ].join('\n');
      const r = await c.services.imports.importNow('console', Buffer.from(plan), `${area}.txt`);
      ids.push(r.id);
    }
  });
  afterAll(() => c.close());
  const compose = (planIds: number[] | null) =>
    c.services.digests.compose(
      { workspace: 'console', planIds, lookahead: 21, locale: 'zh-CN', timezone: 'Asia/Shanghai' },
      new Date('2026-12-20T02:00:00Z'),
    );

  it('a window reaching 31 December: the first ten by date, the total as /deadlines counts it', async () => {
    const all = compose(null);
    const listed = c.services.deadlines
      .list({ withinDays: 400 })
      .rows.filter((d) => d.due >= '2026-12-20' && d.due <= '2027-01-10');
    expect(listed.length).toBeGreaterThan(10);
    expect(all.dueTotal).toBe(listed.length);
    expect(all.due).toEqual(listed.slice(0, 10));
    const { renderDigest } = await import('../commands/replies/digest.js');
    const section = renderDigest(all).sections!.find((s) => s.title === '期内到期')!;
    expect(section.body).toMatch(new RegExp(`另有 ${listed.length - 10} 项，用 \\S*deadlines\\S* 查看全部。$`));
  });

  it('a digest of one plan counts only that plan, its dated milestone after 31 December', () => {
    const one = compose([ids[1]!]);
    expect(new Set(one.due.map((d) => d.planId))).toEqual(new Set([ids[1]]));
    expect(one.dueTotal).toBe(one.due.length);
    expect(one.due.map((d) => d.due).at(-1)).toBe('2027-01-05');
    expect(one.due.filter((d) => d.kind === 'target')).toHaveLength(6);
  });
});

describe('/deadlines keeps ahead and past apart', () => {
  it('within applies to past items too', async () => {
    const text = allText(await askJson('/deadlines within:40'));
    expect(text).toContain('2026-12-31');
    expect(text).not.toContain('2025-12-31');
    // 2026-12-31 is 37 days away and 2025-12-31 328 days past: nothing, yearly targets included, within 30.
    expect((await askJson('/deadlines within:30')).title).toBe('没有到期事项');
  });

  it('a page is the slice of the whole list: ahead by year, then past by year, each by plan', () => {
    const d = app.services.deadlines;
    const all = d.list({ withinDays: 1200 });
    expect(all.rows.length).toBe(all.total);
    expect(new Set(all.rows.map((r) => r.due.slice(0, 4))).size).toBeGreaterThan(3);
    const paged = [];
    for (let page = 1; page <= Math.ceil(all.total / 7); page++)
      paged.push(...d.list({ withinDays: 1200 }, { page, size: 7 }).rows);
    expect(paged).toEqual(all.rows);
    const key = (r: (typeof all.rows)[number]) => [r.daysLeft < 0 ? 1 : 0, Math.abs(r.daysLeft), r.planId];
    const sorted = [...all.rows].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
    });
    expect(all.rows).toEqual(sorted);
  });

  it('upcoming first, then an 已过期 block; ended periods are said so', async () => {
    const r = await askJson('/deadlines within:400');
    const titles = (r.sections ?? []).map((s) => s.title ?? '');
    const block = titles.indexOf('已过期');
    expect(block).toBeGreaterThan(0);
    expect(titles.slice(0, block).every((t) => t.includes('还剩'))).toBe(true);
    expect(titles[block + 1]).toContain('已过期 328 天');
    const all = allText(await askJson('/deadlines within:400 page:2'));
    expect(allText(r) + all).toContain('规划期已结束');
  });

  it('English says the due date passed, not "overdue"', async () => {
    const text = allText(await askJson('/deadlines within:400 page:2', 'en'));
    expect(text).toMatch(/due date passed \d+ days ago/);
    expect(text).not.toMatch(/overdue/i);
  });

  it('/plans says which plans have ended and invites importing the successor', async () => {
    const text = allText(await askJson('/plans'));
    expect(text.match(/已期满/g)).toHaveLength(4);
    expect(text).toContain('有后续规划时请导入');
  });
});

describe('theme-day links judge a task by its own words, not its units', () => {
  const linked = (dayId: string) =>
    app.db
      .prepare(
        `SELECT t.plan_id AS planId, t.seq, t.title, t.text, l.how FROM task_theme l JOIN task t ON t.id = l.task_id WHERE l.day_id = ?`,
      )
      .all(dayId) as { planId: number; seq: number; title: string; text: string; how: string }[];

  it('no topic link comes from a unit name (市气象局, 生态环境局)', () => {
    for (const [dayId, words] of [
      ['world-meteorological-day', ['气象']],
      ['world-environment-day', ['生态环境', '环境保护']],
    ] as const) {
      const links = linked(dayId).filter((l) => l.how === 'keyword');
      for (const l of links) {
        const own = `${l.title}\n${l.text}`.replace(/（[^（）]*(?:单位|部门|按职责分工负责)[^（）]*）/g, '');
        expect(
          words.some((w) => own.replace(/[\u4e00-\u9fff]{0,6}(?:局|委|办|厅)/g, '').includes(w)),
          `${l.planId}-${l.seq}`,
        ).toBe(true);
      }
    }
  });

  it('/task shows the same theme days as /tasks theme: finds, saying which are named and which on the topic', async () => {
    const [l] = linked('world-meteorological-day').filter((x) => x.how === 'mention');
    const one = allText(await askJson(`/task ${l!.planId}-${l!.seq}`));
    expect(one).toMatch(/文中提到：[^\n]*世界气象日/);
    const listed = allText(await askJson('/tasks theme:世界气象日'));
    expect(listed).toContain(`${l!.planId}-${l!.seq}`);
    const unitOnly = app.db
      .prepare(
        `SELECT t.plan_id || '-' || t.seq FROM task t WHERE t.text LIKE '%气象局%' AND t.id NOT IN (SELECT task_id FROM task_theme WHERE day_id = 'world-meteorological-day')`,
      )
      .pluck()
      .all() as string[];
    expect(unitOnly.length).toBeGreaterThan(0);
    expect(allText(await askJson(`/task ${unitOnly[0]}`))).not.toContain('世界气象日');
  });
});

describe('units keep the order the plan prints them in', () => {
  it('/targets lists a task’s units as /task does', async () => {
    const r = await askJson('/targets 农民 plan:南京');
    const line = allText(r)
      .split('\n')
      .find((l) => l.startsWith('责任单位：'));
    const task = await askJson('/task 3-5');
    const field = (task.sections ?? []).flatMap((s) => s.fields ?? []).find((f) => f.name === '责任单位');
    expect(line).toBe(`责任单位：${field!.value}`);
  });
});

describe('/units counts add up', () => {
  it('gives the total, how many it leads, and says when a plan names no leads', async () => {
    const text = allText(await askJson('/units 科协'));
    const total = app.db
      .prepare(
        `SELECT count(DISTINCT task_id) FROM task_unit WHERE unit_id = (SELECT id FROM unit WHERE name = '区科协')`,
      )
      .pluck()
      .get() as number;
    expect(text).toMatch(new RegExp(`区科协 — 共 ${total} 项任务，其中牵头 \\d+ 项`));
    expect(text).toMatch(/市科协 — 共 \d+ 项任务（规划未列牵头单位）/);
    expect(text).not.toContain('牵头 0 项');
  });
});

describe('/targets: a bare year is year:, and every line has its status', () => {
  it('/targets 2025 answers as /targets year:2025', async () => {
    const bare = await askJson('/targets 2025');
    const opt = await askJson('/targets year:2025');
    expect(bare.sections).toEqual(opt.sections);
    expect(bare.title).toContain('year:2025');
  });

  it('each target shows 还剩 N 天 or 已过期 N 天 or 已期满, or says the plan gives no year', async () => {
    for (const page of [1, 2, 3, 4, 5, 6]) {
      const r = await askJson(`/targets page:${page}`);
      for (const s of r.sections ?? []) expect(s.body).toMatch(/还剩 \d+ 天|已过期 \d+ 天|已期满|未注明年份/);
    }
  });
});

describe('digest: the tasks a coordinator acts on come first', () => {
  it('防灾减灾日 lists the 应急科普 tasks, each with its plan, the unit most concerned first', async () => {
    const { renderDigest } = await import('../commands/replies/digest.js');
    const digest = app.services.digests.compose(
      { workspace: 'console', planIds: null, lookahead: 21, locale: 'zh-CN', timezone: 'Asia/Shanghai' },
      new Date('2026-05-04T02:00:00Z'),
    );
    const day = digest.days.find((d) => d.occurrence.day.id === 'national-disaster-prevention-day')!;
    for (const t of day.tasks) expect(t.title).toMatch(/应急|防灾/);
    const section = renderDigest(digest).sections!.find((s) => s.title === '全国防灾减灾日')!;
    const lines = section.body!.split('\n').filter((l) => l.startsWith('•'));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/ · (南京市|海安市|青云谱区)（[^、）]*应急[^、）]*[、）]/);
    expect(lines.some((l) => /等 \d+ 个单位/.test(l))).toBe(true);
  });
});

describe('the theme-day catalog has the days 科普 teams work with', () => {
  it('世界科学日, 全民健身日, 国际志愿者日, 全国交通安全日, 国际数学日 fall on their dates', () => {
    const dates = new Map(app.services.themes.forYear('console', 2027).map((o) => [o.day.nameZh, o.start]));
    expect(dates.get('世界科学日')).toBe('2027-11-10');
    expect(dates.get('全民健身日')).toBe('2027-08-08');
    expect(dates.get('国际志愿者日')).toBe('2027-12-05');
    expect(dates.get('全国交通安全日')).toBe('2027-12-02');
    expect(dates.get('国际数学日')).toBe('2027-03-14');
  });

  it('科普宣传周 alone is not 科技活动周; printed beside it, the task still concerns 科技活动周', async () => {
    expect(app.services.themes.find('console', '科普宣传周')?.id).not.toBe('national-sci-tech-week');
    expect(allText(await askJson('/tasks theme:科技活动周'))).toContain('2-30');
  });
});

describe('task titles read without numbering noise, with a reference into the printed plan', () => {
  it('/task 3-5 is “3-5（南京 二.1） · 实施高素质农民培育工程”', async () => {
    const r = await askJson('/task 3-5');
    expect(r.title).toBe('3-5（南京 二.1） · 实施高素质农民培育工程');
    for (const s of (await askJson('/tasks 农民')).sections ?? [])
      expect(s.title).toMatch(/^\d+-\d+（\S+ [一二三四五六七八九十\d]+\.\d+） · [^\d（(]/);
  });

  it('a task numbered at the top is found by its number, an unnumbered one by its part’s', () => {
    const ref = (path: string[], number: string) => taskRef({ planTitle: '某区2025年科普工作要点', path, number });
    expect(ref(['二、重点任务', '（一）青少年'], '1')).toBe('某区 一.1');
    expect(ref([], '三十')).toBe('某区 三十');
    expect(ref(['二、重点任务'], '')).toBe('某区 二');
  });
});

describe('unit spelling variants are one unit to search', () => {
  it('/unit 团委 finds 团市委 and 团区委 tasks and says so', async () => {
    const r = await askJson('/unit 团委');
    expect(r.title).toMatch(/团委 的任务（\d+ 项）/);
    expect(r.text).toContain('也包括：团市委、团区委');
  });

  it('/unit 教育局 includes 教体局 tasks; 应急局 and 应急管理局 find the same', async () => {
    const text = allText(await askJson('/unit 教育局'));
    expect(text).toContain('教体局');
    const a = await askJson('/tasks unit:应急局');
    const b = await askJson('/tasks unit:应急管理局');
    expect(a.title.replace('应急局', '')).toBe(b.title.replace('应急管理局', ''));
  });

  it('the table is data', async () => {
    const { default: groups } = await import('../src/services/unit-synonyms.json', { with: { type: 'json' } });
    expect(groups.some((g: string[]) => g.includes('市场监督管理局') && g.includes('市场监管局'))).toBe(true);
  });
});

describe('--json carries the structured rows', () => {
  it('/tasks, /task, /targets, /deadlines and /units have data with ids, units, values and dates', async () => {
    const tasks = (await askJson('/tasks 农民')).data as { tasks: { id: string; units: string[] }[] };
    expect(tasks.tasks[0]!.id).toMatch(/^\d+-\d+$/);
    expect(tasks.tasks.some((t) => t.units.includes('市科协'))).toBe(true);
    const task = (await askJson('/task 3-5')).data as { targets: { value: number; recurrence: string }[] };
    expect(task.targets).toContainEqual(expect.objectContaining({ value: 1000, recurrence: 'annual' }));
    const targets = (await askJson('/targets year:2025 plan:南京')).data as { targets: { value: number }[] };
    expect(targets.targets[0]!.value).toBe(22);
    const due = (await askJson('/deadlines year:2025')).data as { deadlines: { due: string; daysLeft: number }[] };
    expect(due.deadlines[0]).toMatchObject({ due: '2025-12-31', daysLeft: -328 });
    const units = (await askJson('/units 科协')).data as { units: { name: string; tasks: number }[] };
    expect(units.units.map((u) => u.name)).toContain('区科协');
  });
});

describe('/themeday <name>', () => {
  it('shows 待公布 with last year’s dates, related tasks, and the note an admin set', async () => {
    const before = await askJson('/themeday 科技活动周');
    expect(before.error).toBeFalsy();
    expect(before.title).toBe('全国科技活动周');
    expect(before.text).toContain('日期待公布（通常在 5 月）');
    expect(before.text).toMatch(/去年（2026）|去年（2025）：5月24日/);
    expect((await askJson('/themeday 科技活动周', 'en')).text).toContain('date to be announced (usually in May)');
    expect(allText(before)).toMatch(/相关任务（\d+ 项）/);
    const set = await askJson('/themeday note 科技活动周 主题：科技创新 强国有我');
    expect(set.error).toBeFalsy();
    expect((await askJson('/themeday 科技活动周')).text).toContain('说明：主题：科技创新 强国有我');
  });

  it('shows a fixed day’s date', async () => {
    expect((await askJson('/themeday 防灾减灾日')).text).toMatch(/5月12日（周三） · 还有 \d+ 天/);
  });
});

describe('the iCalendar file a coordinator subscribes to', () => {
  it('Chinese descriptions, 待公布 placeholders, reminders, a rolling window, UIDs that survive a re-import', async () => {
    const { default: ICAL } = await import('ical.js');
    const { importFile } = await import('../src/services/importer.js');
    const { loadCatalog } = await import('../src/calendar/catalog.js');
    const { join } = await import('node:path');
    const fresh = createApp({ dbPath: ':memory:', clock: manualClock(new Date('2026-11-24T02:00:00Z')) });
    const events = (text: string) =>
      new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const window = { from: '2026-11-24', to: '2027-11-23' };
    const before = events(calendarFile(fresh.services, window));
    const farmers = before.find((e) => e.summary.startsWith('培育高素质农民'))!;
    expect(farmers.description).toMatch(/任务 2-5[\s\S]*责任单位：[\s\S]*原文：“/);
    expect(farmers.component.getFirstSubcomponent('valarm')).not.toBeNull();
    expect(before.find((e) => e.summary === '全国科技活动周（日期待公布）')?.description).toContain('日期待公布');
    expect(before.every((e) => e.startDate.toString() <= '2027-11-23' && e.endDate.toString() > '2026-11-24')).toBe(
      true,
    );
    // Import 海安 again as a new plan (new database ids): the same items keep their UIDs.
    fresh.db.prepare('DELETE FROM plan WHERE id = 2').run();
    await importFile(
      fresh.db,
      join(__dirname, '..', 'seeds', 'haian-2022-science-literacy.txt'),
      loadCatalog(),
      new Date(),
    );
    const after = events(calendarFile(fresh.services, window));
    expect(after.map((e) => e.uid).sort()).toEqual(before.map((e) => e.uid).sort());
    fresh.close();
  });
});

describe('/calendar returns the iCalendar file', () => {
  it('the console saves it and says where; the file reads back as iCalendar', async () => {
    const { default: ICAL } = await import('ical.js');
    const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'kepu-cal-'));
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (c: Buffer) => chunks.push(c.toString()));
    await runConsole(app.dispatcher, { locale: 'zh-CN', input: Readable.from(['日历 2027\n']), output, dir });
    const path = join(dir, 'kepu-2027.ics');
    expect(chunks.join('')).toContain('日历文件：2027');
    expect(chunks.join('')).toContain(`文件已保存：${path}`);
    const events = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8'))).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(20);
    expect(readFileSync(path, 'utf8')).toBe(calendarFile(app.services, 2027));
    rmSync(dir, { recursive: true, force: true });
  });

  it('without a year, a year from today; a platform without files is told to use kepu ics', async () => {
    const rolling = await app.dispatcher.runText('/calendar', consoleCaller('zh-CN')); // run, not saved here
    expect(rolling.file?.name).toBe('kepu-2026-11-24.ics');
    expect(rolling.file?.contentType).toBe('text/calendar');
    const caller = { platform: 'webhook' as const, workspace: 'W', channel: 'c', user: 'u', locale: 'zh-CN' as const };
    const r = await app.dispatcher.run({ name: 'calendar', args: { year: 2027 } }, { ...caller, isAdmin: false });
    expect(r.file).toBeUndefined();
    expect(r.text).toContain('kepu ics --year 2027');
  });
});

describe('natural input', () => {
  it('a full-width colon after the name, Chinese command names, 下一页', async () => {
    expect((await askJson('/unit：科协')).title).toMatch(/^科协 的任务/);
    expect((await askJson('任务 农民')).title).toBe((await askJson('/tasks 农民')).title);
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (c: Buffer) => chunks.push(c.toString()));
    await runConsole(app.dispatcher, {
      locale: 'zh-CN',
      input: Readable.from(['/tasks 农民\n', '下一页\n']),
      output,
      json: true,
    });
    const [first, second] = chunks
      .join('')
      .trim()
      .split('\n\n')
      .map((l) => JSON.parse(l) as Reply);
    expect(first!.paging?.page).toBe(1);
    expect(second!.paging?.page).toBe(2);
  });

  it('周五 for a weekday and 5月16日 for a date', async () => {
    expect((await askJson('/digest subscribe weekday:周五')).text).toContain('每周五');
    await askJson('/digest unsubscribe');
    // Typed on 2026-11-24 without a year: the next 5月16日, in 2027.
    const set = await askJson('/themeday set 科技活动周 start:5月16日 end:5月23号');
    expect(set.text).toContain('2027：5月16日（周日） 至 5月23日（周日）');
    const dashed = await askJson('/themeday set 全国科普月 start:2026年9月1日 end:2026-9-30');
    expect(dashed.text).toContain('2026：9月1日（周二） 至 9月30日（周三）');
  });

  it('a date without a year is the next such day from today; 5-16, 5/16 and 2027-5-16 are dates', async () => {
    const { naturalDate } = await import('../src/dispatch/dispatcher.js');
    expect(naturalDate('5月16日', '2026-11-24')).toBe('2027-05-16');
    expect(naturalDate('12月1号', '2026-11-24')).toBe('2026-12-01');
    expect(naturalDate('11月24日', '2026-11-24')).toBe('2026-11-24');
    expect(naturalDate('5-16', '2026-03-01')).toBe('2026-05-16');
    expect(naturalDate('5/16', '2026-11-24')).toBe('2027-05-16');
    expect(naturalDate('2025年5月16日', '2026-11-24')).toBe('2025-05-16');
    expect(naturalDate('2027-5-16', '2026-11-24')).toBe('2027-05-16');
    expect(naturalDate('下周一', '2026-11-24')).toBeUndefined();
  });

  it('星期三 for a weekday', async () => {
    expect((await askJson('/digest subscribe weekday:星期三')).text).toContain('每周三');
    await askJson('/digest unsubscribe');
  });

  it('下一页 / 上一页 in the dispatcher, per channel and user, for 30 minutes', async () => {
    const clock = manualClock(new Date('2026-11-24T02:00:00Z'));
    const own = createApp({ dbPath: ':memory:', clock });
    const who = (channel: string, user = 'U1') => ({
      platform: 'slack' as const,
      workspace: 'T1',
      channel,
      user,
      locale: 'zh-CN' as const,
      isAdmin: false,
    });
    const d = own.dispatcher;
    expect((await d.runText('/tasks 农民', who('C1'))).paging?.page).toBe(1);
    expect((await d.runText('/下一页', who('C1'))).paging?.page).toBe(2);
    expect((await d.runText('上一页', who('C1'))).paging?.page).toBe(1);
    expect((await d.runText('prev', who('C1'))).text).toContain('已经是第一页');
    // Another channel, another user: nothing to turn.
    expect((await d.runText('下一页', who('C2'))).text).toContain('没有可以翻页的回答');
    expect((await d.runText('next', who('C1', 'U2'))).error).toBe(true);
    clock.advance(31 * 60_000);
    expect((await d.runText('下一页', who('C1'))).text).toContain('没有可以翻页的回答');
    own.close();
  });

  it('a question without a command is answered by the command it reads as, which the reply names', async () => {
    const asked = await askJson('区科协负责什么？');
    const direct = await askJson('/unit 区科协');
    expect(asked.title).toBe(direct.title);
    expect(asked.data).toEqual(direct.data);
    expect(asked.footer).toContain('按 /unit 区科协 作答');
    const due = await askJson('what is due this year?', 'en');
    expect(due.title).toBe((await askJson('/deadlines year:2026', 'en')).title);
    expect(due.footer).toContain('Answered as /deadlines year:2026');
    // A command word opening an English sentence is a question's; the words the plans use are searched.
    const about = await askJson('tasks about farmers', 'en');
    expect(about.data).toEqual((await askJson('/tasks 农民', 'en')).data);
    expect(about.footer).toContain('Answered as /tasks 农民');
    // The answer is in the question's language, whatever the caller's.
    const forUnit = await askJson('tasks for 区科协');
    expect(forUnit.footer).toContain('Answered as /unit 区科协');
    expect(forUnit.title).toBe((await askJson('/unit 区科协', 'en')).title);
    expect((await askJson('区科协负责什么？', 'en')).footer).toContain('按 /unit 区科协 作答');
    expect((await askJson('/ask PDF 文件怎么导入', 'en')).locale).toBe('zh-CN');
    const english = await askJson('/tasks farmers unit:科协', 'en');
    expect(english.title).toBe('No tasks found: farmers unit:科协');
    expect(allText(english)).toContain('The plans are written in Chinese: try /tasks 农民 unit:科协');
    expect(allText(await askJson('/unit education bureau', 'en'))).toContain(
      'The plans are written in Chinese: try /unit 教育局',
    );
    // Not a question it can place, and a group's unknown subcommand: said as before.
    expect((await askJson('hello')).text).toContain('没有“hello”这个命令');
    expect((await askJson('周报 预览')).text).toContain('不是有效的子命令');
  });

  it('/ask takes a question on every platform; one it cannot read gets examples to follow', async () => {
    const asked = await askJson('/ask 区科协负责什么？');
    expect(asked.data).toEqual((await askJson('/unit 区科协')).data);
    expect(asked.footer).toContain('按 /unit 区科协 作答');
    // Neither language in the question: the caller's.
    const unread = await askJson('/ask 。。。');
    expect(unread.error).toBe(true);
    expect(allText(unread)).toContain('没能读懂“。。。”');
    expect(allText(unread)).toContain('区科协负责什么？');
    const english = await askJson('/ask hello');
    expect(allText(english)).toContain('Could not read “hello” as a question');
    expect(allText(english)).toContain('what is 区科协 responsible for?');
  });

  it('says 你是不是要找… when nothing is found', async () => {
    expect(allText(await askJson('/themeday 科技周节'))).toContain('你是不是要找：全国科技活动周');
    expect(allText(await askJson('/unit 市科技协会'))).toMatch(/你是不是要找：[^\n]*市科协/);
  });
});

describe('long answers fit each platform without losing items', () => {
  /** Every Discord limit an embed message has; returns the rendered text. */
  const fitsDiscord = (msg: { embeds: import('discord.js').APIEmbed[] }) => {
    expect(msg.embeds.length).toBeLessThanOrEqual(10);
    let total = 0;
    for (const e of msg.embeds) {
      expect(e.title?.length ?? 0).toBeLessThanOrEqual(256);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(4096);
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(25);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeLessThanOrEqual(256);
        expect(f.value.length).toBeLessThanOrEqual(1024);
      }
      total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0);
      total += (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    }
    expect(total).toBeLessThanOrEqual(6000);
    const text = JSON.stringify(msg.embeds);
    expect(text).not.toContain('未显示');
    expect(text).not.toContain('not shown');
    return text;
  };
  /** Slack: at most 50 blocks and no block left out (the renderer's "…" marks a cut). */
  const fitsSlack = (r: { blocks: unknown[] }) => {
    expect(r.blocks.length).toBeLessThanOrEqual(50);
    expect(r.blocks).not.toContainEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '…' }] });
    return JSON.stringify(r.blocks);
  };
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  it('/themedays 365 is paged: every page fits, and the pages hold exactly the days the title counts', async () => {
    const { renderBlocks } = await import('../src/adapters/slack/render.js');
    const { renderMessage } = await import('../src/adapters/discord/render.js');
    for (const locale of ['zh-CN', 'en'] as const) {
      let reply = await askJson('/themedays 365', locale);
      const n = Number(/[（(](\d+)[ 个）)]/.exec(reply.title)![1]);
      expect(n).toBeGreaterThan(50);
      const seen: string[] = [];
      for (let page = 1; ; page++) {
        expect(reply.paging?.page).toBe(page);
        expect(reply.footer).toContain(locale === 'en' ? `Page ${page}/` : `第 ${page}/`);
        const slack = fitsSlack(renderBlocks(reply, locale));
        const discord = fitsDiscord(renderMessage(reply, locale));
        for (const s of reply.sections ?? []) {
          expect(slack).toContain(escape(s.title!));
          expect(discord).toContain(s.title!);
          seen.push(`${s.title} ${s.body}`);
        }
        if (!reply.paging?.next) break;
        reply = await askJson(`/themedays 365 page:${page + 1}`, locale);
      }
      expect(seen).toHaveLength(n);
      expect(new Set(seen).size).toBe(n); // each occurrence once (a day may come twice in 365 days)
    }
  });

  it('/help is whole on Discord and Slack; every long listing page fits both', async () => {
    const { renderBlocks } = await import('../src/adapters/slack/render.js');
    const { renderMessage } = await import('../src/adapters/discord/render.js');
    for (const locale of ['zh-CN', 'en'] as const) {
      const help = await askJson('/help', locale);
      const text = fitsDiscord(renderMessage(help, locale));
      const slack = fitsSlack(renderBlocks(help, locale));
      for (const c of app.dispatcher.list()) {
        expect(text).toContain(`/${c.name} `);
        expect(slack).toContain(`/${c.name} `);
      }
      for (const line of [
        '/tasks 科普',
        '/targets',
        '/deadlines within:3650',
        '/units',
        '/unit 科协',
        '/plans',
        '/task 3-5',
        '/themeday 科技活动周',
      ]) {
        const r = await askJson(line, locale);
        expect(r.error, line).toBeFalsy();
        fitsDiscord(renderMessage(r, locale));
        fitsSlack(renderBlocks(r, locale));
      }
    }
  });

  it('a task body goes where Discord allows 4096 characters; a longer line is split into fields, not cut', async () => {
    const { renderMessage, splitLines } = await import('../src/adapters/discord/render.js');
    const task = await askJson('/task 2-28');
    const body = '长'.repeat(3000);
    const long = { ...task, sections: [{ ...task.sections![0]!, body }, ...task.sections!.slice(1)] };
    expect(renderMessage(long, 'zh-CN').embeds[0]!.description).toContain(body);
    const parts = splitLines(`短\n${'字'.repeat(2500)}`, 1024);
    expect(parts.every((p) => p.length <= 1024)).toBe(true);
    expect(parts.join('')).toBe(`短${'字'.repeat(2500)}`);
  });

  it('what still does not fit on Discord is said, not dropped silently', async () => {
    const { renderMessage } = await import('../src/adapters/discord/render.js');
    const sections = Array.from({ length: 40 }, (_, i) => ({ title: `第 ${i} 项`, body: '字'.repeat(400) }));
    const msg = renderMessage({ title: 't', sections, footer: 'f' }, 'zh-CN');
    const shown = msg.embeds.flatMap((e) => e.fields ?? []).length;
    expect(shown).toBeLessThan(40);
    expect(msg.embeds.at(-1)!.footer!.text).toBe(`…还有 ${40 - shown} 项未显示 · f`);
  });
});

describe('command hints are shown the way each platform runs commands', () => {
  it('Slack names /kepu …, Discord mentions the command, the console types it', async () => {
    const { renderBlocks } = await import('../src/adapters/slack/render.js');
    const { renderMessage } = await import('../src/adapters/discord/render.js');
    const { renderText } = await import('../src/adapters/console/render.js');
    const { renderDigest } = await import('../commands/replies/digest.js');
    const digest = renderDigest(
      app.services.digests.compose(
        { workspace: 'console', planIds: null, lookahead: 21, locale: 'zh-CN', timezone: 'Asia/Shanghai' },
        new Date('2026-05-04T02:00:00Z'),
      ),
    );
    const slack = JSON.stringify(renderBlocks(digest, 'zh-CN').blocks);
    expect(slack).toContain('/kepu digest settings');
    expect(slack.replace(/\/kepu [a-z]/g, '')).not.toMatch(/\/(digest|tasks|themeday)\b/);
    const discord = JSON.stringify(renderMessage(digest, 'zh-CN', new Map([['digest', '301']])).embeds);
    expect(discord).toContain('</digest settings:301>');
    expect(renderText(digest)).toContain('设置：/digest settings 查看');
    const days = await app.dispatcher.runText('/themedays 30', {
      platform: 'slack',
      workspace: 'T1',
      channel: 'C1',
      user: 'U1',
      locale: 'zh-CN',
      isAdmin: false,
    });
    expect(JSON.stringify(renderBlocks(days, 'zh-CN').blocks)).toContain('/kepu tasks theme:');
  });
});

describe('targets read as the plan says', () => {
  it('keeps 以上, never starts with 的, and a standing standard is not called yearly', async () => {
    const titles: string[] = [];
    for (const page of [1, 2, 3, 4, 5, 6])
      titles.push(...((await askJson(`/targets page:${page}`)).sections ?? []).map((s) => s.title ?? ''));
    expect(titles).toContain('争创南通市级以上科普教育基地10家');
    expect(titles.filter((t) => t.startsWith('的'))).toEqual([]);
    const task = allText(await askJson('/task 2-4'));
    expect(task).toContain('• 确保每所中小学均有1-2名科学教师或3名专兼职科技辅导员\n');
    expect(task.match(/确保每所中小学/g)!.length).toBe(2); // the quote in the body, and one target line
  });
});

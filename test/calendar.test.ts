import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import ICAL from 'ical.js';
import { findThemeDay, loadCatalog, parseCatalog } from '../src/calendar/catalog.js';
import { autumnEquinox, occurrence, occurrencesForYear, upcoming } from '../src/calendar/occurrences.js';
import { toIcs } from '../src/calendar/ics.js';
import { linkThemeDays, topicText } from '../src/calendar/links.js';
import { findThemeDays } from '../src/plans/themes.js';

const days = loadCatalog();
const day = (id: string) => days.find((d) => d.id === id)!;
const on = (id: string, year: number, overrides = []) => {
  const o = occurrence(day(id), year, overrides);
  return o && [o.start, o.end, o.status];
};

describe('theme-day catalog', () => {
  it('holds the 77 days, each with Chinese and English names and aliases', () => {
    expect(days).toHaveLength(77);
    for (const d of days) expect(d.aliases).toContain(d.nameZh);
  });

  // A day found in a text as printed, and its dates in a year: by its rule, or pending until announced.
  const aliases = days.flatMap((d) => d.aliases);
  it.each([
    [
      '结合“敬老月”和安全生产月开展老年人安全科普。',
      ['敬老月', '安全生产月'],
      [['respect-elderly-month', 2026, ['2026-10-01', '2026-10-31', 'rule']]],
    ],
    [
      '结合“安全生产月”和“安全宣传咨询日”集中开展宣传。',
      ['安全生产月', '安全宣传咨询日'],
      [['safety-consultation-day', 2026, ['2026-06-16', '2026-06-16', 'rule']]],
    ],
    [
      '围绕国际护士节开展护理科普。',
      ['国际护士节'],
      [['international-nurses-day', 2027, ['2027-05-12', '2027-05-12', 'rule']]],
    ],
    [
      '利用国家网络安全宣传周、全民数字素养与技能提升月等时间节点开展宣传。',
      ['国家网络安全宣传周', '全民数字素养与技能提升月'],
      [['national-digital-literacy-month', 2027, [null, null, 'pending']]],
    ],
    [
      '结合六一国际儿童节和“爱鸟周”开展亲子自然观察活动。',
      ['六一国际儿童节', '爱鸟周'],
      [
        ['international-childrens-day', 2027, ['2027-06-01', '2027-06-01', 'rule']],
        ['bird-loving-week', 2027, [null, null, 'pending']],
      ],
    ],
  ] as [string, string[], [string, number, unknown[]][]][])(
    'finds %s as printed and dates its days',
    (text, found, dated) => {
      expect(findThemeDays(text, aliases)).toEqual(found);
      for (const [id, year, dates] of dated) expect(on(id, year)).toEqual(dates);
    },
  );

  it('rejects a malformed entry', () => {
    expect(() =>
      parseCatalog([
        { id: 'x', nameZh: '某日', nameEn: 'X', aliases: [], kind: 'day', rule: { type: 'fixed', month: 13, day: 1 } },
      ]),
    ).toThrow();
  });

  it('resolves names and aliases; 全国科普日 means the month from 2025 on', () => {
    expect(findThemeDay(days, '防灾减灾日')?.id).toBe('national-disaster-prevention-day');
    expect(findThemeDay(days, '12·4国家宪法日')?.id).toBe('national-constitution-day');
    expect(findThemeDay(days, '全国科普日', 2024)?.id).toBe('national-science-popularization-day');
    expect(findThemeDay(days, '全国科普日', 2025)?.id).toBe('national-science-popularization-month');
    expect(findThemeDay(days, '不存在的节日')).toBeUndefined();
    // English words of the name, in any order
    expect(findThemeDay(days, 'disaster prevention day')?.id).toBe('national-disaster-prevention-day');
    expect(findThemeDay(days, 'Earth Day')?.nameZh).toBe('世界地球日');
    expect(findThemeDay(days, 'science week')?.nameZh).toBe('全国科技活动周');
    expect(findThemeDay(days, 'quantum day')).toBeUndefined();
  });
});

describe('occurrences', () => {
  it('fixed dates', () => {
    for (const year of [2021, 2024, 2026, 2027])
      expect(on('national-disaster-prevention-day', year)).toEqual([`${year}-05-12`, `${year}-05-12`, 'rule']);
    // a hospital's day as well as a science museum's: 中国医师节, 19 August
    expect(findThemeDay(days, '医师节')?.id).toBe('chinese-physicians-day');
    expect(on('chinese-physicians-day', 2026)).toEqual(['2026-08-19', '2026-08-19', 'rule']);
    // 学雷锋纪念日, the day of volunteer service, 5 March
    expect(findThemeDay(days, '学雷锋日')?.id).toBe('learn-from-lei-feng-day');
    expect(on('learn-from-lei-feng-day', 2027)).toEqual(['2027-03-05', '2027-03-05', 'rule']);
  });

  it('nth weekday: last Monday of March, second Saturday of June', () => {
    const lastMonday = (y: number) => {
      let d = DateTime.fromObject({ year: y, month: 3, day: 31 });
      while (d.weekday !== 1) d = d.minus({ days: 1 });
      return d.toISODate();
    };
    for (const y of [2021, 2024, 2026, 2027]) expect(on('school-safety-education-day', y)?.[0]).toBe(lastMonday(y));
    expect(on('school-safety-education-day', 2027)?.[0]).toBe('2027-03-29');
    expect(on('cultural-natural-heritage-day', 2027)?.[0]).toBe('2027-06-12');
    expect(DateTime.fromISO(on('cultural-natural-heritage-day', 2028)![0]!).weekday).toBe(6);
    // 全国助残日, the third Sunday of May; 世界急救日, the second Saturday of September
    expect(on('national-disability-assistance-day', 2026)?.[0]).toBe('2026-05-17');
    expect(on('world-first-aid-day', 2026)?.[0]).toBe('2026-09-12');
    // a school's 教师节 on 10 September
    expect(findThemeDay(days, '教师节')?.id).toBe('teachers-day');
    expect(on('teachers-day', 2027)).toEqual(['2027-09-10', '2027-09-10', 'rule']);
  });

  it('announced dates: known windows, admin overrides first, pending when unknown', () => {
    expect(on('national-sci-tech-week', 2025)).toEqual(['2025-05-24', '2025-05-31', 'announced']);
    expect(on('national-sci-tech-week', 2026)).toEqual([null, null, 'pending']);
    const overrides = [{ dayId: 'national-sci-tech-week', year: 2025, start: '2025-05-20', end: '2025-05-27' }];
    expect(on('national-sci-tech-week', 2025, overrides as never)).toEqual(['2025-05-20', '2025-05-27', 'announced']);
    expect(on('national-energy-saving-week', 2027)).toEqual([null, null, 'pending']);
  });

  it('全国科普日 windows until 2024, 全国科普月 every September from 2025', () => {
    expect(on('national-science-popularization-day', 2024)).toEqual(['2024-09-15', '2024-09-25', 'announced']);
    expect(on('national-science-popularization-day', 2025)).toBeNull();
    expect(on('national-science-popularization-month', 2024)).toBeNull();
    expect(on('national-science-popularization-month', 2027)).toEqual(['2027-09-01', '2027-09-30', 'rule']);
  });

  it('秋分 in Beijing time (2021 was 09-22 in UTC but 09-23 in Beijing)', () => {
    expect(autumnEquinox(2021)).toBe('2021-09-23');
    expect(autumnEquinox(2024)).toBe('2024-09-22');
    expect(autumnEquinox(2025)).toBe('2025-09-23');
    expect(on('farmers-harvest-festival', 2027)?.[0]).toMatch(/^2027-09-2[23]$/);
  });

  it('upcoming from 2026-05-04 within 21 days: 防灾减灾日 on 5/12 and 科技活动周 pending', () => {
    const list = upcoming(days, [], '2026-05-04', 21);
    const names = list.map((o) => [o.day.nameZh, o.start]);
    expect(names).toContainEqual(['全国防灾减灾日', '2026-05-12']);
    expect(names).toContainEqual(['全国科技活动周', null]);
    expect(list.every((o) => o.start === null || (o.end! >= '2026-05-04' && o.start <= '2026-05-25'))).toBe(true);
    const dated = list.filter((o) => o.start).map((o) => o.start!);
    expect(dated).toEqual([...dated].sort());
  });

  it('every day of a year has a date or is pending, never a guess', () => {
    for (const o of occurrencesForYear(days, 2027)) {
      if (o.day.rule.type === 'announced' && !o.day.known['2027']) expect(o.status).toBe('pending');
      else expect(o.start).toMatch(/^2027-/);
    }
  });
});

describe('theme-day links', () => {
  it('judge the topic without the unit lists the parser reads, even when no name in them was kept', () => {
    for (const text of [
      '组织开展防灾宣传。（承办处室：气象服务处）',
      '组织开展防灾宣传。\n实施单位：区气象局',
      '组织开展防灾宣传（区气象局指导）。',
      '组织开展防灾宣传（区气象局、区应急局按职责分工负责）。',
    ]) {
      const task = { title: '防灾宣传', text, themeDays: [] };
      expect(topicText(task)).not.toContain('气象');
      expect(linkThemeDays(days, task).map((l) => l.dayId)).not.toContain('world-meteorological-day');
    }
    const own = { title: '气象科普', text: '开展气象科普进校园活动。（区气象局负责）', themeDays: [] };
    expect(linkThemeDays(days, own).map((l) => l.dayId)).toContain('world-meteorological-day');
  });

  it('count each keyword of a day as often as it occurs, without overlaps, after the day names are taken out', () => {
    const catalog = parseCatalog([
      {
        id: 'a',
        nameZh: '全国科普日',
        nameEn: 'A',
        aliases: ['全国科普日'],
        keywords: ['科普', '科普活动', '啊啊'],
        kind: 'day',
        rule: { type: 'fixed', month: 9, day: 20 },
      },
      {
        id: 'b',
        nameZh: '活动日',
        nameEn: 'B',
        aliases: ['活动日'],
        keywords: ['活动'],
        kind: 'day',
        rule: { type: 'fixed', month: 5, day: 1 },
      },
    ]);
    const links = (title: string, text: string) =>
      linkThemeDays(catalog, { title, text, themeDays: [] }).map((l) => [l.dayId, l.topical]);
    // 科普 three times and 科普活动 once in title and text, 科普 once in the title (a title hit counts twice more).
    expect(links('科普', '开展科普活动和科普讲座')).toEqual([
      ['a', 3 + 1 + 2 * 1],
      ['b', 1],
    ]);
    // Overlapping occurrences of one keyword count once; a day's name is no keyword hit.
    expect(links('', '啊啊啊')).toEqual([['a', 1]]);
    expect(links('', '全国科普日活动日')).toEqual([]);
  });
});

describe('iCalendar export', () => {
  it('writes all-day events that a standard parser reads back with the right dates', () => {
    const text = toIcs({
      occurrences: occurrencesForYear(days, 2027),
      deadlines: [{ id: 'target-1', date: '2027-12-31', title: '公民具备科学素质的比例 达到 25%' }],
      name: 'kepu-bot 2027',
      now: new Date('2026-11-24T00:00:00Z'),
    });
    const comp = new ICAL.Component(ICAL.parse(text));
    const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const find = (summary: string) => events.find((e) => e.summary === summary)!;
    const month = find('全国科普月');
    expect([month.startDate.toString(), month.endDate.toString(), month.startDate.isDate]).toEqual([
      '2027-09-01',
      '2027-10-01',
      true,
    ]);
    expect(find('全国防灾减灾日').startDate.toString()).toBe('2027-05-12');
    expect(find('公民具备科学素质的比例 达到 25%').startDate.toString()).toBe('2027-12-31');
    // Not yet announced: a placeholder on the first of its usual month, never a guessed date.
    expect(find('全国科技活动周（日期待公布）').startDate.toString()).toBe('2027-05-01');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });
});

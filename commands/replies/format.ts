/**
 * The wording shared by commands and digests, one place per concept: clipping, page footers and buttons,
 * dates and ranges, a theme day's "when", a quantity, a due date's status.
 */
import { DateTime, Info } from 'luxon';
import type { Locale } from '../../src/i18n.js';
import { commandHint, fieldLine, type Invocation, type Paging } from '../../src/reply.js';
import type { Occurrence } from '../../src/calendar/occurrences.js';
import type { Quantity } from '../../src/services/deadlines.js';
import type { Page } from '../../src/services/paging.js';
import { daysBetween } from '../../src/services/dates.js';

/** Picks a language: say('中文', 'English'). */
export type Say = (zh: string, en: string) => string;

export function sayIn(locale: Locale): Say {
  return (zh, en) => (locale === 'en' ? en : zh);
}

/** Text cut to `max` characters, ending in … when cut. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** A listing's count: "10000+" when counting stopped there. */
export function countOf(page: Pick<Page<unknown>, 'total' | 'more'>): string {
  return `${page.total}${page.more ? '+' : ''}`;
}

/**
 * "第 2/5 页" ("第 2/2000+ 页" when counting stopped) with an optional hint after it; past the last page, how many
 * there are (the previous page is then the last).
 */
export function pageFooter(say: Say, page: Pick<Page<unknown>, 'page' | 'pages' | 'more'>, hint?: string): string {
  const of = `${page.page}/${page.pages}${page.more ? '+' : ''}`;
  if (page.page > page.pages)
    return say(`没有第 ${page.page} 页：共 ${page.pages} 页。`, `There is no page ${page.page}: ${page.pages} in all.`);
  return `${say(`第 ${of} 页`, `Page ${of}`)}${hint ? ` · ${hint}` : ''}`;
}

/** Whether a listing has pages to show or turn: more than one, or a page asked for past the first. */
export function isPaged(page: Pick<Page<unknown>, 'page' | 'pages'>): boolean {
  return page.pages > 1 || page.page > 1;
}

/** Prev/next invocations of a paged listing, repeating its other arguments. */
export function paging(
  name: string,
  args: Invocation['args'],
  page: Pick<Page<unknown>, 'page' | 'pages'>,
): Paging | undefined {
  if (!isPaged(page)) return undefined;
  const at = (p: number): Invocation => ({ name, args: { ...args, page: p } });
  return {
    page: page.page,
    pages: page.pages,
    prev: page.page > 1 ? at(Math.min(page.page - 1, page.pages)) : undefined,
    next: page.page < page.pages ? at(page.page + 1) : undefined,
  };
}

/** The defined values among `values`, as invocation arguments (for page buttons). */
export function argsOf(values: Record<string, string | number | boolean | undefined>): Invocation['args'] {
  const out: Invocation['args'] = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out[k] = v;
  return out;
}

const WEEKDAY_ZH = ['一', '二', '三', '四', '五', '六', '日'];

const dayNames = new Map<string, [zh: string, en: string]>();

/** 5月12日（周二） / Tue 12 May (remembered per date: a digest run formats the same few dates many times) */
export function formatDay(iso: string, say: Say): string {
  let names = dayNames.get(iso);
  if (!names) {
    const d = DateTime.fromISO(iso, { zone: 'UTC' });
    names = [`${d.month}月${d.day}日（周${WEEKDAY_ZH[d.weekday - 1]}）`, d.setLocale('en').toFormat('ccc d LLL')];
    if (dayNames.size > 1000) dayNames.clear();
    dayNames.set(iso, names);
  }
  return say(...names);
}

/** A date or a range: 5月12日（周二） or 9月1日（周二） 至 9月30日（周三） */
export function formatRange(start: string, end: string | null, say: Say): string {
  if (!end || end === start) return formatDay(start, say);
  return `${formatDay(start, say)}${say(' 至 ', ' – ')}${formatDay(end, say)}`;
}

const MONTHS_EN = Info.months('long', { locale: 'en' });

/** When a theme day falls, seen from today: "5月12日（周二） · 还有 8 天", "进行中", or 待公布 with the usual month. */
export function when(say: Say, o: Occurrence, today: string): string {
  if (!o.start) {
    const month = o.day.usualMonth;
    if (!month) return say('日期待公布', 'date to be announced');
    return say(`日期待公布（通常在 ${month} 月）`, `date to be announced (usually in ${MONTHS_EN[month - 1]})`);
  }
  const days = daysBetween(today, o.start);
  const status = days > 0 ? say(`还有 ${days} 天`, `in ${days} days`) : say('进行中', 'under way');
  return `${formatRange(o.start, o.end, say)} · ${status}`;
}

/** A theme day's name in the reader's language (English readers see both). */
export function dayName(say: Say, day: { nameZh: string; nameEn: string }): string {
  return say(day.nameZh, `${day.nameEn} · ${day.nameZh}`);
}

/** 超过 22%, 不少于 10 家, 6000–8000 名, 10 个左右 … */
export function quantity(say: Say, t: Omit<Quantity, 'metric'>): string {
  const v = `${t.value}${t.unit}`;
  switch (t.comparator) {
    case '>':
      return say(`超过 ${v}`, `over ${v}`);
    case '>=':
      return say(`不少于 ${v}`, `at least ${v}`);
    case '<=':
      return say(`不超过 ${v}`, `at most ${v}`);
    case '~':
      return say(`${v}左右`, `about ${v}`);
    case 'range':
      return `${t.value}–${t.valueMax}${t.unit}`;
    default:
      return say(`达到 ${v}`, `${v}`);
  }
}

/** “你是不是要找：a、b？”, or undefined without suggestions. */
export function didYouMean(say: Say, names: string[]): string | undefined {
  if (names.length === 0) return undefined;
  return say(`你是不是要找：${names.join('、')}？`, `Did you mean: ${names.join(', ')}?`);
}

/** A labelled value: 责任单位：… / Units: … (the separator as fieldLine sets it for the label's language). */
export function field(say: Say, zh: string, en: string, value: string): string {
  return fieldLine({ name: say(zh, en), value });
}

/** 规划是中文写的：试试 /tasks 农民 — for words typed in English the plans have a Chinese word for. */
export function inChinese(say: Say, command: string, args: string): string {
  return say(
    `规划是中文写的：试试 ${cmd(command, args)}`,
    `The plans are written in Chinese: try ${cmd(command, args)}`,
  );
}

/** 还剩 N 天 / 已过期 N 天 */
export function dueStatus(say: Say, daysLeft: number): string {
  if (daysLeft >= 0) return say(`还剩 ${daysLeft} 天`, `${daysLeft} days left`);
  return say(`已过期 ${-daysLeft} 天`, `due date passed ${-daysLeft} days ago`);
}

/** A plan named by its region as its title begins (南京市, 青云谱区), or its title clipped. */
export function planShort(title: string): string {
  return /^[\u4e00-\u9fff]{1,8}?[省市区县]/.exec(title)?.[0] ?? clip(title, 12);
}

/** The item number without its brackets and dots: （3） → 3, 1. → 1 */
function bare(n: string): string {
  return n.replace(/[（）()、.．\s]/g, '');
}

/**
 * A reference a reader finds in the printed plan: the region, the group's number and the item's,
 * e.g. 南京 二.1 for item 1 of （二） in 南京's plan.
 */
export function taskRef(t: { planTitle: string; path: string[]; number: string }): string {
  const region = planShort(t.planTitle).replace(/(?<=..)[省市区县]$/, '');
  // an unnumbered task (a paragraph of its part) is found under its part's number
  const group =
    t.path.length > 1 || !t.number
      ? /^[（(]?([一二三四五六七八九十]+|\d+)[）)、.．]/.exec(t.path.at(-1) ?? '')?.[1]
      : undefined;
  return `${region} ${[group, bare(t.number)].filter(Boolean).join('.')}`.trim();
}

/** A command named in a hint, rendered per platform: cmd('tasks', 'theme:科技活动周'). */
export const cmd = commandHint;

/**
 * A target in the plan's own words: the clause of its quote that holds the value (争创南通市级以上科普教育基地10家),
 * or the metric and quantity when no clause does.
 */
export function targetWords(say: Say, t: Quantity & { quote: string }): string {
  const unit = t.unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const value = new RegExp(`(?<![\\d.])${t.value}(?:\\s*[-–~至]\\s*[\\d.]+)?\\s*${unit}`);
  const clean = (c: string) => c.replace(/^(?:力争)?到\s*\d{4}\s*年(?:底)?/, '').trim();
  // Of the clauses holding the value, the one sharing most of the metric's characters.
  const near = (c: string) => [...t.metric].filter((ch) => c.includes(ch)).length;
  let clause = t.quote
    .split(/[，。；;]/)
    .map(clean)
    .filter((c) => value.test(c))
    .sort((a, b) => near(b) - near(a))[0];
  // A clause holding several targets (创建1所…、建立2个…) is cut at 、, except inside “…” names.
  if (clause && (clause.match(/(?<![\d.-])\d+(?:\.\d+)?(?![\d.-])/g) ?? []).length > 1 && clause.includes('、')) {
    const piece = clause
      .replace(/“[^”]*”/g, (q) => q.replace(/、/g, '\u0001'))
      .split('、')
      .map((c) => c.replace(/\u0001/g, '、'))
      .find((c) => value.test(c));
    if (piece) clause = clean(piece);
  }
  if (clause && clause.length > 80) clause = undefined;
  return clause || `${t.metric} ${quantity(say, t)}`;
}

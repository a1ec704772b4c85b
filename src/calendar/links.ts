/**
 * Which theme days a task concerns: days it names (by any alias) and days on its topic (keywords). Topics
 * are matched in the task's own words: the 责任单位 / 牵头部门 clauses and the unit names are taken out
 * first, so a task listing 市气象局 is not "about" 世界气象日.
 */
import type { ThemeDay } from './catalog.js';
import { CLOSING_LIST, LINE_LABEL } from '../plans/units.js';

export interface ThemeLink {
  dayId: string;
  how: 'mention' | 'keyword';
  /**
   * How much the task's own words (not unit or theme-day names) are on the day's topic: keyword hits, a hit
   * in the title counting 3; 0 when the task only names the day.
   */
  topical: number;
}

/** Unit lists as the parser reads them (plans/units.ts): parenthesised, and labelled lines (task text has （）). */
const UNIT_CLAUSE = new RegExp(`${CLOSING_LIST}[^（）]*）`, 'g');
const UNIT_LINE = new RegExp(`${LINE_LABEL.source}.*$`, 'gm');

/** The task's text without the units it names: what its topic is judged on. */
export function topicText(task: { title: string; text: string; units?: string[]; leadUnits?: string[] }): string {
  let body = `${task.title}\n${task.text}`.replace(UNIT_CLAUSE, '').replace(UNIT_LINE, '');
  const names = [...(task.units ?? []), ...(task.leadUnits ?? [])].sort((a, b) => b.length - a.length);
  for (const name of names) body = body.split(name).join(' ');
  return body;
}

const aliasLists = new WeakMap<readonly ThemeDay[], string[]>();

/** Every alias of the days, longest first (computed once per catalog). */
function aliasesLongestFirst(days: readonly ThemeDay[]): string[] {
  let names = aliasLists.get(days);
  if (!names) aliasLists.set(days, (names = days.flatMap((d) => d.aliases).sort((a, b) => b.length - a.length)));
  return names;
}

/** How many times `k` occurs in `s`, without overlaps (as many as `s.split(k).length - 1`). */
function hits(s: string, k: string): number {
  if (k === '') return s.split(k).length - 1;
  let n = 0;
  for (let i = s.indexOf(k); i >= 0; i = s.indexOf(k, i + k.length)) n++;
  return n;
}

/** The links of each of a plan's tasks (in task order): text analysis done with the parse, before the store. */
export function planLinks(
  days: readonly ThemeDay[],
  plan: { tasks: Parameters<typeof linkThemeDays>[1][] },
): ThemeLink[][] {
  return plan.tasks.map((task) => linkThemeDays(days, task));
}

export function linkThemeDays(
  days: readonly ThemeDay[],
  task: { title: string; text: string; themeDays: string[]; units?: string[]; leadUnits?: string[] },
): ThemeLink[] {
  const names = aliasesLongestFirst(days);
  // Each name in turn, longest first, replaced wherever it occurs (only names that occur are split out).
  const strip = (s: string) => names.reduce((acc, name) => (acc.includes(name) ? acc.split(name).join(' ') : acc), s);
  const text = strip(topicText(task));
  const title = strip(task.title);
  const links: ThemeLink[] = [];
  for (const day of days) {
    const topical = day.keywords.reduce((n, k) => n + hits(text, k) + 2 * hits(title, k), 0);
    if (day.aliases.some((a) => task.themeDays.includes(a))) links.push({ dayId: day.id, how: 'mention', topical });
    else if (topical) links.push({ dayId: day.id, how: 'keyword', topical });
  }
  return links;
}

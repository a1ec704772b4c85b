/**
 * Which theme days a task concerns: days it names (by any alias) and days on its topic (keywords). Topics
 * are matched in the task's own words: the 责任单位 / 牵头部门 clauses and the unit names are taken out
 * first, so a task listing 市气象局 is not "about" 世界气象日.
 */
import type { ThemeDay } from './catalog.js';

export interface ThemeLink {
  dayId: string;
  how: 'mention' | 'keyword';
  /**
   * How much the task's own words (not unit or theme-day names) are on the day's topic: keyword hits, a hit
   * in the title counting 3; 0 when the task only names the day.
   */
  topical: number;
}

const UNIT_CLAUSE = /[（(][^（）()]*(?:单位|部门|按职责分工负责|牵头)[^（）()]*[）)]/g;
const UNIT_LINE = /^(?:责任|牵头|配合|参与|主责)(?:单位|部门)[：:].*$/gm;

/** The task's text without the units it names: what its topic is judged on. */
export function topicText(task: { title: string; text: string; units?: string[]; leadUnits?: string[] }): string {
  let body = `${task.title}\n${task.text}`.replace(UNIT_CLAUSE, '').replace(UNIT_LINE, '');
  const names = [...(task.units ?? []), ...(task.leadUnits ?? [])].sort((a, b) => b.length - a.length);
  for (const name of names) body = body.split(name).join(' ');
  return body;
}

export function linkThemeDays(
  days: readonly ThemeDay[],
  task: { title: string; text: string; themeDays: string[]; units?: string[]; leadUnits?: string[] },
): ThemeLink[] {
  const names = days.flatMap((d) => d.aliases).sort((a, b) => b.length - a.length);
  const strip = (s: string) => names.reduce((acc, name) => acc.split(name).join(' '), s);
  const text = strip(topicText(task));
  const title = strip(task.title);
  const hits = (s: string, k: string) => s.split(k).length - 1;
  const links: ThemeLink[] = [];
  for (const day of days) {
    const topical = day.keywords.reduce((n, k) => n + hits(text, k) + 2 * hits(title, k), 0);
    if (day.aliases.some((a) => task.themeDays.includes(a))) links.push({ dayId: day.id, how: 'mention', topical });
    else if (topical) links.push({ dayId: day.id, how: 'keyword', topical });
  }
  return links;
}

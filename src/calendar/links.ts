/**
 * Which theme days a task concerns: days it names (by any alias) and days on its topic (keywords). Topics
 * are matched in the task's own words: the 责任单位 / 牵头部门 clauses and the unit names are taken out
 * first, so a task listing 市气象局 is not "about" 世界气象日.
 */
import type { ThemeDay } from './catalog.js';

export interface ThemeLink {
  dayId: string;
  how: 'mention' | 'keyword';
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
  const text = topicText(task);
  const links: ThemeLink[] = [];
  for (const day of days) {
    if (day.aliases.some((a) => task.themeDays.includes(a))) links.push({ dayId: day.id, how: 'mention' });
    else if (day.keywords.some((k) => text.includes(k))) links.push({ dayId: day.id, how: 'keyword' });
  }
  return links;
}

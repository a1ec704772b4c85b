/** Which theme days a task concerns: days it names (by any alias) and days on its topic (keywords). */
import type { ThemeDay } from './catalog.js';

export interface ThemeLink {
  dayId: string;
  how: 'mention' | 'keyword';
}

export function linkThemeDays(
  days: readonly ThemeDay[],
  task: { title: string; text: string; themeDays: string[] },
): ThemeLink[] {
  const text = `${task.title}\n${task.text}`;
  const links: ThemeLink[] = [];
  for (const day of days) {
    if (day.aliases.some((a) => task.themeDays.includes(a))) links.push({ dayId: day.id, how: 'mention' });
    else if (day.keywords.some((k) => text.includes(k))) links.push({ dayId: day.id, how: 'keyword' });
  }
  return links;
}

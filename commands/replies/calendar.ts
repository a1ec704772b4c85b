/** The iCalendar file of a year: theme days and the deadlines falling in it, worded like the chat replies. */
import { toIcs } from '../../src/calendar/ics.js';
import type { Services } from '../../src/services/index.js';
import { quantity, sayIn } from './format.js';

export function calendarFile(services: Services, year: number, workspace = 'console'): string {
  const say = sayIn('zh-CN');
  const deadlines = services.deadlines.list({ year }).rows.map((d, i) => ({
    id: `${d.kind}-${d.planId}-${i}-${year}`,
    date: d.due,
    title: d.target ? `${d.target.metric} ${quantity(say, d.target)}` : d.text,
    description: d.planTitle,
  }));
  const occurrences = services.themes.forYear(workspace, year);
  return toIcs({ occurrences, deadlines, name: `kepu-bot ${year}`, now: services.clock.now() });
}

/**
 * iCalendar (RFC 5545) export of theme-day occurrences and deadlines as all-day events (ical-generator).
 * DTEND is exclusive, so a one-day event ends the next day. A day whose date is not yet announced (待公布)
 * is a placeholder on the first of its usual month, saying so, never a guessed date. UIDs are built from
 * what an event is (day and year; plan, item and due date), so re-importing a plan keeps them. Each event
 * reminds (VALARM) `alarmDays` before. DTSTAMP is the `now` passed in; the clock is never read here.
 */
import ical, { ICalAlarmType } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Occurrence } from './occurrences.js';

export interface IcsDeadline {
  id: string;
  date: string;
  title: string;
  description?: string;
}

const day = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });

export function toIcs(opts: {
  occurrences: Occurrence[];
  deadlines: IcsDeadline[];
  name: string;
  now: Date;
  /** Description of each theme day (Chinese), by occurrence. */
  describe?: (o: Occurrence) => string;
  /** Days before an event its reminder goes off (none when 0). */
  alarmDays?: number;
}): string {
  const cal = ical({ name: opts.name, prodId: { company: 'kepu-bot', product: 'kepu-bot', language: 'ZH' } });
  const stamp = DateTime.fromJSDate(opts.now, { zone: 'UTC' });
  const alarmDays = opts.alarmDays ?? 0;
  const remind = (e: ReturnType<typeof cal.createEvent>, what: string) => {
    if (alarmDays > 0)
      e.createAlarm({ type: ICalAlarmType.display, triggerBefore: alarmDays * 86_400, description: what });
  };
  for (const o of opts.occurrences) {
    const pending = !o.start || !o.end;
    if (pending && !o.day.usualMonth) continue;
    const start = pending ? `${o.year}-${String(o.day.usualMonth).padStart(2, '0')}-01` : o.start!;
    const summary = pending ? `${o.day.nameZh}（日期待公布）` : o.day.nameZh;
    const e = cal.createEvent({
      id: `${o.day.id}-${o.year}@kepu-bot`,
      allDay: true,
      start: day(start),
      end: day(pending ? start : o.end!).plus({ days: 1 }),
      stamp,
      summary,
      description:
        opts.describe?.(o) ??
        `${o.day.nameEn}${o.status === 'announced' ? '' : pending ? ' (date to be announced)' : ' (date by rule)'}`,
      categories: [{ name: 'theme-day' }],
    });
    if (!pending) remind(e, summary);
  }
  for (const d of opts.deadlines) {
    const e = cal.createEvent({
      id: `${d.id}@kepu-bot`,
      allDay: true,
      start: day(d.date),
      end: day(d.date).plus({ days: 1 }),
      stamp,
      summary: d.title,
      description: d.description,
      categories: [{ name: 'deadline' }],
    });
    remind(e, d.title);
  }
  return cal.toString();
}

/**
 * iCalendar (RFC 5545) export of theme-day occurrences and deadlines as all-day events (ical-generator).
 * DTEND is exclusive, so a one-day event ends the next day. Pending days (待公布) have no date and are
 * left out rather than guessed. DTSTAMP is the `now` passed in; the clock is never read here.
 */
import ical from 'ical-generator';
import { DateTime } from 'luxon';
import type { Occurrence } from './occurrences.js';

export interface IcsDeadline {
  id: string;
  date: string;
  title: string;
  description?: string;
}

const day = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });

export function toIcs(opts: { occurrences: Occurrence[]; deadlines: IcsDeadline[]; name: string; now: Date }): string {
  const cal = ical({ name: opts.name, prodId: { company: 'kepu-bot', product: 'kepu-bot', language: 'ZH' } });
  const stamp = DateTime.fromJSDate(opts.now, { zone: 'UTC' });
  for (const o of opts.occurrences) {
    if (!o.start || !o.end) continue;
    cal.createEvent({
      id: `${o.day.id}-${o.year}@kepu-bot`,
      allDay: true,
      start: day(o.start),
      end: day(o.end).plus({ days: 1 }),
      stamp,
      summary: o.day.nameZh,
      description: `${o.day.nameEn}${o.status === 'announced' ? '' : ' (date by rule)'}`,
      categories: [{ name: 'theme-day' }],
    });
  }
  for (const d of opts.deadlines) {
    cal.createEvent({
      id: `${d.id}@kepu-bot`,
      allDay: true,
      start: day(d.date),
      end: day(d.date).plus({ days: 1 }),
      stamp,
      summary: d.title,
      description: d.description,
      categories: [{ name: 'deadline' }],
    });
  }
  return cal.toString();
}

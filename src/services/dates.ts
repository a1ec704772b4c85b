/** Calendar-date arithmetic on YYYY-MM-DD strings (luxon, in UTC so no zone shifts a date). */
import { DateTime } from 'luxon';

export function daysBetween(from: string, to: string): number {
  return Math.round(DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days);
}

export function addDays(iso: string, days: number): string {
  return DateTime.fromISO(iso, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

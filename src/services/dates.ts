/** Calendar-date formatting and arithmetic in a time zone (luxon), shared by theme days, deadlines and digests. */
import { DateTime } from 'luxon';
import type { Locale } from '../i18n.js';

const WEEKDAY_ZH = ['一', '二', '三', '四', '五', '六', '日'];

export function daysBetween(from: string, to: string): number {
  return Math.round(DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days);
}

/** 5月12日（周二） / Tue 12 May */
export function formatDay(iso: string, locale: Locale): string {
  const d = DateTime.fromISO(iso, { zone: 'UTC' });
  return locale === 'en' ? d.setLocale('en').toFormat('ccc d LLL') : `${d.month}月${d.day}日（周${WEEKDAY_ZH[d.weekday - 1]}）`;
}

/** A date or a range: 5月12日（周二） or 9月1日（周二）至 9月30日（周三） */
export function formatRange(start: string, end: string | null, locale: Locale): string {
  if (!end || end === start) return formatDay(start, locale);
  return `${formatDay(start, locale)}${locale === 'en' ? ' – ' : ' 至 '}${formatDay(end, locale)}`;
}

export function addDays(iso: string, days: number): string {
  return DateTime.fromISO(iso, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

/**
 * Occurrences of theme days: where a day falls in a given year. Precedence: a date an admin entered
 * (override) > a date known to be announced > the rule. A day that is only ever announced and has no
 * date for the year is 'pending' (待公布) — shown with its usual month, never with a guessed date.
 * All dates are calendar days in Asia/Shanghai.
 */
import { Seasons } from 'astronomy-engine';
import { DateTime } from 'luxon';
import { validIn, type ThemeDay } from './catalog.js';

export const CALENDAR_ZONE = 'Asia/Shanghai';

/** Dates an admin entered for a day in a year. */
export interface Override {
  dayId: string;
  year: number;
  start: string;
  end: string;
}

export interface Occurrence {
  day: ThemeDay;
  year: number;
  start: string | null;
  end: string | null;
  status: 'announced' | 'rule' | 'pending';
  source: 'override' | 'catalog' | 'rule';
}

const iso = (d: DateTime) => d.toISODate()!;

/** The date of 秋分 (autumn equinox) in Beijing time. */
export function autumnEquinox(year: number): string {
  const instant = Seasons(year).sep_equinox.date;
  return iso(DateTime.fromJSDate(instant, { zone: CALENDAR_ZONE }));
}

/** Dates a rule gives for a year, or null for announced days. */
export function ruleDates(day: ThemeDay, year: number): { start: string; end: string } | null {
  const r = day.rule;
  const on = (month: number, d: number) => DateTime.fromObject({ year, month, day: d }, { zone: CALENDAR_ZONE });
  switch (r.type) {
    case 'fixed':
      return { start: iso(on(r.month, r.day)), end: iso(on(r.month, r.day)) };
    case 'month':
      return { start: iso(on(r.month, 1)), end: iso(on(r.month, 1).endOf('month')) };
    case 'period':
      return { start: iso(on(r.month, r.day)), end: iso(on(r.month, r.day).plus({ days: r.lengthDays - 1 })) };
    case 'nth-weekday': {
      let d: DateTime;
      if (r.nth > 0) {
        const first = on(r.month, 1);
        d = first.plus({ days: ((r.weekday - first.weekday + 7) % 7) + 7 * (r.nth - 1) });
      } else {
        const last = on(r.month, 1).endOf('month').startOf('day');
        d = last.minus({ days: ((last.weekday - r.weekday + 7) % 7) + 7 * (-r.nth - 1) });
      }
      return d.month === r.month ? { start: iso(d), end: iso(d) } : null;
    }
    case 'solar-term': {
      const d = autumnEquinox(year);
      return { start: d, end: d };
    }
    case 'announced':
      return null;
  }
}

/** Where `day` falls in `year`, or null when it does not take place that year (not yet valid, superseded). */
export function occurrence(day: ThemeDay, year: number, overrides: readonly Override[] = []): Occurrence | null {
  const known = day.known[String(year)];
  if (!validIn(day, year) || (known && 'status' in known && known.status === 'superseded' && !('start' in known)))
    return null;
  const o = overrides.find((x) => x.dayId === day.id && x.year === year);
  if (o) return { day, year, start: o.start, end: o.end, status: 'announced', source: 'override' };
  if (known && 'start' in known)
    return {
      day,
      year,
      start: known.start,
      end: known.end,
      status: day.rule.type === 'announced' ? 'announced' : 'rule',
      source: 'catalog',
    };
  const byRule = ruleDates(day, year);
  if (byRule) return { day, year, ...byRule, status: 'rule', source: 'rule' };
  return { day, year, start: null, end: null, status: 'pending', source: 'rule' };
}

export function occurrencesForYear(
  days: readonly ThemeDay[],
  year: number,
  overrides: readonly Override[] = [],
): Occurrence[] {
  return sortOccurrences(days.map((d) => occurrence(d, year, overrides)).filter((o): o is Occurrence => o !== null));
}

/**
 * Occurrences overlapping [from, from + withinDays], soonest first: dated ones that have not ended,
 * and pending ones whose usual month overlaps the window.
 */
export function upcoming(
  days: readonly ThemeDay[],
  overrides: readonly Override[],
  from: string,
  withinDays: number,
): Occurrence[] {
  const start = DateTime.fromISO(from, { zone: CALENDAR_ZONE });
  const end = start.plus({ days: withinDays });
  const last = iso(end);
  const out: Occurrence[] = [];
  for (let year = start.year; year <= end.year; year++) {
    for (const o of occurrencesForYear(days, year, overrides)) {
      if (o.start && o.end) {
        if (o.end >= from && o.start <= last) out.push(o);
      } else if (o.day.usualMonth) {
        const monthStart = DateTime.fromObject({ year, month: o.day.usualMonth, day: 1 }, { zone: CALENDAR_ZONE });
        if (iso(monthStart.endOf('month')) >= from && iso(monthStart) <= last) out.push(o);
      }
    }
  }
  return sortOccurrences(out);
}

function sortOccurrences(list: Occurrence[]): Occurrence[] {
  const key = (o: Occurrence) => o.start ?? `${o.year}-${String(o.day.usualMonth ?? 12).padStart(2, '0')}-32`;
  return list.sort((a, b) => key(a).localeCompare(key(b)) || a.day.nameZh.localeCompare(b.day.nameZh));
}

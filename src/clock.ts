/**
 * The one clock. Every read of "now" goes through a Clock so tests and demos can fix it:
 * KEPU_NOW (an ISO date or date-time, read in KEPU_TZ) sets the starting instant, and time runs on from there.
 */
import { DateTime } from 'luxon';

export const DEFAULT_ZONE = 'Asia/Shanghai';

export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Time zone for calendar dates (YYYY-MM-DD "today"). */
  readonly zone: string;
}

export function systemClock(zone = DEFAULT_ZONE): Clock {
  return { now: () => new Date(), zone };
}

/** A clock that starts at `start` and advances with real time. */
export function offsetClock(start: Date, zone = DEFAULT_ZONE): Clock {
  const offset = start.getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset), zone };
}

/** A clock for tests: stands still until `set`/`advance` moves it. */
export function manualClock(
  start: Date,
  zone = DEFAULT_ZONE,
): Clock & { set(d: Date): void; advance(ms: number): void } {
  let t = start.getTime();
  return { now: () => new Date(t), zone, set: (d) => void (t = d.getTime()), advance: (ms) => void (t += ms) };
}

/** Parses KEPU_NOW-style text ('2026-05-04' or '2026-05-04T08:30') in `zone`; null when invalid. */
export function parseInstant(text: string, zone = DEFAULT_ZONE): Date | null {
  const dt = DateTime.fromISO(text.trim(), { zone });
  return dt.isValid ? dt.toJSDate() : null;
}

/** Today's calendar date in the clock's zone, as YYYY-MM-DD. */
export function today(clock: Clock): string {
  return DateTime.fromJSDate(clock.now(), { zone: clock.zone }).toISODate()!;
}

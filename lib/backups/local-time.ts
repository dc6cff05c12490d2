import { DateTime, IANAZone, type DurationLikeObject } from 'luxon';

import type { BackupTime } from './backup-time';

/** A date on the wall calendar of some zone; not an instant. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** DOMAIN "Time": every rule is evaluated in a named IANA zone, never the server's. */
export function timeZoneOf(name: string): IANAZone {
  if (!IANAZone.isValidZone(name)) throw new RangeError(`Unknown time zone '${name}'`);
  return IANAZone.create(name);
}

export function localDateOf(instant: Date, zone: IANAZone): LocalDate {
  const { year, month, day } = DateTime.fromJSDate(instant, { zone });
  return { year, month, day };
}

/** Calendar arithmetic on the wall calendar: 31 January + 1 month is 28 (or 29) February. */
export function shiftLocalDate(date: LocalDate, shift: DurationLikeObject): LocalDate {
  const { year, month, day } = DateTime.utc(date.year, date.month, date.day).plus(shift);
  return { year, month, day };
}

export function formatLocalDate({ year, month, day }: LocalDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The instant a wall-clock time denotes in `zone`, decided here rather than guessed: luxon
 * picks the offset of a repeated local time by heuristics, so both candidate offsets are
 * tried and checked.
 * - A time the clock shows twice (fall back: 02:30 on the last Sunday of October in Paris)
 *   denotes its first occurrence, the earlier instant.
 * - A time the clock skips (spring forward: 02:30 on the last Sunday of March in Paris) is
 *   moved forward by the gap, read with the offset in force before the jump: 03:30 local.
 * Offsets stay within ±1 day, and no zone changes its clock twice within two days, so the
 * offsets in force a day before and a day after are the only candidates.
 */
export function instantOfLocalTime(date: LocalDate, time: BackupTime, zone: IANAZone): Date {
  const wall = DateTime.utc(date.year, date.month, date.day, time.hour, time.minute).toMillis();
  const offsetBefore = offsetMs(zone, wall - DAY_MS);
  const offsetAfter = offsetMs(zone, wall + DAY_MS);
  const occurrences = [wall - offsetBefore, wall - offsetAfter].filter((instant) => offsetMs(zone, instant) === wall - instant);
  return new Date(occurrences.length > 0 ? Math.min(...occurrences) : wall - offsetBefore);
}

function offsetMs(zone: IANAZone, instant: number): number {
  return Math.round(zone.offset(instant) * MINUTE_MS);
}

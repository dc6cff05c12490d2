import { DateTime } from 'luxon';
import { zoneOffsets } from './zone-offsets';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A form's `datetime-local` value ("2026-11-30T16:00") read as wall-clock time in `timeZone`,
 * or null when it is not a real one. Decided by the engine, never guessed: a time the clock
 * skips (spring) moves forward by the gap, as the clocks do (02:30 → 03:30); a time it shows
 * twice (autumn) is its first occurrence.
 */
export function localDateTimeToInstant(value: string, timeZone: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || hour > 23 || minute > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute);
  // Date.UTC rolls 31 February over to March: a date that does not exist is refused.
  if (new Date(local).getUTCDate() !== day) return null;
  const offsets = zoneOffsets(timeZone);
  const instant = offsets.localToInstant(local, 'earlier');
  if (instant + offsets.offsetAt(instant) === local) return new Date(instant);
  // Skipped: `instant` is the jump; read the wall time with the offset in force just before it.
  return new Date(local - offsets.offsetAt(instant - 1));
}

/** The `datetime-local` value showing `instant` on the wall clocks of `timeZone`. */
export function instantToLocalDateTime(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

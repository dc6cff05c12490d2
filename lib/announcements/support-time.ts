import { DateTime } from 'luxon';
import { METROPOLITAN_TIME_ZONE } from '@/lib/time-zones';

/**
 * §5: maintenance windows are set in Central European Time (CET/CEST); the support centre
 * writes every announcement's dates in this zone, and each organization reads them in its own.
 */
export const ANNOUNCEMENT_INPUT_ZONE = METROPOLITAN_TIME_ZONE;

const LOCAL_INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/**
 * A `datetime-local` value ("2026-12-15T07:00") read as Paris wall-clock time, or null when it
 * is not one. A time skipped by the spring clock change moves forward, as the clocks do.
 */
export function fromInputTime(value: string): Date | null {
  if (!LOCAL_INPUT.test(value)) return null;
  const local = DateTime.fromISO(value, { zone: ANNOUNCEMENT_INPUT_ZONE });
  return local.isValid ? local.toJSDate() : null;
}

/** The `datetime-local` value showing an instant in Paris wall-clock time. */
export function toInputTime(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: ANNOUNCEMENT_INPUT_ZONE }).toFormat("yyyy-MM-dd'T'HH:mm");
}

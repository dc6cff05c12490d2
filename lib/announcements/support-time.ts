import { instantToLocalDateTime, localDateTimeToInstant } from '@/lib/calendar';
import { METROPOLITAN_TIME_ZONE } from '@/lib/time-zones';

/**
 * §5: maintenance windows are set in Central European Time (CET/CEST); the support centre
 * writes every announcement's dates in this zone, and each organization reads them in its own.
 */
export const ANNOUNCEMENT_INPUT_ZONE = METROPOLITAN_TIME_ZONE;

/** A `datetime-local` value ("2026-12-15T07:00") read as Paris wall-clock time, or null when it is not one. */
export function fromInputTime(value: string): Date | null {
  return localDateTimeToInstant(value, ANNOUNCEMENT_INPUT_ZONE);
}

/** The `datetime-local` value showing an instant in Paris wall-clock time. */
export function toInputTime(instant: Date): string {
  return instantToLocalDateTime(instant, ANNOUNCEMENT_INPUT_ZONE);
}

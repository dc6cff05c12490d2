const MINUTE = 60_000;

/**
 * A length of time in words, as a clock reads it: "20 s", "45 min", "2 h 05", "286 h". Whole
 * minutes from one minute on (rounded to the nearest); hours however many, never days, so that
 * a month's reference period (hours of service) and an incident's length read alike.
 */
export function formatDuration(ms: number): string {
  if (!(ms >= 0) || !Number.isFinite(ms)) throw new RangeError(`A duration is a finite number of ms from 0, got ${ms}`);
  if (ms > 0 && ms < MINUTE) return `${Math.max(1, Math.round(ms / 1000))} s`;
  const total = Math.round(ms / MINUTE);
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${String(minutes).padStart(2, '0')}`;
}

import { assertValidInstant } from './instant';
import { formatLocalDate, localDateOf, shiftLocalDate, type LocalDate } from './local-time';
import { DAILY_RETENTION_DAYS, MONTHLY_RETENTION_MONTHS } from './retention';
import { backupOfNight, backupSchedule, type BackupScheduleOptions, type RestorePoint } from './schedule';

/**
 * §7: "une restauration peut être effectuée … sur la base de l'une de ces sauvegardes, durant
 * la durée de rétention": the backups taken at or before `now` and not yet expired
 * (takenAt ≤ now < expiresAt), newest first.
 */
export function availableRestorePoints(now: Date, options: BackupScheduleOptions): RestorePoint[] {
  assertValidInstant('now', now);
  const schedule = backupSchedule(options);
  const today = localDateOf(now, schedule.zone);
  return candidateNights(today)
    .map((night) => backupOfNight(night, schedule))
    .filter((point) => point.takenAt <= now && now < point.expiresAt)
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

// Every night that may hold a point still kept: today and the 30 nights before (one more, as
// a clock change may push an expiry past midnight), and the 1st of the last 3 months.
function candidateNights(today: LocalDate): LocalDate[] {
  const nights = new Map<string, LocalDate>();
  const add = (night: LocalDate) => nights.set(formatLocalDate(night), night);
  for (let shift = 0; shift >= -(DAILY_RETENTION_DAYS + 1); shift--) add(shiftLocalDate(today, { days: shift }));
  const firstOfMonth = { ...today, day: 1 };
  for (let shift = 0; shift <= MONTHLY_RETENTION_MONTHS; shift++) add(shiftLocalDate(firstOfMonth, { months: -shift }));
  return [...nights.values()];
}

import type { IANAZone } from 'luxon';

import { DEFAULT_DAILY_BACKUP_AT, parseBackupTime, type BackupTime } from './backup-time';
import { backupKindOn, type BackupKind } from './kinds';
import { instantOfLocalTime, localDateOf, shiftLocalDate, timeZoneOf, type LocalDate } from './local-time';
import { BACKUP_RETENTION } from './retention';

/** Where and when the nightly backup runs: the organization's zone, and 'HH:mm' (default 02:00). */
export interface BackupScheduleOptions {
  timeZone: string;
  dailyAt?: string;
}

export interface RestorePoint {
  takenAt: Date;
  kind: BackupKind;
  expiresAt: Date;
}

/** The options, checked once: an unknown zone or a bad 'HH:mm' is a RangeError. */
export interface BackupSchedule {
  zone: IANAZone;
  at: BackupTime;
}

export function backupSchedule(options: BackupScheduleOptions): BackupSchedule {
  return { zone: timeZoneOf(options.timeZone), at: parseBackupTime(options.dailyAt ?? DEFAULT_DAILY_BACKUP_AT) };
}

/**
 * The backup of the night of `date`, taken at the configured local time, and kept until the
 * same local time 30 days (daily) or 3 months (monthly) later (§7), both resolved by the same
 * rules on a clock-change night.
 */
export function backupOfNight(date: LocalDate, schedule: BackupSchedule): RestorePoint {
  const kind = backupKindOn(date.day);
  return {
    takenAt: instantOfLocalTime(date, schedule.at, schedule.zone),
    kind,
    expiresAt: instantOfLocalTime(shiftLocalDate(date, BACKUP_RETENTION[kind]), schedule.at, schedule.zone),
  };
}

/**
 * The backup taken exactly at `instant`, if any. A first occurrence shows its own night's
 * date; a time moved forward by a clock change may land on the next local day, so the night
 * before is tried too.
 */
export function backupTakenAt(instant: Date, schedule: BackupSchedule): RestorePoint | undefined {
  const date = localDateOf(instant, schedule.zone);
  for (const shift of [0, -1]) {
    const backup = backupOfNight(shiftLocalDate(date, { days: shift }), schedule);
    if (backup.takenAt.getTime() === instant.getTime()) return backup;
  }
  return undefined;
}

// Backups and restore points (§7, DOMAIN "Backups and restore requests"): pure, no I/O; the
// instant "now" is an argument. Bad arguments (an unknown zone, a bad 'HH:mm', an invalid
// Date for now) are RangeErrors.
//
// A backup is taken each night at a local time of the organization's zone; on a clock-change
// night a time the clock skips is moved forward by the gap and a time it shows twice is its
// first occurrence. Expiries are the same local time 30 days or 3 months later, same rules.
export { DEFAULT_DAILY_BACKUP_AT, parseBackupTime, type BackupTime } from './backup-time';
export { BACKUP_KIND_LABELS, BACKUP_KINDS, backupKindOn, type BackupKind } from './kinds';
export { BACKUP_RETENTION, BACKUP_RETENTION_LABELS, DAILY_RETENTION_DAYS, MONTHLY_RETENTION_MONTHS } from './retention';
export type { BackupScheduleOptions, RestorePoint } from './schedule';
export { availableRestorePoints } from './available-restore-points';
export { findRestorePoint, type RestorePointLookup, type RestorePointRefusal } from './find-restore-point';
export { describeBackupPolicy } from './describe-backup-policy';

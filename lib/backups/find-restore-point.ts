import { formatDateTime } from '@/lib/format/french-date';

import { assertValidInstant } from './instant';
import { BACKUP_RETENTION_LABELS } from './retention';
import { backupSchedule, backupTakenAt, type BackupScheduleOptions, type RestorePoint } from './schedule';

export type RestorePointRefusal = 'not_a_backup' | 'not_yet_taken' | 'expired';

export type RestorePointLookup = { ok: true; point: RestorePoint } | { ok: false; code: RestorePointRefusal; reason: string };

const KIND_PLURALS = { daily: 'quotidiennes', monthly: 'mensuelles' } as const;

/**
 * §7 (DOMAIN "Backups"): a restore is asked from a point still within retention, and any other
 * instant is refused with the reason, in French, whatever the form sent. `takenAt` must be the
 * exact instant of a backup; the same rule as `availableRestorePoints` decides the rest.
 */
export function findRestorePoint(now: Date, options: BackupScheduleOptions, takenAt: Date): RestorePointLookup {
  assertValidInstant('now', now);
  const schedule = backupSchedule(options);
  const { timeZone } = options;
  const point = Number.isNaN(takenAt.getTime()) ? undefined : backupTakenAt(takenAt, schedule);
  if (point === undefined) {
    return { ok: false, code: 'not_a_backup', reason: 'Aucune sauvegarde n’a été prise à cet instant.' };
  }
  if (now < point.takenAt) {
    return {
      ok: false,
      code: 'not_yet_taken',
      reason: `Cette sauvegarde n’a pas encore été prise : elle est prévue le ${formatDateTime(point.takenAt, timeZone)}.`,
    };
  }
  if (now >= point.expiresAt) {
    return {
      ok: false,
      code: 'expired',
      reason:
        `Ce point de restauration a expiré le ${formatDateTime(point.expiresAt, timeZone)} : ` +
        `les sauvegardes ${KIND_PLURALS[point.kind]} sont conservées ${BACKUP_RETENTION_LABELS[point.kind]}.`,
    };
  }
  return { ok: true, point };
}

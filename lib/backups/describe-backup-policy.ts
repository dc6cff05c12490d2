import { zoneName } from '@/lib/time-zones';

import { DEFAULT_DAILY_BACKUP_AT } from './backup-time';
import { DAILY_RETENTION_DAYS, MONTHLY_RETENTION_MONTHS } from './retention';
import { backupSchedule } from './schedule';

/**
 * §7's table in French sentences for the catalogue page, one per list item: when the backups
 * are taken, how long each kind is kept, and that a restore may be asked from any of them.
 */
export function describeBackupPolicy(timeZone: string, dailyAt: string = DEFAULT_DAILY_BACKUP_AT): string[] {
  // Checked as the schedule checks them, so the page never states a policy the schedule would refuse.
  backupSchedule({ timeZone, dailyAt });
  return [
    `Une sauvegarde est prise chaque nuit à ${dailyAt} (${zoneName(timeZone)}).`,
    `Les sauvegardes quotidiennes sont conservées ${DAILY_RETENTION_DAYS} jours calendaires ; ` +
      `celle du 1er de chaque mois est la sauvegarde mensuelle, conservée ${MONTHLY_RETENTION_MONTHS} mois.`,
    'Une restauration peut être demandée à partir de l’une de ces sauvegardes tant qu’elle est conservée.',
  ];
}

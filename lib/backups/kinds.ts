/**
 * §7: backups run on two cycles, daily and monthly. One list, for the database enum, the
 * forms and the pages.
 */
export const BACKUP_KINDS = ['daily', 'monthly'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BACKUP_KIND_LABELS: Readonly<Record<BackupKind, string>> = {
  daily: 'Sauvegarde quotidienne',
  monthly: 'Sauvegarde mensuelle',
};

/** §7: the backup of the 1st of a month is the monthly one ("chaque 1er jour du mois"); every other night's is daily. */
export function backupKindOn(dayOfMonth: number): BackupKind {
  return dayOfMonth === 1 ? 'monthly' : 'daily';
}

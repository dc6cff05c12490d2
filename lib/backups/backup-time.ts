/** §7: "chaque nuit"; the hour is ours to choose, 02:00 in the organization's zone unless configured. */
export const DEFAULT_DAILY_BACKUP_AT = '02:00';

/** A wall-clock time of day, as the nightly backup is configured. */
export interface BackupTime {
  hour: number;
  minute: number;
}

const HH_MM = /^(\d{2}):(\d{2})$/;

/** Reads 'HH:mm' (00:00–23:59); anything else is a RangeError with a French message fit to show. */
export function parseBackupTime(text: string): BackupTime {
  const match = HH_MM.exec(text);
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  if (!match || hour > 23 || minute > 59) {
    throw new RangeError(`Heure de sauvegarde invalide : « ${text} » (format attendu HH:mm, par exemple ${DEFAULT_DAILY_BACKUP_AT}).`);
  }
  return { hour, minute };
}

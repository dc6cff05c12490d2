import type { DurationLikeObject } from 'luxon';

import type { BackupKind } from './kinds';

// §7: "Quotidienne — chaque nuit — 30 jours calendaires".
export const DAILY_RETENTION_DAYS = 30;
// §7: "Mensuelle — chaque 1er jour du mois — 3 mois".
export const MONTHLY_RETENTION_MONTHS = 3;

/** How long each kind is kept, as calendar arithmetic on the local date (not a count of 24 h). */
export const BACKUP_RETENTION: Readonly<Record<BackupKind, DurationLikeObject>> = {
  daily: { days: DAILY_RETENTION_DAYS },
  monthly: { months: MONTHLY_RETENTION_MONTHS },
};

/** The retention in French words: "30 jours", "3 mois". */
export const BACKUP_RETENTION_LABELS: Readonly<Record<BackupKind, string>> = {
  daily: `${DAILY_RETENTION_DAYS} jours`,
  monthly: `${MONTHLY_RETENTION_MONTHS} mois`,
};

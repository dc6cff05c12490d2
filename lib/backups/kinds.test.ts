import { describe, expect, it } from 'vitest';

import { BACKUP_KIND_LABELS, BACKUP_KINDS, backupKindOn } from './kinds';
import { BACKUP_RETENTION, BACKUP_RETENTION_LABELS, DAILY_RETENTION_DAYS, MONTHLY_RETENTION_MONTHS } from './retention';

describe('backup kinds and retention (§7)', () => {
  it('lists the two kinds with their French labels', () => {
    expect(BACKUP_KINDS).toEqual(['daily', 'monthly']);
    expect(BACKUP_KIND_LABELS).toEqual({ daily: 'Sauvegarde quotidienne', monthly: 'Sauvegarde mensuelle' });
  });

  it('makes the backup of the 1st the monthly one, and only that one', () => {
    expect(backupKindOn(1)).toBe('monthly');
    for (let day = 2; day <= 31; day++) expect(backupKindOn(day)).toBe('daily');
  });

  it('keeps a daily backup 30 calendar days and a monthly one 3 months', () => {
    expect(DAILY_RETENTION_DAYS).toBe(30);
    expect(MONTHLY_RETENTION_MONTHS).toBe(3);
    expect(BACKUP_RETENTION).toEqual({ daily: { days: 30 }, monthly: { months: 3 } });
    expect(BACKUP_RETENTION_LABELS).toEqual({ daily: '30 jours', monthly: '3 mois' });
  });
});

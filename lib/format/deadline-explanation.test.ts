import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { DEFAULT_SUPPORT_CALENDAR, addBusinessTime } from '@/lib/calendar';
import { explainClockDeadline } from './deadline-explanation';

const paris = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Paris' }).toJSDate();
const HOUR = 3_600_000;

describe('explainClockDeadline', () => {
  it('says the budget, the start, and the week-end and holidays skipped', () => {
    const startedAt = paris('2026-04-30T16:15');
    const dueAt = addBusinessTime(DEFAULT_SUPPORT_CALENDAR, startedAt, 8 * HOUR);
    expect(
      explainClockDeadline({ kind: 'pickup', calendar: DEFAULT_SUPPORT_CALENDAR, budgetMs: 8 * HOUR, startedAt, dueAt, pausedBusinessMs: 0 }, 'Europe/Paris'),
    ).toBe('Dû lundi 4 mai 2026 à 16:15 : 8 h ouvrées depuis jeudi 30 avril 2026 à 16:15, hors week-end et Fête du Travail (1 mai).');
  });

  it('says when counting began at the next opening, and the time added by pauses', () => {
    const startedAt = paris('2026-03-07T10:00');
    const dueAt = addBusinessTime(DEFAULT_SUPPORT_CALENDAR, startedAt, 10 * HOUR);
    const text = explainClockDeadline(
      { kind: 'pickup', calendar: DEFAULT_SUPPORT_CALENDAR, budgetMs: 8 * HOUR, startedAt, dueAt, pausedBusinessMs: 2 * HOUR },
      'Europe/Paris',
    );
    expect(text).toContain('depuis l’ouverture du lundi 9 mars 2026 à 08:30 (enregistrement hors heures ouvrées)');
    expect(text).toContain('reporté de 2 h ouvrées d’attente du client');
  });
});

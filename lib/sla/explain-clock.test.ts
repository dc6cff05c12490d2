import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { DEFAULT_SUPPORT_CALENDAR, addBusinessTime } from '@/lib/calendar';
import { pauseClock, resumeClock, startClock } from './clock';
import { explainClockDeadline } from './explain-clock';

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
    expect(text).toContain('depuis le lundi 9 mars 2026 à 08:30 (démarré hors heures ouvrées)');
    expect(text).toContain('reporté de 2 h ouvrées, le temps passé en pause');
  });

  it('counts the remedy in business days, its pauses in what a person reads, and a deadline at 00:00 as 24:00', () => {
    // Qualified Saturday: counted from Monday 00:00, due the next Monday at 24:00; a 36-second pause on Tuesday.
    const remedy = startClock('remedy', DEFAULT_SUPPORT_CALENDAR, paris('2026-03-07T10:00'));
    const paused = pauseClock(remedy, paris('2026-03-10T10:00'), 'waiting_client');
    const resumed = resumeClock(paused, paris('2026-03-10T10:00:36'), 'waiting_client');
    expect(explainClockDeadline(remedy, 'Europe/Paris')).toBe(
      'Dû lundi 16 mars 2026 à 24:00 : 6 jours ouvrés depuis le lundi 9 mars 2026 à 00:00 (démarré un jour non ouvré), hors week-end.',
    );
    expect(explainClockDeadline(resumed, 'Europe/Paris')).toContain('; reporté de 1 min, le temps passé en pause.');
    // While paused, the deadline shown is the one before the pause, and it says so.
    expect(explainClockDeadline(paused, 'Europe/Paris')).toContain(
      '; en pause depuis le mardi 10 mars 2026 à 10:00 : l’échéance sera repoussée d’autant à la reprise.',
    );
  });
});

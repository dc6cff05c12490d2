import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORT_CALENDAR, type BusinessCalendar } from '@/lib/calendar';
import { describeSupportHours } from './support-hours';

const WINTER = new Date('2026-11-30T08:00:00Z');
const SUMMER = new Date('2026-06-15T08:00:00Z');
const PARIS_HOURS = 'du lundi au vendredi, 08:30–12:30 et 13:30–17:30, heure de Paris';

describe('describeSupportHours (§13, §16: the opening hours on the portal)', () => {
  it('states the default hours in the support’s zone, with the public holidays', () => {
    expect(describeSupportHours(DEFAULT_SUPPORT_CALENDAR, 'Europe/Paris', WINTER)).toEqual({
      hours: PARIS_HOURS,
      inReaderZone: null,
      closures: 'fermé les jours fériés',
      sentence: 'Du lundi au vendredi, 08:30–12:30 et 13:30–17:30, heure de Paris. Fermé les jours fériés.',
    });
  });

  it('gives a reader in La Réunion (no daylight saving) the hours on their clocks, winter and summer of Paris', () => {
    const winter = describeSupportHours(DEFAULT_SUPPORT_CALENDAR, 'Indian/Reunion', WINTER);
    expect(winter.hours).toBe(PARIS_HOURS);
    expect(winter.inReaderZone).toBe(
      'heure de La Réunion : 11:30–15:30 et 16:30–20:30 en hiver ; 10:30–14:30 et 15:30–19:30 en été (heure d’été de Paris : du 28 mars au 30 octobre 2027)',
    );
    expect(winter.sentence).toContain('. Soit, heure de La Réunion : 11:30–15:30');
    // In summer, the summer under way, until its last day.
    expect(describeSupportHours(DEFAULT_SUPPORT_CALENDAR, 'Indian/Reunion', SUMMER).inReaderZone).toBe(
      'heure de La Réunion : 11:30–15:30 et 16:30–20:30 en hiver ; 10:30–14:30 et 15:30–19:30 en été (heure d’été de Paris : jusqu’au 24 octobre 2026)',
    );
  });

  it('a support in La Réunion read from Paris follows Paris’s daylight saving', () => {
    const reunion: BusinessCalendar = { ...DEFAULT_SUPPORT_CALENDAR, timeZone: 'Indian/Reunion' };
    expect(describeSupportHours(reunion, 'Europe/Paris', WINTER).inReaderZone).toBe(
      'heure de Paris : 05:30–09:30 et 10:30–14:30 en hiver ; 06:30–10:30 et 11:30–15:30 en été (heure d’été de Paris : du 28 mars au 30 octobre 2027)',
    );
  });

  it('says the weeks that differ when both zones change on different dates (Saint-Pierre-et-Miquelon)', () => {
    expect(describeSupportHours(DEFAULT_SUPPORT_CALENDAR, 'America/Miquelon', WINTER).inReaderZone).toBe(
      'heure de Saint-Pierre-et-Miquelon : 04:30–08:30 et 09:30–13:30, sauf du 14 au 27 mars 2027 et du 31 octobre au 6 novembre 2027 : 05:30–09:30 et 10:30–14:30',
    );
  });

  it('marks the hours that move to the day before or after (Tahiti, Nouméa)', () => {
    expect(describeSupportHours(DEFAULT_SUPPORT_CALENDAR, 'Pacific/Tahiti', WINTER).inReaderZone).toMatch(
      /^heure de Tahiti : 21:30 \(la veille\)–01:30 et 02:30–06:30 en hiver/,
    );
    expect(describeSupportHours(DEFAULT_SUPPORT_CALENDAR, 'Pacific/Noumea', WINTER).inReaderZone).toMatch(
      /^heure de Nouméa : 18:30–22:30 et 23:30–03:30 \(le lendemain\) en hiver/,
    );
  });

  it('says nothing more for a reader whose clocks read the support’s', () => {
    const guadeloupe: BusinessCalendar = { ...DEFAULT_SUPPORT_CALENDAR, timeZone: 'America/Guadeloupe' };
    expect(describeSupportHours(guadeloupe, 'America/Martinique', WINTER).inReaderZone).toBeNull();
  });

  it('groups days with the same hours, and names the coming extra closed days only', () => {
    const calendar: BusinessCalendar = {
      timeZone: 'Europe/Paris',
      holidays: 'none',
      hours: {
        '1': [['08:00', '12:00']],
        '2': [['08:00', '12:00']],
        '3': [['08:00', '12:00']],
        '5': [['08:00', '12:00']],
        '6': [['09:00', '24:00']],
      },
      closedDays: ['2026-01-02', '2026-12-24', '2026-12-31'],
    };
    expect(describeSupportHours(calendar, 'Europe/Paris', WINTER)).toMatchObject({
      hours: 'du lundi au mercredi et le vendredi, 08:00–12:00 ; le samedi, 09:00–24:00, heure de Paris',
      closures: 'fermetures exceptionnelles le jeudi 24 décembre 2026 et le jeudi 31 décembre 2026',
    });
    expect(describeSupportHours({ ...calendar, closedDays: ['2026-12-24'] }, 'Europe/Paris', WINTER).closures).toBe(
      'fermeture exceptionnelle le jeudi 24 décembre 2026',
    );
  });
});

import { describe, expect, it } from 'vitest';

import { findRestorePoint } from './index';

const PARIS = { timeZone: 'Europe/Paris' };
const utc = (iso: string) => new Date(iso);
// Saturday 14 March 2026, 10:00 in Paris.
const NOW = utc('2026-03-14T09:00:00Z');

describe('findRestorePoint (§7: a restore only from a point within retention)', () => {
  it("accepts yesterday's daily point", () => {
    expect(findRestorePoint(NOW, PARIS, utc('2026-03-13T01:00:00Z'))).toEqual({
      ok: true,
      point: { takenAt: utc('2026-03-13T01:00:00Z'), kind: 'daily', expiresAt: utc('2026-04-12T00:00:00Z') },
    });
  });

  it("accepts today's point from the instant it is taken", () => {
    expect(findRestorePoint(utc('2026-03-14T01:00:00Z'), PARIS, utc('2026-03-14T01:00:00Z')).ok).toBe(true);
  });

  it('refuses a daily point 40 days old, saying when it expired and why', () => {
    // Monday 2 February 02:00 + 30 days = Wednesday 4 March 02:00.
    expect(findRestorePoint(NOW, PARIS, utc('2026-02-02T01:00:00Z'))).toEqual({
      ok: false,
      code: 'expired',
      reason: 'Ce point de restauration a expiré le mercredi 4 mars 2026 à 02:00 : les sauvegardes quotidiennes sont conservées 30 jours.',
    });
  });

  it('refuses a daily point at the very instant it expires, and accepts it 1 ms before', () => {
    const takenAt = utc('2026-02-12T01:00:00Z');
    expect(findRestorePoint(utc('2026-03-14T00:59:59.999Z'), PARIS, takenAt).ok).toBe(true);
    expect(findRestorePoint(utc('2026-03-14T01:00:00Z'), PARIS, takenAt)).toMatchObject({ ok: false, code: 'expired' });
  });

  it('accepts the monthly point of 1 February, 41 days old, and refuses that of 1 December', () => {
    expect(findRestorePoint(NOW, PARIS, utc('2026-02-01T01:00:00Z'))).toEqual({
      ok: true,
      point: { takenAt: utc('2026-02-01T01:00:00Z'), kind: 'monthly', expiresAt: utc('2026-05-01T00:00:00Z') },
    });
    expect(findRestorePoint(NOW, PARIS, utc('2025-12-01T01:00:00Z'))).toEqual({
      ok: false,
      code: 'expired',
      reason: 'Ce point de restauration a expiré le dimanche 1 mars 2026 à 02:00 : les sauvegardes mensuelles sont conservées 3 mois.',
    });
  });

  it.each([
    ['an arbitrary instant', '2026-03-10T12:34:56Z'],
    ['a backup instant missed by 1 ms', '2026-03-13T01:00:00.001Z'],
    ['02:00 UTC instead of 02:00 in Paris', '2026-03-13T02:00:00Z'],
    ['an arbitrary instant of long ago', '1999-03-10T13:00:00Z'],
  ])('refuses %s: no backup was taken then', (_, iso) => {
    expect(findRestorePoint(NOW, PARIS, utc(iso))).toEqual({
      ok: false,
      code: 'not_a_backup',
      reason: 'Aucune sauvegarde n’a été prise à cet instant.',
    });
  });

  it('refuses an invalid date as no backup at all', () => {
    expect(findRestorePoint(NOW, PARIS, new Date(Number.NaN))).toMatchObject({ ok: false, code: 'not_a_backup' });
  });

  it('refuses a point still to come', () => {
    expect(findRestorePoint(NOW, PARIS, utc('2026-03-15T01:00:00Z'))).toEqual({
      ok: false,
      code: 'not_yet_taken',
      reason: 'Cette sauvegarde n’a pas encore été prise : elle est prévue le dimanche 15 mars 2026 à 02:00.',
    });
    expect(findRestorePoint(utc('2026-03-14T00:59:59.999Z'), PARIS, utc('2026-03-14T01:00:00Z'))).toMatchObject({ ok: false, code: 'not_yet_taken' });
  });

  it('knows the clock-change nights: the spring point at 03:30, the first autumn 02:30 only', () => {
    const options = { timeZone: 'Europe/Paris', dailyAt: '02:30' };
    expect(findRestorePoint(utc('2026-03-29T12:00:00Z'), options, utc('2026-03-29T01:30:00Z')).ok).toBe(true);
    expect(findRestorePoint(utc('2026-10-25T12:00:00Z'), options, utc('2026-10-25T00:30:00Z')).ok).toBe(true);
    expect(findRestorePoint(utc('2026-10-25T12:00:00Z'), options, utc('2026-10-25T01:30:00Z'))).toMatchObject({ ok: false, code: 'not_a_backup' });
  });

  it("writes dates in the organization's zone", () => {
    // 2 February 02:00 in La Réunion is 1 February 22:00 UTC; it expired on 4 March 02:00 there.
    expect(findRestorePoint(NOW, { timeZone: 'Indian/Reunion' }, utc('2026-02-01T22:00:00Z'))).toEqual({
      ok: false,
      code: 'expired',
      reason: 'Ce point de restauration a expiré le mercredi 4 mars 2026 à 02:00 : les sauvegardes quotidiennes sont conservées 30 jours.',
    });
  });

  it('refuses bad arguments', () => {
    expect(() => findRestorePoint(NOW, { timeZone: 'Nowhere/Land' }, NOW)).toThrow(RangeError);
    expect(() => findRestorePoint(NOW, { ...PARIS, dailyAt: '25:00' }, NOW)).toThrow(RangeError);
    expect(() => findRestorePoint(new Date(Number.NaN), PARIS, NOW)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { encodeKeysetCursor } from './keyset-cursor';
import { endOfLocalDay, flag, isLocalDate, keysetCursor, localDate, oneOf, startOfLocalDay, text, uuid } from './param-codecs';

const ID = '3f2b8c1e-9a4d-4c6e-8f1a-2b3c4d5e6f70';

describe('text', () => {
  const search = text({ max: 5, message: 'Trop long.' });
  it('keeps what fits and refuses what does not, with its message', () => {
    expect(search.decode('abcde')).toEqual({ ok: true, value: 'abcde' });
    expect(search.decode('abcdef')).toEqual({ ok: false, message: 'Trop long.' });
    expect(text({ max: 3 }).decode('abcd')).toEqual({ ok: false, message: '3 caractères au plus.' });
  });
  it('is left out of the address when empty or absent', () => {
    expect([search.encode(undefined), search.encode(''), search.encode('a b')]).toEqual([null, null, 'a b']);
  });
});

describe('oneOf', () => {
  const tab = oneOf({ at_risk: 'a-risque', all: 'toutes' }, { fallback: 'all' });
  it.each([
    ['a-risque', { ok: true, value: 'at_risk' }],
    ['toutes', { ok: true, value: 'all' }],
    ['at_risk', { ok: false, message: 'Valeur inconnue.' }],
    ['A-RISQUE', { ok: false, message: 'Valeur inconnue.' }],
    ['constructor', { ok: false, message: 'Valeur inconnue.' }],
    ['__proto__', { ok: false, message: 'Valeur inconnue.' }],
  ])('reads %j by its slug only', (raw, expected) => {
    expect(tab.decode(raw)).toEqual(expected);
  });
  it('writes the slug, and nothing for the fallback', () => {
    expect([tab.encode('at_risk'), tab.encode('all')]).toEqual(['a-risque', null]);
    expect(tab.fallback).toBe('all');
  });
  it('takes plain values as their own slugs, "any" when absent', () => {
    const status = oneOf(['open', 'closed']);
    expect(status.fallback).toBeUndefined();
    expect(status.decode('closed')).toEqual({ ok: true, value: 'closed' });
    expect([status.encode('open'), status.encode(undefined)]).toEqual(['open', null]);
  });
});

describe('uuid', () => {
  it.each([
    [ID, ID],
    [ID.toUpperCase(), ID],
  ])('accepts %s', (raw, value) => {
    expect(uuid().decode(raw)).toEqual({ ok: true, value });
  });
  it.each(['x', `${ID}x`, ID.slice(1), '00000000-0000-0000-0000-00000000000g', `${ID}' or 1=1`])('refuses %s', (raw) => {
    expect(uuid().decode(raw)).toEqual({ ok: false, message: 'Identifiant invalide.' });
  });
});

describe('flag', () => {
  it('is on for its word only', () => {
    const mine = flag('miennes');
    expect(mine.fallback).toBe(false);
    expect(mine.decode('miennes')).toEqual({ ok: true, value: true });
    expect(mine.decode('oui').ok).toBe(false);
    expect([mine.encode(true), mine.encode(false)]).toEqual(['miennes', null]);
  });
});

describe('localDate', () => {
  it.each([
    ['2026-03-10', true],
    ['2024-02-29', true],
    ['2000-01-01', true],
    ['2099-12-31', true],
    ['0001-01-01', false],
    ['1999-12-31', false],
    ['2100-01-01', false],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['9999-99-99', false],
    ['2026-3-10', false],
    ['10/03/2026', false],
    ['2026-03-10T00:00', false],
    ['+02026-03-10', false],
  ])('%s is a day of the calendar between 2000 and 2099: %s', (raw, valid) => {
    expect(isLocalDate(raw)).toBe(valid);
    expect(localDate().decode(raw).ok).toBe(valid);
  });

  it('says why a date is refused, in French', () => {
    expect(localDate().decode('0001-01-01')).toEqual({
      ok: false,
      message: 'Date invalide : indiquez un jour du calendrier entre le 01/01/2000 et le 31/12/2099.',
    });
  });

  it('becomes the instants of that day in a zone, changes of time included', () => {
    // Paris moves to summer time on 29 March 2026: that day lasts 23 hours.
    expect(startOfLocalDay('2026-03-29', 'Europe/Paris').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(endOfLocalDay('2026-03-29', 'Europe/Paris').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfLocalDay('2026-03-10', 'Indian/Reunion').toISOString()).toBe('2026-03-09T20:00:00.000Z');
    expect(endOfLocalDay('2099-12-31', 'UTC').toISOString()).toBe('2100-01-01T00:00:00.000Z');
  });

  it('refuses to make an instant of a day or zone that is not one', () => {
    expect(() => startOfLocalDay('0001-01-01', 'Europe/Paris')).toThrow(RangeError);
    expect(() => startOfLocalDay('2026-03-10', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('keysetCursor', () => {
  it('reads a token or nothing; a null instant only where the list allows it', () => {
    const token = encodeKeysetCursor({ at: null, id: ID });
    expect(keysetCursor({ nullInstant: true }).decode(token)).toEqual({ ok: true, value: { at: null, id: ID } });
    expect(keysetCursor().decode(token)).toEqual({ ok: false, message: 'Lien de page invalide : la liste reprend au début.' });
    expect(keysetCursor().encode(undefined)).toBeNull();
  });
});

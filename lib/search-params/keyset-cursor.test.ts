import { describe, expect, it } from 'vitest';
import { decodeKeysetCursor, encodeKeysetCursor, isCursorInstant, validKeysetCursor } from './keyset-cursor';

const ID = '3f2b8c1e-9a4d-4c6e-8f1a-2b3c4d5e6f70';
const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('keyset cursor', () => {
  it('round-trips an instant to the microsecond, and the end of the deadlines (null) where allowed', () => {
    for (const cursor of [
      { at: '2026-03-10T12:00:00.123456Z', id: ID },
      { at: '2000-01-01T00:00:00.000000Z', id: ID },
      { at: '2099-12-31T23:59:59.999999Z', id: ID },
      { at: null, id: ID },
    ]) {
      const token = encodeKeysetCursor(cursor);
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeKeysetCursor(token, { nullInstant: true })).toEqual(cursor);
    }
    expect(decodeKeysetCursor(encodeKeysetCursor({ at: null, id: ID }), { nullInstant: false })).toBeNull();
  });

  it('is the JSON [at, id] in base64url, as the console queue wrote it before', () => {
    expect(encodeKeysetCursor({ at: '2026-03-10T12:00:00.000000Z', id: ID })).toBe(forged(['2026-03-10T12:00:00.000000Z', ID]));
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'not base64 !'],
    ['too long', 'a'.repeat(300)],
    ['padded base64', `${forged([null, ID])}==`],
    ['not JSON', Buffer.from('[null,').toString('base64url')],
    ['invalid UTF-8', Buffer.from([0xff, 0xfe, 0x5b]).toString('base64url')],
    ['an object', forged({ at: null, id: ID })],
    ['three items', forged([null, ID, 'x'])],
    ['an id that is not a UUID', forged([null, 'x'])],
    ['an upper-case UUID', forged([null, ID.toUpperCase()])],
    ['a date without time', forged(['2026-03-10', ID])],
    ['an instant without microseconds', forged(['2026-01-01T00:00:00Z', ID])],
    ['month 99, hour 99 (the old regex let it through)', forged(['9999-99-99T99:99:99.000000Z', ID])],
    ['month 99, hour 99', forged(['9999-99-99T99:99:99Z', ID])],
    ['30 February', forged(['2026-02-30T12:00:00.000000Z', ID])],
    ['24:00', forged(['2026-03-10T24:00:00.000000Z', ID])],
    ['a leap second', forged(['2026-06-30T23:59:60.000000Z', ID])],
    ['year 1', forged(['0001-01-01T00:00:00.000000Z', ID])],
    ['year 2100', forged(['2100-01-01T00:00:00.000000Z', ID])],
    ['SQL in the instant', forged(["2026-03-10T12:00:00.000000Z'; drop table tickets", ID])],
    ['a number', forged([1_700_000_000_000, ID])],
    ['JSON with spaces (not as encoded)', Buffer.from(`[null, "${ID}"]`).toString('base64url')],
  ])('reads %s as "from the start"', (_case, token) => {
    expect(decodeKeysetCursor(token, { nullInstant: true })).toBeNull();
  });

  it('checks a cursor handed to a query the same way', () => {
    expect(validKeysetCursor({ at: '2026-03-10T12:00:00.000000Z', id: ID }, { nullInstant: false })).toEqual({ at: '2026-03-10T12:00:00.000000Z', id: ID });
    expect(validKeysetCursor({ at: '9999-99-99T99:99:99.000000Z', id: ID }, { nullInstant: true })).toBeNull();
    expect(validKeysetCursor({ at: '2026-03-10T12:00:00.000000Z', id: 'x' }, { nullInstant: true })).toBeNull();
    expect(validKeysetCursor({ at: null, id: ID }, { nullInstant: false })).toBeNull();
  });

  it.each([
    ['2024-02-29T00:00:00.000000Z', true],
    ['2026-02-29T00:00:00.000000Z', false],
    ['2026-03-29T02:30:00.000000Z', true],
    ['2026-03-10T12:00:00.000000+01:00', false],
    [' 2026-03-10T12:00:00.000000Z', false],
    [null, false],
  ])('isCursorInstant(%j) is %s', (value, expected) => {
    expect(isCursorInstant(value)).toBe(expected);
  });
});

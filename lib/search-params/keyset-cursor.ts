import { DateTime } from 'luxon';
import { FIRST_YEAR, isUuid, LAST_YEAR } from './well-formed';

/**
 * Where a page of a list ends, for `?apres=`: the instant its rows are ordered by (a queue's next
 * deadline, a Demande's registration) and the last row's id. `at` is the database's own instant to
 * the microsecond ('2026-03-10T12:00:00.000000Z'), so no row is skipped nor repeated by rounding;
 * null in a queue for the rows without a deadline, which come after.
 */
export interface KeysetCursor<At extends string | null = string | null> {
  at: At;
  id: string;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{6})Z$/;
const TOKEN = /^[A-Za-z0-9_-]+$/;
const MAX_TOKEN_LENGTH = 200;

/** 'YYYY-MM-DDTHH:mm:ss.ffffffZ', a real instant (no 24:00, no 30 February, no leap second) between 2000 and 2099. */
export function isCursorInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = INSTANT.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const instant = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone: 'utc' });
  // luxon rolls 24:00 over to the next day: the instant must read back as written.
  return instant.isValid && instant.toFormat("yyyy-MM-dd'T'HH:mm:ss") === value.slice(0, 19);
}

/**
 * The cursor itself when both its parts are well formed, else null: what the queries check before
 * an instant or an id is compared to a column.
 */
export function validKeysetCursor(cursor: { at: unknown; id: unknown }, { nullInstant }: { nullInstant: boolean }): KeysetCursor | null {
  const { at, id } = cursor;
  if (!isUuid(id)) return null;
  if (at === null) return nullInstant ? { at, id } : null;
  return isCursorInstant(at) ? { at, id } : null;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(token: string): string {
  const binary = atob(token.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** An opaque, URL-safe token: base64url of the JSON `[at, id]`. */
export function encodeKeysetCursor(cursor: KeysetCursor): string {
  return toBase64Url(JSON.stringify([cursor.at, cursor.id]));
}

/**
 * The cursor of a token, or null for anything that is not one exactly as encodeKeysetCursor
 * writes it (the list then starts over): a forged instant never reaches the database.
 */
export function decodeKeysetCursor(token: string, options: { nullInstant: boolean }): KeysetCursor | null {
  if (token.length > MAX_TOKEN_LENGTH || !TOKEN.test(token)) return null;
  try {
    const value: unknown = JSON.parse(fromBase64Url(token));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const cursor = validKeysetCursor({ at: value[0], id: value[1] }, options);
    return cursor && encodeKeysetCursor(cursor) === token ? cursor : null;
  } catch {
    return null;
  }
}

/**
 * Where a page of a queue ends: the next deadline of its last Demande (null for those without a
 * running clock, which come after) and its id. `due` is the database's own instant, to the
 * microsecond ('2026-03-10T12:00:00.000000Z'), so no row is skipped nor repeated by rounding.
 */
export interface QueueCursor {
  due: string | null;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** An opaque, URL-safe token for `?apres=`. */
export function encodeQueueCursor(cursor: QueueCursor): string {
  return Buffer.from(JSON.stringify([cursor.due, cursor.id]), 'utf8').toString('base64url');
}

/** The cursor of a token, or null for anything that is not one (the queue then starts over). */
export function decodeQueueCursor(token: string | undefined | null): QueueCursor | null {
  if (!token || token.length > 200) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [due, id] = value as unknown[];
    if (typeof id !== 'string' || !UUID.test(id)) return null;
    if (due !== null && (typeof due !== 'string' || !INSTANT.test(due))) return null;
    return { due, id };
  } catch {
    return null;
  }
}

import 'server-only';
import { sql, type SQLWrapper } from 'drizzle-orm';

/**
 * A timestamptz column as a keyset cursor carries it (lib/search-params/keyset-cursor.ts): UTC to
 * the microsecond, so the next page starts exactly after the last row, not at its millisecond.
 */
export function cursorInstant(column: SQLWrapper) {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

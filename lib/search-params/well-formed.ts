const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The years a URL may name: wide enough for any real Demande, narrow enough for every database type. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;

/** A UUID as PostgreSQL writes it (lower case): what may meet a uuid column. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

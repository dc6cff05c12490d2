import { DateTime } from 'luxon';
import { decodeKeysetCursor, encodeKeysetCursor, type KeysetCursor } from './keyset-cursor';
import { paramCodec, type ParamCodec } from './search-params';
import { FIRST_YEAR, isUuid, LAST_YEAR } from './well-formed';

// The named codecs a list is made of. Each decodes a present, cleaned value (see defineSearchParams).

const UNKNOWN_VALUE = 'Valeur inconnue.';

/** Free text (a search, a module name): at most `max` characters once cleaned, else ignored. */
export function text({ max, message = `${max} caractères au plus.` }: { max: number; message?: string }): ParamCodec<string | undefined> {
  return paramCodec({
    fallback: undefined,
    decode: (raw) => (raw.length <= max ? { ok: true, value: raw } : { ok: false, message }),
    encode: (value) => value || null,
  });
}

/**
 * One of a list of values: written as themselves (`['a', 'b']`) or by a French slug each
 * (`{ at_risk: 'a-risque' }`). Without a fallback, absent means "any".
 */
export function oneOf<T extends string>(values: readonly T[] | Readonly<Record<T, string>>): ParamCodec<T | undefined>;
export function oneOf<T extends string>(values: readonly T[] | Readonly<Record<T, string>>, options: { fallback: NoInfer<T> }): ParamCodec<T>;
export function oneOf<T extends string>(values: readonly T[] | Readonly<Record<T, string>>, options?: { fallback: T }): ParamCodec<T | undefined> {
  const slugs = new Map<T, string>(Array.isArray(values) ? values.map((value) => [value, value]) : (Object.entries(values) as Array<[T, string]>));
  const bySlug = new Map([...slugs].map(([value, slug]) => [slug, value]));
  const fallback = options?.fallback;
  return paramCodec<T | undefined>({
    fallback,
    decode: (raw) => {
      const value = bySlug.get(raw);
      return value === undefined ? { ok: false, message: UNKNOWN_VALUE } : { ok: true, value };
    },
    encode: (value) => (value === undefined || value === fallback ? null : (slugs.get(value) ?? null)),
  });
}

/** A UUID, in lower case as PostgreSQL writes it; anything else never reaches a uuid column. */
export function uuid(): ParamCodec<string | undefined> {
  return paramCodec({
    fallback: undefined,
    decode: (raw) => {
      const value = raw.toLowerCase();
      return isUuid(value) ? { ok: true, value } : { ok: false, message: 'Identifiant invalide.' };
    },
    encode: (value) => value ?? null,
  });
}

/** A switch written as one word (`perimetre=miennes`): on when present, off otherwise. */
export function flag(word: string): ParamCodec<boolean> {
  return paramCodec({
    fallback: false,
    decode: (raw) => (raw === word ? { ok: true, value: true } : { ok: false, message: UNKNOWN_VALUE }),
    encode: (value) => (value ? word : null),
  });
}

/** A day 'YYYY-MM-DD', as an `<input type="date">` sends it. */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day of the calendar between 2000-01-01 and 2099-12-31 (no 30 February, no year 1). */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number];
  return year >= FIRST_YEAR && year <= LAST_YEAR && DateTime.fromObject({ year, month, day }, { zone: 'utc' }).isValid;
}

export function localDate(): ParamCodec<LocalDate | undefined> {
  return paramCodec({
    fallback: undefined,
    decode: (raw) =>
      isLocalDate(raw)
        ? { ok: true, value: raw }
        : { ok: false, message: `Date invalide : indiquez un jour du calendrier entre le 01/01/${FIRST_YEAR} et le 31/12/${LAST_YEAR}.` },
    encode: (value) => value ?? null,
  });
}

/** The first instant of a day in a zone (a day that starts at 01:00 after a change of time starts then). */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const start = DateTime.fromISO(date, { zone: timeZone });
  if (!isLocalDate(date) || !start.isValid) throw new RangeError(`Jour ${date} ou fuseau ${timeZone} invalide.`);
  return start.toJSDate();
}

/** The first instant of the next day: the end, excluded, of a range that includes `date`. */
export function endOfLocalDay(date: LocalDate, timeZone: string): Date {
  return DateTime.fromJSDate(startOfLocalDay(date, timeZone), { zone: timeZone }).plus({ days: 1 }).startOf('day').toJSDate();
}

/** A page cursor (`apres=`): an opaque token; a forged or truncated one restarts the list. */
export function keysetCursor(): ParamCodec<KeysetCursor<string> | undefined>;
export function keysetCursor(options: { nullInstant: true }): ParamCodec<KeysetCursor | undefined>;
export function keysetCursor({ nullInstant = false }: { nullInstant?: boolean } = {}): ParamCodec<KeysetCursor | undefined> {
  return paramCodec<KeysetCursor | undefined>({
    fallback: undefined,
    decode: (raw) => {
      const cursor = decodeKeysetCursor(raw, { nullInstant });
      return cursor ? { ok: true, value: cursor } : { ok: false, message: 'Lien de page invalide : la liste reprend au début.' };
    },
    encode: (value) => (value ? encodeKeysetCursor(value) : null),
  });
}

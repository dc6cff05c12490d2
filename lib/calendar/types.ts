/** ISO weekday: '1' = Monday … '7' = Sunday. */
export type IsoWeekday = '1' | '2' | '3' | '4' | '5' | '6' | '7';

/** Local opening ['HH:mm', 'HH:mm']: start included, end excluded, '24:00' allowed as an end. */
export type OpeningRange = readonly [start: string, end: string];

/**
 * A support or availability calendar (DOMAIN "Time"): weekly hours + time zone +
 * holidays. Treat it as a value: the engine caches its compiled form per object, so
 * build a new object rather than mutating one already used.
 */
export interface BusinessCalendar {
  /** IANA zone, e.g. 'Europe/Paris', 'Indian/Reunion'. */
  readonly timeZone: string;
  readonly hours: Readonly<Partial<Record<IsoWeekday, readonly OpeningRange[]>>>;
  /** 'FR': French metropolitan public holidays, as local dates in `timeZone`. */
  readonly holidays: 'FR' | 'none';
  /** Extra closed local dates 'YYYY-MM-DD' (a territory's own holiday, a bridge day). */
  readonly closedDays?: readonly string[];
}

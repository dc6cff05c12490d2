import { civilFromDayNumber, dayNumberFromCivil, formatDayNumber, parseLocalDate } from './civil-date';

// DOMAIN "Time" and §1 ("jours ouvrés"): the French metropolitan public holidays, the
// law as it stands today, applied to every year. Alsace-Moselle's extra days, or a
// territory's own, are closed days a manager adds to the calendar.

export interface PublicHoliday {
  /** Local date 'YYYY-MM-DD'. */
  date: string;
  /** French name, for people ('Fête du Travail'). */
  name: string;
}

const FIXED: ReadonlyArray<readonly [month: number, day: number, name: string]> = [
  [1, 1, "Jour de l'an"],
  [5, 1, 'Fête du Travail'],
  [5, 8, 'Victoire 1945'],
  [7, 14, 'Fête nationale'],
  [8, 15, 'Assomption'],
  [11, 1, 'Toussaint'],
  [11, 11, 'Armistice 1918'],
  [12, 25, 'Noël'],
];

const AFTER_EASTER: ReadonlyArray<readonly [days: number, name: string]> = [
  [1, 'Lundi de Pâques'],
  [39, 'Ascension'],
  [50, 'Lundi de Pentecôte'],
];

// The Gregorian computus and 4-digit ISO dates both hold from 1583 to 9999.
const FIRST_YEAR = 1583;
const LAST_YEAR = 9999;

/**
 * Easter Sunday of a Gregorian year, as a day number: the anonymous Gregorian
 * algorithm (Meeus/Jones/Butcher, "Astronomical Algorithms", ch. 8).
 */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumberFromCivil(year, month, day);
}

const byYear = new Map<number, ReadonlyMap<number, string>>();

/** Day number → French name of the holidays of `year`, memoised: calendars ask per day. */
function holidaysOfYear(year: number): ReadonlyMap<number, string> {
  let holidays = byYear.get(year);
  if (holidays === undefined) {
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      throw new RangeError(`French public holidays are computed for years ${FIRST_YEAR}–${LAST_YEAR}, not ${year}`);
    }
    const names = new Map<number, string>();
    const add = (dayNumber: number, name: string) => {
      const other = names.get(dayNumber);
      // Ascension can fall on 1 or 8 May (1 May 2008): one closed day, both names.
      names.set(dayNumber, other === undefined ? name : `${other} et ${name}`);
    };
    for (const [month, day, name] of FIXED) add(dayNumberFromCivil(year, month, day), name);
    const easter = easterSunday(year);
    for (const [days, name] of AFTER_EASTER) add(easter + days, name);
    holidays = new Map([...names].sort(([a], [b]) => a - b));
    byYear.set(year, holidays);
  }
  return holidays;
}

/** French name of the public holiday on local day `dayNumber`, if it is one. */
export function frenchHolidayNameOfDay(dayNumber: number): string | undefined {
  return holidaysOfYear(civilFromDayNumber(dayNumber).year).get(dayNumber);
}

/** The French metropolitan public holidays of `year` (1583–9999), sorted, with names. */
export function frenchPublicHolidaysWithNames(year: number): PublicHoliday[] {
  return [...holidaysOfYear(year)].map(([dayNumber, name]) => ({ date: formatDayNumber(dayNumber), name }));
}

/** The French metropolitan public holidays of `year` (1583–9999), 'YYYY-MM-DD', sorted. */
export function frenchPublicHolidays(year: number): string[] {
  return [...holidaysOfYear(year).keys()].map(formatDayNumber);
}

/** French name of the public holiday on `date` ('YYYY-MM-DD'), or undefined on a working day. */
export function frenchPublicHolidayName(date: string): string | undefined {
  const dayNumber = parseLocalDate(date);
  if (dayNumber === undefined) throw new RangeError(`Not a date 'YYYY-MM-DD': '${date}'`);
  return frenchHolidayNameOfDay(dayNumber);
}

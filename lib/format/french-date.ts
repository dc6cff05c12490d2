import { DateTime } from 'luxon';
import { zoneName } from '@/lib/time-zones';

export { zoneName };

const LOCALE = 'fr-FR';

/**
 * The one way instants are written for people: "mardi 3 mars 2026 à 14:05", in the reader's
 * zone, with the zone named when it is not the reader's own (`showZone`).
 */
export function formatDateTime(instant: Date, timeZone: string, options: { showZone?: boolean } = {}): string {
  const local = DateTime.fromJSDate(instant, { zone: timeZone }).setLocale(LOCALE);
  const text = `${local.toFormat('cccc d LLLL yyyy')} à ${local.toFormat('HH:mm')}`;
  return options.showZone ? `${text} (${zoneName(timeZone)})` : text;
}

/**
 * A deadline for people: as formatDateTime, except that a deadline falling at local 00:00 is the
 * end of the day before ("lundi 7 décembre 2026 à 24:00"), never a day the reader would think
 * was still theirs to use. Every deadline shown (pages, emails, notifications) is written so.
 */
export function formatDeadline(instant: Date, timeZone: string, options: { showZone?: boolean } = {}): string {
  const local = DateTime.fromJSDate(instant, { zone: timeZone }).setLocale(LOCALE);
  if (local.hour !== 0 || local.minute !== 0 || local.second !== 0 || local.millisecond !== 0) return formatDateTime(instant, timeZone, options);
  const text = `${local.minus({ days: 1 }).toFormat('cccc d LLLL yyyy')} à 24:00`;
  return options.showZone ? `${text} (${zoneName(timeZone)})` : text;
}

/** A calendar date 'YYYY-MM-DD' as "lundi 5 janvier 2026". */
export function formatDate(isoDate: string): string {
  const date = DateTime.fromISO(isoDate, { zone: 'UTC' }).setLocale(LOCALE);
  if (!date.isValid) throw new RangeError(`Date invalide : ${isoDate}`);
  return date.toFormat('cccc d LLLL yyyy');
}

/** A month 'YYYY-MM' as "septembre 2026", or "sept. 2026" where room is short. */
export function formatMonth(month: string, options: { short?: boolean } = {}): string {
  const date = DateTime.fromFormat(month, 'yyyy-MM', { zone: 'UTC' }).setLocale(LOCALE);
  if (!date.isValid) throw new RangeError(`Mois invalide : ${month}`);
  return date.toFormat(options.short ? 'LLL yyyy' : 'LLLL yyyy');
}

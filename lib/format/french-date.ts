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

/** A calendar date 'YYYY-MM-DD' as "lundi 5 janvier 2026". */
export function formatDate(isoDate: string): string {
  const date = DateTime.fromISO(isoDate, { zone: 'UTC' }).setLocale(LOCALE);
  if (!date.isValid) throw new RangeError(`Date invalide : ${isoDate}`);
  return date.toFormat('cccc d LLLL yyyy');
}

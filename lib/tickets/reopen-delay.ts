import { DateTime } from 'luxon';

/** DOMAIN "Support clocks": a client may reopen a resolved Demande within a set delay, in calendar days. */
export const CLIENT_REOPEN_DELAY_DAYS = 15;

/** The last instant a client may reopen: the same local time, 15 calendar days after the resolution. */
export function clientReopenDeadline(resolvedAt: Date, timeZone: string): Date {
  const resolved = DateTime.fromJSDate(resolvedAt, { zone: timeZone });
  if (!resolved.isValid) throw new RangeError(`Unknown time zone '${timeZone}' or invalid resolvedAt`);
  return resolved.plus({ days: CLIENT_REOPEN_DELAY_DAYS }).toJSDate();
}

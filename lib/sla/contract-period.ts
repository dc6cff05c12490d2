import { DateTime } from 'luxon';
import { SlaError } from './sla-error';

/** A 12-month assessment period [start, end) of the pickup commitment (§13). */
export interface ContractPeriod {
  start: Date;
  end: Date;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * §13: the pickup rate is assessed per 12 consecutive months from the support start date.
 * Periods start at local midnight in the contract's zone; each is computed from the start
 * date itself, so a 29 February start gives 28 February, then 29 February again in a leap year.
 */
export function contractPeriod(supportStartDate: string, timeZone: string, now: Date): ContractPeriod {
  const origin = DateTime.fromISO(supportStartDate, { zone: timeZone });
  if (!ISO_DATE.test(supportStartDate) || !origin.isValid) {
    throw new SlaError(
      'invalid_support_start_date',
      `La date de début du support « ${supportStartDate} » n'est pas une date valide (AAAA-MM-JJ) dans le fuseau « ${timeZone} ».`,
    );
  }
  if (now.getTime() < origin.toMillis()) {
    throw new SlaError('support_not_started', `Le support de ce contrat commence le ${origin.setLocale('fr').toFormat('d MMMM yyyy')}.`);
  }
  const periodStart = (index: number) => origin.plus({ months: 12 * index });
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  let index = Math.floor(local.diff(origin, 'months').months / 12);
  while (periodStart(index).toMillis() > now.getTime()) index--;
  while (periodStart(index + 1).toMillis() <= now.getTime()) index++;
  return { start: periodStart(index).toJSDate(), end: periodStart(index + 1).toJSDate() };
}

import { DateTime } from 'luxon';
import { endOfLocalDay, startOfLocalDay, type LocalDate } from '@/lib/search-params/param-codecs';

/** The months a report's trend covers at most: five years of bars stay readable. */
export const MAX_REPORT_MONTHS = 60;

export interface ReportRange {
  /** The first and last days shown, 'YYYY-MM-DD' in the reader's zone. */
  from: LocalDate;
  to: LocalDate;
  /** [start, end): local midnight of `from` to local midnight after `to`. */
  start: Date;
  end: Date;
  /** The months the range touches, 'YYYY-MM', oldest first. */
  months: string[];
  /** Why the dates asked for were not used, in French; null when they were. */
  notice: string | null;
}

/** What a report shows when no start date is asked for: 12 months (this one and the 11 before), or the last 30 days. */
export type DefaultRange = 'twelve-months' | 'thirty-days';

const DEFAULT_WORDS: Record<DefaultRange, string> = {
  'twelve-months': 'les 12 derniers mois sont affichés',
  'thirty-days': 'les 30 derniers jours sont affichés',
};

/**
 * The days a report covers, in the reader's zone: the dates asked for, or by default up to today
 * from the first day of the month 11 months back (or from 29 days back). Dates in the wrong order
 * fall back to the default, and a range longer than MAX_REPORT_MONTHS keeps its last months, each
 * with a notice.
 */
export function reportRange(
  asked: { from?: LocalDate; to?: LocalDate },
  timeZone: string,
  now: Date,
  defaultRange: DefaultRange = 'twelve-months',
): ReportRange {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  const defaultFrom = (to: DateTime) => (defaultRange === 'twelve-months' ? to.startOf('month').minus({ months: 11 }) : to.minus({ days: 29 }));
  let notice: string | null = null;
  let to = asked.to ? DateTime.fromISO(asked.to, { zone: timeZone }) : today;
  let from = asked.from ? DateTime.fromISO(asked.from, { zone: timeZone }) : defaultFrom(to);
  if (from > to) {
    notice = `La date de début suit la date de fin : ${DEFAULT_WORDS[defaultRange]}.`;
    to = today;
    from = defaultFrom(to);
  }
  const earliest = to.startOf('month').minus({ months: MAX_REPORT_MONTHS - 1 });
  if (from < earliest) {
    notice = `Une période couvre ${MAX_REPORT_MONTHS} mois au plus : les ${MAX_REPORT_MONTHS} derniers mois de la période demandée sont affichés.`;
    from = earliest;
  }
  const fromDate = from.toISODate()!;
  const toDate = to.toISODate()!;
  const months: string[] = [];
  for (let month = from.startOf('month'); month <= to; month = month.plus({ months: 1 })) months.push(month.toFormat('yyyy-MM'));
  return { from: fromDate, to: toDate, start: startOfLocalDay(fromDate, timeZone), end: endOfLocalDay(toDate, timeZone), months, notice };
}

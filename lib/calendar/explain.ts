import { formatDayNumber, isoWeekdayOf } from './civil-date';
import { businessMsOf, consumeOpenTime, instantOf } from './business-time';
import { compileCalendar, type DayClosure } from './open-intervals';
import type { BusinessCalendar } from './types';

// For people: "dû lundi 4 mai à 16:15 : 8 h ouvrées depuis jeudi 16:15, hors 1er mai et
// week-end". The UI formats; this says what was counted and what was skipped.

export interface ConsumedInterval {
  start: Date;
  end: Date;
  consumedMs: number;
}

export interface SkippedDay {
  /** Local date 'YYYY-MM-DD' in the calendar's zone. */
  date: string;
  /** 1 = Monday … 7 = Sunday, so the UI can say "week-end". */
  isoWeekday: number;
  /** 'weekly-closure': no hours that weekday (Saturday and Sunday on the default calendar). */
  reason: DayClosure;
  /** French holiday name, e.g. 'Fête du Travail'. */
  label?: string;
}

export interface DeadlineExplanation {
  start: Date;
  /** Where counting began: `start`, or the next opening after it. */
  countedFrom: Date;
  due: Date;
  businessMs: number;
  intervals: ConsumedInterval[];
  /** Whole local days without open time between the start and the due date. */
  skipped: SkippedDay[];
  /** True when a list stopped at MAX_EXPLAINED_ENTRIES; `due` is exact regardless. */
  truncated: boolean;
}

export const MAX_EXPLAINED_ENTRIES = 100;

/** addBusinessTime, with the open intervals it consumed and the closed days it skipped. */
export function explainDeadline(cal: BusinessCalendar, start: Date, ms: number): DeadlineExplanation {
  const calendar = compileCalendar(cal);
  const from = instantOf(start, 'start');
  const businessMs = businessMsOf(ms);
  const intervals: ConsumedInterval[] = [];
  const skipped: SkippedDay[] = [];
  let truncated = false;

  const due =
    businessMs === 0
      ? from
      : consumeOpenTime(calendar, from, businessMs, {
          consumed(intervalStart, intervalEnd) {
            if (intervals.length >= MAX_EXPLAINED_ENTRIES) truncated = true;
            else {
              intervals.push({
                start: new Date(intervalStart),
                end: new Date(intervalEnd),
                consumedMs: intervalEnd - intervalStart,
              });
            }
          },
          closedDay(dayNumber, plan) {
            if (plan.closure === undefined) return;
            if (skipped.length >= MAX_EXPLAINED_ENTRIES) truncated = true;
            else {
              skipped.push({
                date: formatDayNumber(dayNumber),
                isoWeekday: isoWeekdayOf(dayNumber),
                reason: plan.closure,
                ...(plan.holidayName !== undefined && { label: plan.holidayName }),
              });
            }
          },
        });

  return {
    start: new Date(from),
    countedFrom: new Date(intervals[0]?.start.getTime() ?? from),
    due: new Date(due),
    businessMs,
    intervals,
    skipped,
    truncated,
  };
}

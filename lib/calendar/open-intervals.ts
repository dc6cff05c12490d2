import { DAY_MS, MINUTE_MS, isoWeekdayOf } from './civil-date';
import { frenchHolidayNameOfDay } from './holidays';
import type { BusinessCalendar } from './types';
import { CalendarError, inspectCalendar, type MinuteRange } from './validate';
import { zoneOffsets, type ZoneOffsets } from './zone-offsets';

// A calendar's open time is the union, over local dates, of that date's opening ranges
// turned into instants. Everything else works on whole intervals of epoch ms, so the
// cost of a computation grows with the number of intervals crossed, not with minutes.

/** Why a whole local day is closed. */
export type DayClosure = 'weekly-closure' | 'holiday' | 'closed';

/** Open instants [start, end), epoch ms. */
export interface OpenInterval {
  start: number;
  end: number;
}

export interface DayPlan {
  /** Sorted, disjoint, and disjoint from every other day's. */
  intervals: readonly OpenInterval[];
  totalMs: number;
  /** First opening and last closing (+∞ and −∞ when the day has no open time). */
  opensAt: number;
  closesAt: number;
  closure?: DayClosure;
  /** French name, when `closure` is 'holiday'. */
  holidayName?: string;
}

interface Closure {
  closure: DayClosure;
  holidayName?: string;
}

// About 55 years of days per calendar; cleared past that so a long-running server
// that touches ever more dates keeps bounded memory.
const MAX_CACHED_DAYS = 20_000;

function closedDayPlan(closure: Closure): DayPlan {
  return { intervals: [], totalMs: 0, opensAt: Infinity, closesAt: -Infinity, ...closure };
}

export class CompiledCalendar {
  private readonly plans = new Map<number, DayPlan>();

  constructor(
    readonly zone: ZoneOffsets,
    private readonly weekly: readonly (readonly MinuteRange[])[],
    private readonly frenchHolidays: boolean,
    private readonly closedDays: ReadonlySet<number>,
  ) {}

  /** The open intervals of local day `dayNumber`, memoised. */
  dayPlan(dayNumber: number): DayPlan {
    let plan = this.plans.get(dayNumber);
    if (plan === undefined) {
      if (this.plans.size >= MAX_CACHED_DAYS) this.plans.clear();
      plan = this.buildDayPlan(dayNumber);
      this.plans.set(dayNumber, plan);
    }
    return plan;
  }

  private rangesOf(dayNumber: number): readonly MinuteRange[] {
    return this.weekly[isoWeekdayOf(dayNumber) - 1] ?? [];
  }

  private closureOf(dayNumber: number): Closure | undefined {
    if (this.rangesOf(dayNumber).length === 0) return { closure: 'weekly-closure' };
    const holidayName = this.frenchHolidays ? frenchHolidayNameOfDay(dayNumber) : undefined;
    if (holidayName !== undefined) return { closure: 'holiday', holidayName };
    if (this.closedDays.has(dayNumber)) return { closure: 'closed' };
    return undefined;
  }

  private instantOf(dayNumber: number, minutes: number, occurrence: 'earlier' | 'later'): number {
    return this.zone.localToInstant(dayNumber * DAY_MS + minutes * MINUTE_MS, occurrence);
  }

  private buildDayPlan(dayNumber: number): DayPlan {
    const closure = this.closureOf(dayNumber);
    if (closure !== undefined) return closedDayPlan(closure);

    // A closing at a repeated local time (its later occurrence) may run past the next
    // day's first opening (its earlier occurrence): the union counts that time once.
    const previousClosing = this.lastClosingOf(dayNumber - 1);
    const intervals: OpenInterval[] = [];
    let totalMs = 0;
    for (const range of this.rangesOf(dayNumber)) {
      const start = Math.max(this.instantOf(dayNumber, range.start, 'earlier'), previousClosing);
      const end = this.instantOf(dayNumber, range.end, 'later');
      if (end <= start) continue;
      const last = intervals.at(-1);
      if (last !== undefined && start <= last.end) {
        totalMs += Math.max(end, last.end) - last.end;
        last.end = Math.max(end, last.end);
      } else {
        intervals.push({ start, end });
        totalMs += end - start;
      }
    }
    return {
      intervals,
      totalMs,
      opensAt: intervals[0]?.start ?? Infinity,
      closesAt: intervals.at(-1)?.end ?? -Infinity,
    };
  }

  private lastClosingOf(dayNumber: number): number {
    const last = this.rangesOf(dayNumber).at(-1);
    if (last === undefined || this.closureOf(dayNumber) !== undefined) return -Infinity;
    return this.instantOf(dayNumber, last.end, 'later');
  }
}

const compiled = new WeakMap<BusinessCalendar, CompiledCalendar>();

/** Validates `cal` once per object (CalendarError if invalid) and returns its compiled form. */
export function compileCalendar(cal: BusinessCalendar): CompiledCalendar {
  let calendar = compiled.get(cal);
  if (calendar === undefined) {
    const { problems, weekly, closedDays } = inspectCalendar(cal);
    if (problems.length > 0) throw new CalendarError(problems);
    calendar = new CompiledCalendar(zoneOffsets(cal.timeZone), weekly, cal.holidays === 'FR', closedDays);
    compiled.set(cal, calendar);
  }
  return calendar;
}

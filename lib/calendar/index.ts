// Business time (DOMAIN "Time", booklet §1, §13, §14): pure, no I/O. Dates in and out;
// invalid calendars throw CalendarError (see validateCalendar), bad arguments RangeError.
//
// Local times on a clock-change day: a time the clock skips denotes the instant it
// jumps; a time it shows twice denotes its earlier occurrence as an opening and its
// later one as a closing (so a 24/7 day lasts 23 h in March, 25 h in October in Paris).
export type { BusinessCalendar, IsoWeekday, OpeningRange } from './types';
export { CalendarError, validateCalendar, type CalendarProblem, type CalendarProblemCode } from './validate';
export { frenchPublicHolidayName, frenchPublicHolidays, frenchPublicHolidaysWithNames, type PublicHoliday } from './holidays';
export { DEFAULT_SUPPORT_CALENDAR, businessDaysCalendar } from './calendars';
export { instantToLocalDateTime, localDateTimeToInstant } from './local-date-time';
export type { DayClosure } from './open-intervals';
export { addBusinessDays, addBusinessTime, businessTimeBetween, isOpen, nextOpening } from './business-time';
export { MAX_EXPLAINED_ENTRIES, explainDeadline, type ConsumedInterval, type DeadlineExplanation, type SkippedDay } from './explain';

import { DateTime } from 'luxon';
import type { BusinessCalendar, IsoWeekday, OpeningRange } from '@/lib/calendar';
import { frenchList } from '@/lib/format/french-list';
import { zoneName } from '@/lib/time-zones';

/** §13, §16: the support's opening hours as the portal states them, computed from its calendar. */
export interface SupportHours {
  /** "du lundi au vendredi, 08:30–12:30 et 13:30–17:30, heure de Paris" */
  hours: string;
  /**
   * The same hours for a reader in another zone, or null when their clocks read the same:
   * "heure de La Réunion : 11:30–15:30 et 16:30–20:30 en hiver ; 10:30–14:30 et 15:30–19:30 en été
   * (heure d’été de Paris : du 28 mars au 30 octobre 2027)".
   */
  inReaderZone: string | null;
  /** "fermé les jours fériés ; fermeture exceptionnelle le vendredi 24 décembre 2026", or null. */
  closures: string | null;
  /** All of it, as one paragraph. */
  sentence: string;
}

const DAY_NAMES: Readonly<Record<IsoWeekday, string>> = {
  '1': 'lundi',
  '2': 'mardi',
  '3': 'mercredi',
  '4': 'jeudi',
  '5': 'vendredi',
  '6': 'samedi',
  '7': 'dimanche',
};
const WEEKDAYS: readonly IsoWeekday[] = ['1', '2', '3', '4', '5', '6', '7'];
const DAY_MINUTES = 24 * 60;
/** How far ahead the reader's hours and the closed days are looked at. */
const HORIZON_DAYS = 365;

interface OpenDays {
  days: IsoWeekday[];
  ranges: readonly OpeningRange[];
}

/**
 * The opening hours of `calendar` in words, in the support's zone and, for a reader whose clocks
 * differ, in theirs too: computed from both zones' rules over the coming year (a zone without
 * daylight saving, like La Réunion's, sees the support's hours move twice a year), never typed.
 * Public holidays and the extra closed days to come are mentioned.
 */
export function describeSupportHours(calendar: BusinessCalendar, readerZone: string, now: Date): SupportHours {
  const groups = openDays(calendar);
  const hours = `${groups.map((group) => `${daysWords(group.days)}, ${rangesWords(group.ranges, 0)}`).join(' ; ')}, ${zoneName(calendar.timeZone)}`;
  const inReaderZone = readerZone === calendar.timeZone ? null : readerHours(groups, calendar.timeZone, readerZone, now);
  const closures = closuresWords(calendar, now);
  const sentence = [hours, inReaderZone && `soit, ${inReaderZone}`, closures]
    .filter(Boolean)
    .map((part) => `${capitalize(part!)}.`)
    .join(' ');
  return { hours, inReaderZone, closures, sentence };
}

/** Weekdays sharing the same hours, in week order. */
function openDays(calendar: BusinessCalendar): OpenDays[] {
  const groups: OpenDays[] = [];
  for (const day of WEEKDAYS) {
    const ranges = calendar.hours[day] ?? [];
    if (ranges.length === 0) continue;
    const key = JSON.stringify(ranges);
    const group = groups.find((candidate) => JSON.stringify(candidate.ranges) === key);
    if (group) group.days.push(day);
    else groups.push({ days: [day], ranges });
  }
  return groups;
}

/** "du lundi au vendredi", "le samedi", "du lundi au mercredi et le vendredi", "le lundi et le jeudi". */
function daysWords(days: readonly IsoWeekday[]): string {
  const runs: IsoWeekday[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && Number(run.at(-1)) + 1 === Number(day)) run.push(day);
    else runs.push([day]);
  }
  return frenchList(
    runs.flatMap((run) => (run.length >= 3 ? [`du ${DAY_NAMES[run[0]!]} au ${DAY_NAMES[run.at(-1)!]}`] : run.map((day) => `le ${DAY_NAMES[day]}`))),
  );
}

/** "08:30–12:30 et 13:30–17:30", shifted by `shiftMinutes` (the reader's clocks ahead of the support's). */
function rangesWords(ranges: readonly OpeningRange[], shiftMinutes: number): string {
  return frenchList(ranges.map(([start, end]) => `${timeWords(minutesOf(start) + shiftMinutes, false)}–${timeWords(minutesOf(end) + shiftMinutes, true)}`));
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** A local time of day; shifted past midnight it is "le lendemain" or "la veille". An end at midnight is 24:00. */
function timeWords(minutes: number, isEnd: boolean): string {
  if (isEnd && minutes === DAY_MINUTES) return '24:00';
  const within = ((minutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  const text = `${String(Math.floor(within / 60)).padStart(2, '0')}:${String(within % 60).padStart(2, '0')}`;
  if (minutes >= DAY_MINUTES) return `${text} (le lendemain)`;
  if (minutes < 0) return `${text} (la veille)`;
  return text;
}

interface Period {
  /** The reader's clocks ahead of the support's, in minutes. */
  shift: number;
  first: DateTime;
  last: DateTime;
  supportDst: boolean;
  readerDst: boolean;
}

/** The support's hours on the reader's clocks, over the coming year. */
function readerHours(groups: readonly OpenDays[], supportZone: string, readerZone: string, now: Date): string | null {
  const periods = shiftPeriods(supportZone, readerZone, now);
  const shifts = [...new Set(periods.map((period) => period.shift))];
  if (shifts.length === 1 && shifts[0] === 0) return null;
  const on = (shift: number) => frenchList(groups.map((group) => (groups.length > 1 ? `${daysWords(group.days)} ` : '') + rangesWords(group.ranges, shift)));
  const reader = zoneName(readerZone);
  if (shifts.length === 1) return `${reader} : ${on(shifts[0]!)}`;

  // Two shifts that follow one zone's daylight saving: "en hiver, … en été", with that summer's dates.
  for (const [zone, dstOf] of [
    [supportZone, (period: Period) => period.supportDst],
    [readerZone, (period: Period) => period.readerDst],
  ] as const) {
    const winter = periods.filter((period) => !dstOf(period));
    const summer = periods.filter(dstOf);
    const winterShifts = new Set(winter.map((period) => period.shift));
    const summerShifts = new Set(summer.map((period) => period.shift));
    if (shifts.length === 2 && winterShifts.size === 1 && summerShifts.size === 1 && summer[0] && winter[0]) {
      const [next] = summer;
      const when = next.first.toMillis() === periods[0]!.first.toMillis() ? `jusqu’au ${dayWords(next.last)}` : spanWords(next);
      return `${reader} : ${on(winter[0].shift)} en hiver ; ${on(next.shift)} en été (heure d’été ${zoneName(zone).replace(/^heure /, '')} : ${when})`;
    }
  }

  // Otherwise (both zones change, on different dates): the usual shift, and the weeks that differ.
  const daysOf = (shift: number) =>
    periods.filter((period) => period.shift === shift).reduce((sum, period) => sum + period.last.diff(period.first, 'days').days + 1, 0);
  const usual = [...shifts].sort((a, b) => daysOf(b) - daysOf(a))[0]!;
  const exceptions = shifts
    .filter((shift) => shift !== usual)
    .map((shift) => {
      const when = frenchList(periods.filter((period) => period.shift === shift).map(spanWords));
      return `${when} : ${on(shift)}`;
    });
  return `${reader} : ${on(usual)}, sauf ${exceptions.join(' ; ')}`;
}

/** Each day of the coming year, at noon in the support's zone, grouped where the two zones' offsets differ alike. */
function shiftPeriods(supportZone: string, readerZone: string, now: Date): Period[] {
  const periods: Period[] = [];
  const today = DateTime.fromJSDate(now, { zone: supportZone }).startOf('day').set({ hour: 12 });
  for (let day = 0; day < HORIZON_DAYS; day++) {
    const support = today.plus({ days: day });
    const reader = support.setZone(readerZone);
    const shift = reader.offset - support.offset;
    const last = periods.at(-1);
    if (last && last.shift === shift && last.supportDst === support.isInDST && last.readerDst === reader.isInDST) last.last = support;
    else periods.push({ shift, first: support, last: support, supportDst: support.isInDST, readerDst: reader.isInDST });
  }
  return periods;
}

/** "24 octobre 2026". */
function dayWords(date: DateTime): string {
  return date.setLocale('fr-FR').toFormat('d LLLL yyyy');
}

/** "du 14 au 27 mars 2027", "du 28 mars au 30 octobre 2027", "du 25 octobre 2026 au 6 mars 2027". */
function spanWords({ first, last }: Pick<Period, 'first' | 'last'>): string {
  const from = first.hasSame(last, 'month') ? 'd' : first.hasSame(last, 'year') ? 'd LLLL' : 'd LLLL yyyy';
  return `du ${first.setLocale('fr-FR').toFormat(from)} au ${dayWords(last)}`;
}

/** Public holidays and the extra closed days of the coming year. */
function closuresWords(calendar: BusinessCalendar, now: Date): string | null {
  const today = DateTime.fromJSDate(now, { zone: calendar.timeZone }).toISODate()!;
  const horizon = DateTime.fromJSDate(now, { zone: calendar.timeZone }).plus({ days: HORIZON_DAYS }).toISODate()!;
  const coming = (calendar.closedDays ?? []).filter((date) => date >= today && date <= horizon).sort();
  const parts: string[] = [];
  if (calendar.holidays === 'FR') parts.push('fermé les jours fériés');
  if (coming.length > 0) {
    const dates = frenchList(coming.map((date) => `le ${DateTime.fromISO(date, { zone: 'UTC' }).setLocale('fr-FR').toFormat('cccc d LLLL yyyy')}`));
    parts.push(`${coming.length > 1 ? 'fermetures exceptionnelles' : 'fermeture exceptionnelle'} ${dates}`);
  }
  return parts.length > 0 ? parts.join(' ; ') : null;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

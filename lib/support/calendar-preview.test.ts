import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORT_CALENDAR, type BusinessCalendar } from '@/lib/calendar';
import { previewCalendar } from './calendar-preview';

const paris = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Paris' }).toJSDate();
const HOUR = 3_600_000;

describe('previewCalendar', () => {
  it('lists 14 local days from today: open intervals, week-ends and public holidays by name', () => {
    // Thursday 30 April 2026, afternoon: Friday 1 May is Fête du Travail.
    const days = previewCalendar(DEFAULT_SUPPORT_CALENDAR, paris('2026-04-30T16:15'));
    expect(days).toHaveLength(14);
    expect(days[0]).toEqual({
      date: '2026-04-30',
      isoWeekday: 4,
      open: true,
      intervals: [
        { start: '08:30', end: '12:30' },
        { start: '13:30', end: '17:30' },
      ],
      businessMs: 8 * HOUR,
    });
    expect(days[1]).toEqual({ date: '2026-05-01', isoWeekday: 5, open: false, closure: 'holiday', holidayName: 'Fête du Travail' });
    expect(days[2]).toEqual({ date: '2026-05-02', isoWeekday: 6, open: false, closure: 'weekly-closure' });
    expect(days[3]).toMatchObject({ date: '2026-05-03', open: false, closure: 'weekly-closure' });
    expect(days[8]).toEqual({ date: '2026-05-08', isoWeekday: 5, open: false, closure: 'holiday', holidayName: 'Victoire 1945' });
    expect(days[13]?.date).toBe('2026-05-13');
  });

  it('names extra closed days, and gives the engine’s precedence (a holiday on a week-end is a week-end)', () => {
    const cal: BusinessCalendar = { ...DEFAULT_SUPPORT_CALENDAR, closedDays: ['2026-07-13'] };
    const days = previewCalendar(cal, paris('2026-07-10T09:00'), 6);
    expect(days.map((day) => (day.open ? 'open' : day.closure))).toEqual(['open', 'weekly-closure', 'weekly-closure', 'closed', 'holiday', 'open']);
    const sunday = previewCalendar(DEFAULT_SUPPORT_CALENDAR, paris('2026-11-01T10:00'), 1)[0];
    expect(sunday).toMatchObject({ date: '2026-11-01', open: false, closure: 'weekly-closure' });
  });

  it('counts the day of a clock change as it is: a 24/7 calendar is open 23 h on the last Sunday of March', () => {
    const always: BusinessCalendar = {
      timeZone: 'Europe/Paris',
      holidays: 'none',
      hours: Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((day) => [day, [['00:00', '24:00']]])),
    };
    const [saturday, sunday] = previewCalendar(always, paris('2026-03-28T12:00'), 2);
    expect(saturday).toMatchObject({ open: true, businessMs: 24 * HOUR, intervals: [{ start: '00:00', end: '24:00' }] });
    expect(sunday).toMatchObject({ date: '2026-03-29', open: true, businessMs: 23 * HOUR, intervals: [{ start: '00:00', end: '24:00' }] });
  });

  it('works in the calendar’s own zone, whatever the instant', () => {
    const reunion: BusinessCalendar = { ...DEFAULT_SUPPORT_CALENDAR, timeZone: 'Indian/Reunion' };
    // Sunday 22:00 in Paris is already Monday 00:00 in La Réunion (UTC+4).
    const [monday] = previewCalendar(reunion, paris('2026-03-08T22:00'), 1);
    expect(monday).toMatchObject({
      date: '2026-03-09',
      isoWeekday: 1,
      open: true,
      intervals: [
        { start: '08:30', end: '12:30' },
        { start: '13:30', end: '17:30' },
      ],
    });
  });

  it('keeps several intervals a day apart and in order', () => {
    const split: BusinessCalendar = {
      timeZone: 'Europe/Paris',
      holidays: 'FR',
      hours: {
        '3': [
          ['14:00', '18:00'],
          ['07:00', '09:00'],
          ['10:00', '12:00'],
        ],
      },
    };
    const [wednesday] = previewCalendar(split, paris('2026-03-11T08:00'), 1);
    expect(wednesday).toMatchObject({
      open: true,
      intervals: [
        { start: '07:00', end: '09:00' },
        { start: '10:00', end: '12:00' },
        { start: '14:00', end: '18:00' },
      ],
    });
  });
});

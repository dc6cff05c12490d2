import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';

import { DEFAULT_SUPPORT_CALENDAR, MAX_EXPLAINED_ENTRIES, addBusinessTime, businessDaysCalendar, explainDeadline, type BusinessCalendar } from './index';

const HOUR = 3_600_000;
const paris = (text: string) => DateTime.fromISO(text, { zone: 'Europe/Paris' }).toJSDate();
const cal = DEFAULT_SUPPORT_CALENDAR;

describe('explainDeadline', () => {
  it('lists what was counted and what was skipped: Thursday 30 April 2026 16:15 + 8 h', () => {
    expect(explainDeadline(cal, paris('2026-04-30T16:15'), 8 * HOUR)).toEqual({
      start: paris('2026-04-30T16:15'),
      countedFrom: paris('2026-04-30T16:15'),
      due: paris('2026-05-04T16:15'),
      businessMs: 8 * HOUR,
      intervals: [
        { start: paris('2026-04-30T16:15'), end: paris('2026-04-30T17:30'), consumedMs: 1.25 * HOUR },
        { start: paris('2026-05-04T08:30'), end: paris('2026-05-04T12:30'), consumedMs: 4 * HOUR },
        { start: paris('2026-05-04T13:30'), end: paris('2026-05-04T16:15'), consumedMs: 2.75 * HOUR },
      ],
      skipped: [
        { date: '2026-05-01', isoWeekday: 5, reason: 'holiday', label: 'Fête du Travail' },
        { date: '2026-05-02', isoWeekday: 6, reason: 'weekly-closure' },
        { date: '2026-05-03', isoWeekday: 7, reason: 'weekly-closure' },
      ],
      truncated: false,
    });
  });

  it('starts counting at the next opening, and names closed days', () => {
    const closed: BusinessCalendar = { ...cal, closedDays: ['2026-03-09'] };
    const explanation = explainDeadline(closed, paris('2026-03-07T11:00'), HOUR);
    expect(explanation.countedFrom).toEqual(paris('2026-03-10T08:30'));
    expect(explanation.due).toEqual(paris('2026-03-10T09:30'));
    expect(explanation.skipped).toEqual([
      { date: '2026-03-07', isoWeekday: 6, reason: 'weekly-closure' },
      { date: '2026-03-08', isoWeekday: 7, reason: 'weekly-closure' },
      { date: '2026-03-09', isoWeekday: 1, reason: 'closed' },
    ]);
  });

  it('explains nothing for no time: due at the start', () => {
    const saturday = paris('2026-03-07T11:00');
    expect(explainDeadline(cal, saturday, 0)).toEqual({
      start: saturday,
      countedFrom: saturday,
      due: saturday,
      businessMs: 0,
      intervals: [],
      skipped: [],
      truncated: false,
    });
  });

  it('explains business days (§14) on the business-days calendar', () => {
    const explanation = explainDeadline(businessDaysCalendar(cal), paris('2026-05-07T12:00'), 2 * 24 * HOUR);
    expect(explanation.due).toEqual(paris('2026-05-12T12:00'));
    expect(explanation.skipped.map(({ date, label }) => [date, label])).toEqual([
      ['2026-05-08', 'Victoire 1945'],
      ['2026-05-09', undefined],
      ['2026-05-10', undefined],
    ]);
  });

  it('caps its lists on long spans but keeps the exact due date', () => {
    const start = paris('2026-01-05T09:00');
    const explanation = explainDeadline(cal, start, 2_000 * HOUR);
    expect(explanation.truncated).toBe(true);
    expect(explanation.intervals).toHaveLength(MAX_EXPLAINED_ENTRIES);
    expect(explanation.skipped).toHaveLength(MAX_EXPLAINED_ENTRIES);
    expect(explanation.due).toEqual(addBusinessTime(cal, start, 2_000 * HOUR));
  });
});

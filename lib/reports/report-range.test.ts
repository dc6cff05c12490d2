import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { MAX_REPORT_MONTHS, reportRange } from './report-range';

const at = (iso: string, zone = 'Europe/Paris') => DateTime.fromISO(iso, { zone }).toJSDate();

describe('reportRange', () => {
  it('covers by default this month and the 11 before, up to today, in the reader’s zone', () => {
    const range = reportRange({}, 'Europe/Paris', at('2026-03-10T12:00'));
    expect(range).toMatchObject({ from: '2025-04-01', to: '2026-03-10', notice: null });
    expect(range.start).toEqual(at('2025-04-01T00:00'));
    expect(range.end).toEqual(at('2026-03-11T00:00'));
    expect(range.months).toHaveLength(12);
    expect(range.months[0]).toBe('2025-04');
    expect(range.months.at(-1)).toBe('2026-03');
  });

  it('reads today in the reader’s zone', () => {
    // 22:00 in Paris on 31 March is already 1 April in La Réunion.
    expect(reportRange({}, 'Indian/Reunion', at('2026-03-31T22:00')).to).toBe('2026-04-01');
  });

  it('takes the dates asked for, a day’s end being the next local midnight', () => {
    const range = reportRange({ from: '2026-03-29', to: '2026-03-29' }, 'Europe/Paris', at('2026-06-01T12:00'));
    // The clocks change that night: the day lasts 23 hours.
    expect(range.end.getTime() - range.start.getTime()).toBe(23 * 3_600_000);
    expect(range.months).toEqual(['2026-03']);
  });

  it('falls back to the default, with a notice, when the dates are in the wrong order', () => {
    const range = reportRange({ from: '2026-03-10', to: '2026-01-01' }, 'Europe/Paris', at('2026-03-10T12:00'));
    expect(range).toMatchObject({ from: '2025-04-01', to: '2026-03-10' });
    expect(range.notice).toMatch(/date de début suit la date de fin/);
  });

  it('keeps the last MAX_REPORT_MONTHS months of a longer range', () => {
    const range = reportRange({ from: '2000-01-01', to: '2026-03-10' }, 'Europe/Paris', at('2026-03-10T12:00'));
    expect(range.months).toHaveLength(MAX_REPORT_MONTHS);
    expect(range.from).toBe('2021-04-01');
    expect(range.notice).toMatch(/60 mois au plus/);
  });

  it('covers the last 30 days when asked to by default', () => {
    expect(reportRange({}, 'Europe/Paris', at('2026-03-10T12:00'), 'thirty-days')).toMatchObject({ from: '2026-02-09', to: '2026-03-10' });
  });
});

import { describe, expect, it } from 'vitest';
import { demandeOrigin, usageDay } from './usage';
import { daysOf, pageViewTotals, usageDays, type UsageCounter } from './usage-figures';

const counters: UsageCounter[] = [
  { day: '2026-03-09', metric: 'page_view', key: '/demandes/[reference]', count: 4 },
  { day: '2026-03-09', metric: 'page_view', key: '/faq', count: 2 },
  { day: '2026-03-10', metric: 'page_view', key: '/demandes/[reference]', count: 3 },
  { day: '2026-03-10', metric: 'faq_search', key: 'without_result', count: 2 },
  { day: '2026-03-10', metric: 'portal_demande', key: 'after_search_without_result', count: 1 },
  // Outside the range, or a key no longer known: left out.
  { day: '2026-03-12', metric: 'page_view', key: '/faq', count: 9 },
  { day: '2026-03-10', metric: 'page_view', key: '/ancienne-page', count: 9 },
];

describe('usage figures (§17)', () => {
  it('gives every day of the range, page views summed over pages', () => {
    const days = usageDays({ from: '2026-03-09', to: '2026-03-11' }, counters);
    expect(days.map((day) => [day.day, day.pageViews])).toEqual([
      ['2026-03-09', 6],
      ['2026-03-10', 12],
      ['2026-03-11', 0],
    ]);
    expect(days[1]!.faqSearches).toEqual({ with_result: 0, without_result: 2 });
    expect(days[1]!.portalDemandes).toEqual({ after_search_with_result: 0, after_search_without_result: 1, without_search: 0 });
  });

  it('totals views per known page, most viewed first', () => {
    expect(pageViewTotals(counters.filter((counter) => counter.day !== '2026-03-12'))).toEqual([
      { pattern: '/demandes/[reference]', count: 7 },
      { pattern: '/faq', count: 2 },
    ]);
  });

  it('lists the days of a range across a change of month', () => {
    expect(daysOf({ from: '2026-02-27', to: '2026-03-02' })).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('counts a day in Paris time', () => {
    expect(usageDay(new Date('2026-03-09T23:30:00Z'))).toBe('2026-03-10');
  });

  it('says what preceded a Demande', () => {
    expect(demandeOrigin(undefined)).toBe('without_search');
    expect(demandeOrigin('with_result')).toBe('after_search_with_result');
    expect(demandeOrigin('without_result')).toBe('after_search_without_result');
  });
});

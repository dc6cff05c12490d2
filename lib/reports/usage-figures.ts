import { DateTime } from 'luxon';
import type { TicketChannel } from '@/lib/tickets';
import type { ReportRange } from './report-range';
import { isRoutePattern, type RoutePattern } from './route-patterns';
import type { DemandeOrigin, FaqSearchOutcome, UsageMetric } from './usage';

/** A stored usage counter, as it is: a day, a metric, a key from a closed list, a count. */
export interface UsageCounter {
  day: string;
  metric: UsageMetric;
  key: string;
  count: number;
}

export interface UsageDay {
  /** 'YYYY-MM-DD' */
  day: string;
  pageViews: number;
  faqSearches: Record<FaqSearchOutcome, number>;
  portalDemandes: Record<DemandeOrigin, number>;
}

export interface UsageFigures {
  range: ReportRange;
  /** Views per page over the range, most viewed first. */
  pageViews: Array<{ pattern: RoutePattern; count: number }>;
  /** Every day of the range, oldest first, at zero when nothing was counted. */
  days: UsageDay[];
  /** Demandes registered in the range, per module and channel (from the Demandes themselves). */
  demandesByModule: Array<{ module: string; byChannel: Record<TicketChannel, number>; total: number }>;
}

/** The days of a range, 'YYYY-MM-DD', oldest first. */
export function daysOf(range: Pick<ReportRange, 'from' | 'to'>): string[] {
  const days: string[] = [];
  const last = DateTime.fromISO(range.to, { zone: 'utc' });
  for (let day = DateTime.fromISO(range.from, { zone: 'utc' }); day <= last; day = day.plus({ days: 1 })) days.push(day.toISODate()!);
  return days;
}

/** Each day of the range with its counters (page views summed over pages). */
export function usageDays(range: Pick<ReportRange, 'from' | 'to'>, counters: readonly UsageCounter[]): UsageDay[] {
  const byDay = new Map<string, UsageDay>(
    daysOf(range).map((day) => [
      day,
      {
        day,
        pageViews: 0,
        faqSearches: { with_result: 0, without_result: 0 },
        portalDemandes: { after_search_with_result: 0, after_search_without_result: 0, without_search: 0 },
      },
    ]),
  );
  for (const counter of counters) {
    const day = byDay.get(counter.day);
    if (!day) continue;
    if (counter.metric === 'page_view') day.pageViews += counter.count;
    else if (counter.metric === 'faq_search' && Object.hasOwn(day.faqSearches, counter.key)) day.faqSearches[counter.key as FaqSearchOutcome] += counter.count;
    else if (counter.metric === 'portal_demande' && Object.hasOwn(day.portalDemandes, counter.key))
      day.portalDemandes[counter.key as DemandeOrigin] += counter.count;
  }
  return [...byDay.values()];
}

/** Views per page over the counters, most viewed first (then in the list's order). */
export function pageViewTotals(counters: readonly UsageCounter[]): UsageFigures['pageViews'] {
  const totals = new Map<RoutePattern, number>();
  for (const counter of counters) {
    if (counter.metric !== 'page_view' || !isRoutePattern(counter.key)) continue;
    totals.set(counter.key, (totals.get(counter.key) ?? 0) + counter.count);
  }
  return [...totals].map(([pattern, count]) => ({ pattern, count })).sort((a, b) => b.count - a.count || a.pattern.localeCompare(b.pattern));
}

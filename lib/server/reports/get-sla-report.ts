import 'server-only';
import type { Executor } from '@/db/client';
import { reportRange } from '@/lib/reports/report-range';
import { currentOverallOf, type SlaReport } from '@/lib/reports/sla-report';
import type { ReportSearch } from '@/lib/search-params/reports';
import type { Actor } from '@/lib/server/actor';
import { getDelaySummary } from './get-delay-summary';
import { getMonthlyTrend } from './get-monthly-trend';
import { getPeriodCompliance } from './get-period-compliance';
import { listExcludedPickups } from './list-excluded-pickups';
import { listLatePickups } from './list-late-pickups';

export interface SlaReportQuery {
  actor: Actor;
  search: Partial<ReportSearch>;
  /** The reader's zone: months and days are theirs. */
  timeZone: string;
  now?: Date;
  /** How many late and excluded Demandes are listed (the CSV asks for them all). */
  limit?: number;
}

/** §13, §14: everything the reports page shows, in the actor's scope and with the page's filters. */
export async function getSlaReport(db: Executor, { actor, search, timeZone, now = new Date(), limit = 50 }: SlaReportQuery): Promise<SlaReport> {
  const { from, to, ...filters } = search;
  const range = reportRange({ from, to }, timeZone, now);
  const listing = { actor, filters, range, now, limit };
  const periods = await getPeriodCompliance(db, { actor, filters, now });
  return {
    range,
    periods,
    currentOverall: currentOverallOf(periods),
    trend: await getMonthlyTrend(db, { actor, filters, range, timeZone, now }),
    delays: await getDelaySummary(db, { actor, filters, range }),
    late: await listLatePickups(db, listing),
    excluded: await listExcludedPickups(db, listing),
  };
}

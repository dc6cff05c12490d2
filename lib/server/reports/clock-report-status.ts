import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { slaClocks, tickets } from '@/db/schema';
import { REPORT_STATUSES, type ReportStatus, type StatusCounts } from '@/lib/reports/compliance';

/**
 * lib/reports' status of a clock at `now`, in SQL (the clocks joined with their Demandes): the
 * same rules as lib/sla's `pickupCompliance` — an excluded Demande first, then the outcome, then
 * a running clock judged at its pause or at `now`, late strictly after its dueAt.
 */
export function clockReportStatus(now: Date): SQL<ReportStatus> {
  return sql<ReportStatus>`case
    when ${slaClocks.kind} = 'pickup' and ${tickets.pickupExcludedAt} is not null then 'excluded'
    when ${slaClocks.outcome} is not null then ${slaClocks.outcome}::text
    when coalesce(${slaClocks.pausedAt}, ${now.toISOString()}::timestamptz) > ${slaClocks.dueAt} then 'breached'
    else 'pending' end`;
}

/** `count(*)` of each status, for a GROUP BY over clocks joined with their Demandes. */
export function statusCountColumns(now: Date): Record<ReportStatus, SQL<number>> {
  const status = clockReportStatus(now);
  return Object.fromEntries(REPORT_STATUSES.map((each) => [each, sql<number>`count(*) filter (where ${status} = ${each})`.mapWith(Number)])) as Record<
    ReportStatus,
    SQL<number>
  >;
}

export function countsOf(row: StatusCounts): StatusCounts {
  return Object.fromEntries(REPORT_STATUSES.map((status) => [status, row[status]])) as unknown as StatusCounts;
}

import 'server-only';
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import { slaClocks, tickets } from '@/db/schema';
import type { Executor } from '@/db/client';
import { monthlyTrend, type MonthlyTrend } from '@/lib/reports/monthly-trend';
import type { ReportRange } from '@/lib/reports/report-range';
import type { Actor } from '@/lib/server/actor';
import { countsOf, statusCountColumns } from './clock-report-status';
import { reportTicketScope, type ReportFilters } from './report-scope';

/**
 * Every clock kind month by month over the range, by the month its clock started in the reader's
 * zone: pickups (§13), blocking anomalies' action plans and major anomalies' remedies (§14). A
 * clock superseded after its deadline was recorded breached, and counts so (DOMAIN "Support clocks").
 */
export async function getMonthlyTrend(
  db: Executor,
  { actor, filters, range, timeZone, now }: { actor: Actor; filters: ReportFilters; range: ReportRange; timeZone: string; now: Date },
): Promise<MonthlyTrend> {
  const month = sql<string>`to_char(${slaClocks.startedAt} at time zone ${timeZone}, 'YYYY-MM')`;
  const rows = await db
    .select({ month, kind: slaClocks.kind, ...statusCountColumns(now) })
    .from(slaClocks)
    .innerJoin(tickets, eq(tickets.id, slaClocks.ticketId))
    .where(and(gte(slaClocks.startedAt, range.start), lt(slaClocks.startedAt, range.end), reportTicketScope(actor, filters)))
    // By position: the month's expression carries the zone as a parameter, which GROUP BY would not match again.
    .groupBy(sql`1`, sql`2`);
  return monthlyTrend(
    range.months,
    rows.map((row) => ({ month: row.month, kind: row.kind, counts: countsOf(row) })),
  );
}

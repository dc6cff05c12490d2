import 'server-only';
import { and, eq, gt, gte, isNotNull, lt, sql } from 'drizzle-orm';
import { slaClocks, ticketEvents, tickets } from '@/db/schema';
import type { Executor } from '@/db/client';
import { summarizeDurations, type ValueCount } from '@/lib/reports/percentiles';
import type { ReportRange } from '@/lib/reports/report-range';
import type { DelayRow } from '@/lib/reports/sla-report';
import { CLOCK_KINDS, type ClockKind } from '@/lib/sla';
import type { Actor } from '@/lib/server/actor';
import { reportTicketScope, type ReportFilters } from './report-scope';

const MINUTE_MS = 60_000;

/**
 * The clock ended with what it owed: the pickup with the Demande taken in charge (not cancelled);
 * an action plan or a remedy delivered (met, or breached by its delivery — not by a requalification,
 * which stops a clock at the instant it records its event).
 */
const deliveredClock = sql`(
  (${slaClocks.kind} = 'pickup' and ${tickets.pickedUpAt} is not null)
  or (${slaClocks.kind} <> 'pickup' and (${slaClocks.outcome} = 'met' or (${slaClocks.outcome} = 'breached' and not exists (
    select 1 from ${ticketEvents} requalified
    where requalified.ticket_id = ${slaClocks.ticketId} and requalified.type = 'requalified' and requalified.at = ${slaClocks.stoppedAt}))))
)`;

/**
 * §13, §14: the median and 90th percentile (nearest rank) of the business time from a clock's start
 * to its deliverable, pauses left out, and of the business time it stood paused, shown apart — for
 * the clocks started in the range. The database returns histograms by the minute (a few thousand
 * rows however many Demandes), and lib/reports takes the percentiles: exact to the minute, the
 * precision the pages show (sums are exact).
 */
export async function getDelaySummary(
  db: Executor,
  { actor, filters, range }: { actor: Actor; filters: ReportFilters; range: ReportRange },
): Promise<DelayRow[]> {
  const histogram = async (column: typeof slaClocks.activeBusinessMs | typeof slaClocks.pausedBusinessMs) => {
    const minutes = sql<number>`round(${column} / 60000.0)`.mapWith(Number);
    return db
      .select({ kind: slaClocks.kind, minutes, count: sql<number>`count(*)`.mapWith(Number), sum: sql<number>`sum(${column})`.mapWith(Number) })
      .from(slaClocks)
      .innerJoin(tickets, eq(tickets.id, slaClocks.ticketId))
      .where(
        and(
          gte(slaClocks.startedAt, range.start),
          lt(slaClocks.startedAt, range.end),
          isNotNull(slaClocks.activeBusinessMs),
          column === slaClocks.pausedBusinessMs ? gt(slaClocks.pausedBusinessMs, 0) : undefined,
          deliveredClock,
          reportTicketScope(actor, filters),
        ),
      )
      .groupBy(sql`1`, sql`2`);
  };
  const delivered = await histogram(slaClocks.activeBusinessMs);
  const paused = await histogram(slaClocks.pausedBusinessMs);
  const valuesOf = (rows: typeof delivered, kind: ClockKind): ValueCount[] =>
    rows.filter((row) => row.kind === kind).map((row) => ({ value: row.minutes * MINUTE_MS, count: row.count, sum: row.sum }));
  return CLOCK_KINDS.map((kind) => ({
    kind,
    delivered: summarizeDurations(valuesOf(delivered, kind)),
    paused: summarizeDurations(valuesOf(paused, kind)),
  }));
}

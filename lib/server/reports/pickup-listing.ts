import 'server-only';
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { organizations, slaClocks, tickets } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { BusinessCalendar } from '@/lib/calendar';
import { latenessMs } from '@/lib/reports/clock-durations';
import { pickupStateOf, type PickupRow } from '@/lib/reports/pickup-rows';
import type { ReportRange } from '@/lib/reports/report-range';
import { isLate } from '@/lib/sla';
import type { Actor } from '@/lib/server/actor';
import { clockReportStatus } from './clock-report-status';
import { reportTicketScope, type ReportFilters } from './report-scope';

export interface PickupListingQuery {
  actor: Actor;
  filters: ReportFilters;
  range: ReportRange;
  now: Date;
  /** The most recent ones listed; `total` counts them all. */
  limit: number;
}

export type ListedPickup = PickupRow & { excludedAt: Date | null; exclusionReason: string | null };

/**
 * Pickup clocks started in the range whose status meets `condition`, most recent first, each with
 * its lateness in business time on its own calendar (lib/reports `latenessMs`, for the rows listed
 * only) and its exclusion from the ratio, if any.
 */
export async function listPickupRows(
  db: Executor,
  { actor, filters, range, now, limit }: PickupListingQuery,
  condition: (status: SQL) => SQL,
): Promise<{ total: number; rows: ListedPickup[] }> {
  const status = clockReportStatus(now);
  const rows = await db
    .select({
      ticketId: tickets.id,
      reference: tickets.reference,
      organizationName: organizations.name,
      module: tickets.module,
      channel: tickets.channel,
      severity: tickets.severity,
      pickedUpAt: tickets.pickedUpAt,
      excludedAt: tickets.pickupExcludedAt,
      exclusionReason: tickets.pickupExclusionReason,
      startedAt: slaClocks.startedAt,
      dueAt: slaClocks.dueAt,
      pausedAt: slaClocks.pausedAt,
      stoppedAt: slaClocks.stoppedAt,
      calendar: slaClocks.calendar,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(slaClocks)
    .innerJoin(tickets, eq(tickets.id, slaClocks.ticketId))
    .innerJoin(organizations, eq(organizations.id, tickets.organizationId))
    .where(
      and(
        eq(slaClocks.kind, 'pickup'),
        gte(slaClocks.startedAt, range.start),
        lt(slaClocks.startedAt, range.end),
        condition(status),
        reportTicketScope(actor, filters),
      ),
    )
    .orderBy(desc(slaClocks.startedAt), desc(slaClocks.id))
    .limit(limit);
  // One object per distinct calendar: lib/calendar compiles each calendar object once.
  const calendars = new Map<string, BusinessCalendar>();
  const shared = (calendar: BusinessCalendar) => {
    const key = JSON.stringify(calendar);
    if (!calendars.has(key)) calendars.set(key, calendar);
    return calendars.get(key)!;
  };
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.map((row) => {
      const clock = { calendar: shared(row.calendar), dueAt: row.dueAt, pausedAt: row.pausedAt, stoppedAt: row.stoppedAt };
      return {
        ticketId: row.ticketId,
        reference: row.reference,
        organizationName: row.organizationName,
        module: row.module,
        channel: row.channel,
        severity: row.severity,
        receivedAt: row.startedAt,
        dueAt: row.dueAt,
        state: pickupStateOf(clock, row.pickedUpAt),
        endedAt: row.stoppedAt,
        late: isLate(clock, row.stoppedAt ?? row.pausedAt ?? now),
        latenessMs: latenessMs(clock, now),
        excludedAt: row.excludedAt,
        exclusionReason: row.exclusionReason,
      };
    }),
  };
}

import 'server-only';
import { and, asc, gte, lt, sql } from 'drizzle-orm';
import { tickets } from '@/db/schema';
import type { Executor } from '@/db/client';
import { reportRange } from '@/lib/reports/report-range';
import { USAGE_TIME_ZONE } from '@/lib/reports/usage';
import { pageViewTotals, usageDays, type UsageCounter, type UsageFigures } from '@/lib/reports/usage-figures';
import type { ReportSearch } from '@/lib/search-params/reports';
import { TICKET_CHANNELS, type TicketChannel } from '@/lib/tickets';
import type { Actor } from '@/lib/server/actor';
import { listUsageCounters } from './list-usage-counters';

/**
 * §17, for managers: page views per page and per day, FAQ searches with and without a result and
 * the Demandes that followed one (from the usage counters), and the Demandes registered per module
 * and channel (from the Demandes). Days are the support centre's (USAGE_TIME_ZONE), the last 30 by default.
 */
export async function getUsageFigures(
  db: Executor,
  { actor, search, now = new Date() }: { actor: Actor; search: Partial<ReportSearch>; now?: Date },
): Promise<{ figures: UsageFigures; counters: UsageCounter[] }> {
  const range = reportRange({ from: search.from, to: search.to }, USAGE_TIME_ZONE, now, 'thirty-days');
  const counters = await listUsageCounters(db, { actor, from: range.from, to: range.to });
  const byModule = await db
    .select({ module: tickets.module, channel: tickets.channel, count: sql<number>`count(*)`.mapWith(Number) })
    .from(tickets)
    .where(and(gte(tickets.createdAt, range.start), lt(tickets.createdAt, range.end)))
    .groupBy(tickets.module, tickets.channel)
    .orderBy(asc(tickets.module));
  const modules = [...new Set(byModule.map((row) => row.module))];
  const demandesByModule = modules.map((module) => {
    const byChannel = Object.fromEntries(
      TICKET_CHANNELS.map((channel) => [channel, byModule.find((row) => row.module === module && row.channel === channel)?.count ?? 0]),
    ) as Record<TicketChannel, number>;
    return { module, byChannel, total: TICKET_CHANNELS.reduce((sum, channel) => sum + byChannel[channel], 0) };
  });
  return { figures: { range, pageViews: pageViewTotals(counters), days: usageDays(range, counters), demandesByModule }, counters };
}

import 'server-only';
import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import { ticketEvents, tickets } from '@/db/schema';
import { isClientRole } from '@/lib/accounts/roles';
import { reportSearch, type ReportSearch } from '@/lib/search-params/reports';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';

/** The filters a report query applies: the page's, without its dates (the range says those). */
export type ReportFilters = Partial<Omit<ReportSearch, 'from' | 'to'>>;

/**
 * Which Demandes a report covers, in the WHERE clause: a client's organization alone (whatever
 * organization the address names); a manager's every organization; a technician's own work — the
 * Demandes assigned to them or that they acted on (took in charge, recorded, answered, qualified…).
 * Then the filters, through the address codec again, so a caller's malformed value never reaches a column.
 */
export function reportTicketScope(actor: Actor, filters: ReportFilters): SQL | undefined {
  const { organizationId, module, severity, channel } = reportSearch.normalize(filters);
  let scope: SQL | undefined;
  if (isClientRole(actor.role)) {
    if (!actor.organizationId) throw new ServiceError('forbidden', 'Votre compte n’est rattaché à aucune collectivité.');
    scope = eq(tickets.organizationId, actor.organizationId);
  } else {
    const own =
      actor.role === 'technician'
        ? or(
            eq(tickets.assigneeId, actor.id),
            sql`${tickets.id} in (select ${ticketEvents.ticketId} from ${ticketEvents} where ${ticketEvents.actorId} = ${actor.id})`,
          )
        : undefined;
    scope = and(own, organizationId ? eq(tickets.organizationId, organizationId) : undefined);
  }
  return and(
    scope,
    module ? eq(tickets.module, module) : undefined,
    severity ? eq(tickets.severity, severity) : undefined,
    channel ? eq(tickets.channel, channel) : undefined,
  );
}

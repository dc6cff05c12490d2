import 'server-only';
import type { Database } from '@/db/client';
import { presentClock, type Severity } from '@/lib/sla';
import { SEVERITY_LABELS } from '@/lib/tickets';
import type { Actor } from '@/lib/server/actor';
import { runTicketCommand } from './run-ticket-command';
import { tellRequester } from './tell';

/** Changes an anomaly's severity with a reason: the running clock is superseded, the new one starts now. */
export async function requalifyTicket(db: Database, input: { actor: Actor; ticketId: string; severity: Severity; reason: string; now?: Date }) {
  const { severity, reason } = input;
  return runTicketCommand(db, {
    actor: input.actor,
    ticketId: input.ticketId,
    now: input.now,
    command: { action: 'requalify', severity, reason },
    columns: (at) => ({ qualifiedAt: at }),
    event: { type: 'requalified', details: { reason } },
    afterwards: ({ tx, ticket, clocks, now, organizationTimeZone }) => {
      // The new severity's clock, in the presenter's words (none for a minor anomaly, §14).
      const started = clocks.find((clock) => clock.startedAt.getTime() === now.getTime() && clock.kind !== 'pickup');
      const commitment = started ? ` : ${presentClock(started, now, organizationTimeZone, 'client').commitment}` : '';
      return tellRequester(tx, ticket, {
        type: 'requalified',
        title: `Demande ${ticket.reference} requalifiée : ${SEVERITY_LABELS[severity]}`,
        body: `Votre demande est désormais qualifiée « Anomalie ${SEVERITY_LABELS[severity].toLowerCase()} »${commitment}. Motif : ${reason}`,
        at: now,
      });
    },
  });
}

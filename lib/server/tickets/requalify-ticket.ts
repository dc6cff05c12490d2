import 'server-only';
import type { Database } from '@/db/client';
import type { Severity } from '@/lib/sla';
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
    afterwards: ({ tx, ticket, now }) =>
      tellRequester(tx, ticket, {
        type: 'requalified',
        title: `Demande ${ticket.reference} requalifiée : ${SEVERITY_LABELS[severity]}`,
        body: `Votre demande est désormais qualifiée « Anomalie ${SEVERITY_LABELS[severity].toLowerCase()} ». Motif : ${reason}`,
        at: now,
      }),
  });
}

import 'server-only';
import type { Database } from '@/db/client';
import { presentClock } from '@/lib/sla';
import { QUALIFICATION_OUTCOME_LABELS, SEVERITY_LABELS, type Qualification } from '@/lib/tickets';
import type { Actor } from '@/lib/server/actor';
import { addMessage } from './add-message';
import { runTicketCommand } from './run-ticket-command';
import { tellRequester } from './tell';

/**
 * §14 qualification and reproduction: an anomaly (Bloquante, Majeure, Mineure) starts the clock
 * its severity owes; "pas une anomalie" or "non reproductible" resolves the Demande. The
 * reproduction notes stay internal.
 */
export async function qualifyTicket(db: Database, input: { actor: Actor; ticketId: string; qualification: Qualification & { notes?: string }; now?: Date }) {
  const parsed = input.qualification;
  const qualification: Qualification = parsed.outcome === 'anomaly' ? { outcome: 'anomaly', severity: parsed.severity } : { outcome: parsed.outcome };
  const label = parsed.outcome === 'anomaly' ? `Anomalie ${SEVERITY_LABELS[parsed.severity].toLowerCase()}` : QUALIFICATION_OUTCOME_LABELS[parsed.outcome];
  return runTicketCommand(db, {
    actor: input.actor,
    ticketId: input.ticketId,
    now: input.now,
    command: { action: 'qualify', qualification },
    columns: (at) => ({ qualifiedAt: at }),
    event: { type: 'qualified' },
    afterwards: async ({ tx, ticket, clocks, now, organizationTimeZone }) => {
      if (parsed.notes)
        await addMessage(tx, { ticketId: ticket.id, authorId: input.actor.id, kind: 'internal', body: `Qualification — ${parsed.notes}`, at: now });
      const started = clocks.find((clock) => clock.startedAt.getTime() === now.getTime() && clock.kind !== 'pickup');
      await tellRequester(tx, ticket, {
        type: 'qualified',
        title: `Demande ${ticket.reference} qualifiée : ${label}`,
        body: started
          ? `Votre demande est qualifiée « ${label} » : ${presentClock(started, now, organizationTimeZone, 'client').commitment}.`
          : `Votre demande est qualifiée « ${label} ».`,
        at: now,
      });
    },
  });
}

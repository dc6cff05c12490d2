import 'server-only';
import type { Database } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import { runTicketCommand } from './run-ticket-command';
import { tellRequester } from './tell';

/** "Prendre en charge": the actor owns the Demande and the pickup clock stops (§13). */
export async function takeTicket(db: Database, { actor, ticketId, now }: { actor: Actor; ticketId: string; now?: Date }) {
  return runTicketCommand(db, {
    actor,
    ticketId,
    now,
    command: { action: 'take_in_charge', actorId: actor.id },
    columns: (at) => ({ pickedUpAt: at }),
    event: { type: 'taken_in_charge' },
    afterwards: ({ tx, ticket, now: at }) =>
      tellRequester(tx, ticket, {
        type: 'taken_in_charge',
        title: `Demande ${ticket.reference} prise en charge`,
        body: `Un technicien a pris en charge votre demande « ${ticket.subject} ».`,
        at,
      }),
  });
}

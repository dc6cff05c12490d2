import 'server-only';
import type { Database } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import { runTicketCommand } from './run-ticket-command';

/** The client withdraws the Demande before it is taken in charge; nothing is owed any more. */
export async function cancelTicket(db: Database, input: { actor: Actor; ticketId: string; now?: Date }) {
  return runTicketCommand(db, {
    actor: input.actor,
    ticketId: input.ticketId,
    now: input.now,
    command: { action: 'cancel' },
    columns: (at) => ({ cancelledAt: at }),
    event: { type: 'cancelled' },
  });
}

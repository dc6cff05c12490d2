import 'server-only';
import type { Database } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import type { CheckedFile } from '@/lib/validation/attachments';
import { addMessage } from './add-message';
import { runTicketCommand } from './run-ticket-command';
import { tellRequester } from './tell';

/** §14: the corrective action plan of a blocking anomaly is sent to the client; its clock stops. */
export async function deliverActionPlan(db: Database, input: { actor: Actor; ticketId: string; plan: string; files?: readonly CheckedFile[]; now?: Date }) {
  const { plan } = input;
  const files = input.files ?? [];
  return runTicketCommand(db, {
    actor: input.actor,
    ticketId: input.ticketId,
    now: input.now,
    command: { action: 'deliver_action_plan' },
    columns: (at) => ({ actionPlanDeliveredAt: at }),
    event: { type: 'action_plan_delivered' },
    afterwards: async ({ tx, ticket, now }) => {
      await addMessage(tx, { ticketId: ticket.id, authorId: input.actor.id, kind: 'public', body: plan, files, at: now });
      await tellRequester(tx, ticket, {
        type: 'action_plan_delivered',
        title: `Demande ${ticket.reference} : plan d’action corrective`,
        body: 'Le support vous a transmis le plan d’action corrective de l’anomalie bloquante.',
        paragraphs: [plan],
        at: now,
      });
    },
  });
}

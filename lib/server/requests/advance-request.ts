import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { users, type Ticket } from '@/db/schema';
import type { Database, Executor } from '@/db/client';
import { requestDetailsOf, requestStepNotice, type RequestStepTaken } from '@/lib/tickets';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { notify } from '@/lib/server/notifications/notify';
import { portalTicketUrl } from '@/lib/server/tickets/ticket-links';
import { runTicketCommand } from '@/lib/server/tickets/run-ticket-command';
import { recordRequestAudit } from './record-request-audit';

/** A step of a typed request, as staff take it (§7, §11). */
export type RequestStepInput = RequestStepTaken;

const COMMANDS = { plan: 'plan_request', complete: 'complete_request', refuse: 'refuse_request' } as const;
const EVENTS = { plan: 'request_planned', complete: 'request_done', refuse: 'request_refused' } as const;
const AUDITS = { plan: 'request.planned', complete: 'request.done', refuse: 'request.refused' } as const;

/**
 * Moves a typed request to its next step — planned (a date), done (a report, or the identifier
 * given), refused (a reason) — through the Demande's one transaction: lifecycle, history, audit
 * log, and a word to the requester and the organization's administrators.
 */
export async function advanceRequest(
  db: Database,
  input: { actor: Actor & { email: string }; ticketId: string; step: RequestStepInput; clientAddress?: string; now?: Date },
) {
  const { step } = input;
  const now = input.now ?? new Date();
  // A date given a minute ago is today's date as typed; one earlier is a mistake.
  if (step.step === 'plan' && step.plannedFor.getTime() < now.getTime() - 60_000) {
    throw new ServiceError('invalid', 'La date prévue est passée.', { plannedFor: 'Indiquez une date à venir.' });
  }
  return runTicketCommand(db, {
    actor: input.actor,
    ticketId: input.ticketId,
    now,
    command: { action: COMMANDS[step.step] },
    columns: () => (step.step === 'plan' ? { requestPlannedFor: step.plannedFor } : { requestResult: step.step === 'complete' ? step.result : step.reason }),
    event: {
      type: EVENTS[step.step],
      details:
        step.step === 'plan' ? { plannedFor: step.plannedFor.toISOString() } : step.step === 'complete' ? { result: step.result } : { reason: step.reason },
    },
    afterwards: async ({ tx, ticket, now, organizationTimeZone }) => {
      await recordRequestAudit(tx, { actor: input.actor, action: AUDITS[step.step], ticket, clientAddress: input.clientAddress, now });
      const notice = requestStepNotice({ ...ticket, details: requestDetailsOf(ticket.requestDetails) }, step, organizationTimeZone);
      await tellRequesterAndAdministrators(tx, ticket, { ...notice, at: now });
    },
  });
}

/** §7, §11: every step is told to the requester and to the organization's administrators. */
async function tellRequesterAndAdministrators(tx: Executor, ticket: Ticket, message: { title: string; body: string; at: Date }) {
  const administrators = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.organizationId, ticket.organizationId), inArray(users.role, ['client_admin']), eq(users.active, true)));
  await notify(tx, {
    recipientIds: [ticket.requesterId, ...administrators.map((row) => row.id)],
    ticketId: ticket.id,
    type: 'request_step',
    title: message.title,
    body: message.body,
    at: message.at,
    email: { link: { label: 'Voir la demande', url: portalTicketUrl(ticket.reference) } },
  });
}

'use server';

import { revalidatePath } from 'next/cache';
import { localDateTimeToInstant } from '@/lib/calendar';
import { formatDateTime } from '@/lib/format/french-date';
import { completeRequestSchema, planRequestSchema, refuseRequestSchema } from '@/lib/validation/requests';
import {
  actionPlanSchema,
  assignSchema,
  onTicketSchema,
  pickupExclusionSchema,
  qualifySchema,
  remedySchema,
  reopenSchema,
  replySchema,
  requalifySchema,
  requestInformationSchema,
  resolveSchema,
} from '@/lib/validation/tickets';
import { consoleAction } from '@/lib/server/actions/define-action';
import { advanceRequest } from '@/lib/server/requests/advance-request';
import { ServiceError } from '@/lib/server/service-error';
import { assignTicket } from '@/lib/server/tickets/assign-ticket';
import { closeTicket } from '@/lib/server/tickets/close-ticket';
import { commentTicket } from '@/lib/server/tickets/comment-ticket';
import { deliverActionPlan } from '@/lib/server/tickets/deliver-action-plan';
import { deliverRemedy } from '@/lib/server/tickets/deliver-remedy';
import { excludeFromPickupRatio } from '@/lib/server/tickets/exclude-from-pickup-ratio';
import { qualifyTicket } from '@/lib/server/tickets/qualify-ticket';
import { reopenTicket } from '@/lib/server/tickets/reopen-ticket';
import { requalifyTicket } from '@/lib/server/tickets/requalify-ticket';
import { requestInformation } from '@/lib/server/tickets/request-information';
import { resolveTicket } from '@/lib/server/tickets/resolve-ticket';
import { takeTicket } from '@/lib/server/tickets/take-ticket';

function done(reference: string, message: string) {
  revalidatePath(`/console/demandes/${reference}`);
  revalidatePath('/console/demandes');
  return { status: 'success' as const, message };
}

export const takeAction = consoleAction(onTicketSchema, async (form, { user, db }) => {
  await takeTicket(db, { actor: user, ticketId: form.ticketId });
  return done(form.reference, 'Demande prise en charge.');
});

export const assignAction = consoleAction(assignSchema, async (form, { user, db }) => {
  await assignTicket(db, { actor: user, ticketId: form.ticketId, assigneeId: form.assigneeId });
  return done(form.reference, 'Demande assignée.');
});

export const qualifyAction = consoleAction(qualifySchema, async ({ ticketId, reference, ...qualification }, { user, db }) => {
  await qualifyTicket(db, { actor: user, ticketId, qualification });
  return done(reference, 'Demande qualifiée.');
});

export const requalifyAction = consoleAction(requalifySchema, async (form, { user, db }) => {
  await requalifyTicket(db, { actor: user, ticketId: form.ticketId, severity: form.severity, reason: form.reason });
  return done(form.reference, 'Demande requalifiée.');
});

export const requestInformationAction = consoleAction(requestInformationSchema, async (form, { user, db }) => {
  await requestInformation(db, { actor: user, ticketId: form.ticketId, question: form.question });
  return done(form.reference, 'Question envoyée au client ; le délai est suspendu.');
});

export const deliverActionPlanAction = consoleAction(actionPlanSchema, async (form, { user, db }) => {
  await deliverActionPlan(db, { actor: user, ticketId: form.ticketId, plan: form.plan, files: form.attachments });
  return done(form.reference, 'Plan d’action transmis au client.');
});

export const deliverRemedyAction = consoleAction(remedySchema, async (form, { user, db }) => {
  await deliverRemedy(db, {
    actor: user,
    ticketId: form.ticketId,
    remedy: form.remedy,
    description: form.description,
    resolves: form.keepOpen !== 'on',
    files: form.attachments,
  });
  return done(form.reference, form.remedy === 'fix' ? 'Correction livrée.' : 'Contournement livré.');
});

export const resolveAction = consoleAction(resolveSchema, async (form, { user, db }) => {
  await resolveTicket(db, { actor: user, ticketId: form.ticketId, answer: form.answer });
  return done(form.reference, 'Demande résolue.');
});

export const closeAction = consoleAction(onTicketSchema, async (form, { user, db }) => {
  await closeTicket(db, { actor: user, ticketId: form.ticketId });
  return done(form.reference, 'Demande clôturée.');
});

export const reopenAction = consoleAction(reopenSchema, async (form, { user, db }) => {
  await reopenTicket(db, { actor: user, ticketId: form.ticketId, reason: form.reason });
  return done(form.reference, 'Demande rouverte.');
});

export const commentAction = consoleAction(replySchema, async (form, { user, db }) => {
  await commentTicket(db, { actor: user, ticketId: form.ticketId, kind: form.kind, body: form.body, files: form.attachments });
  return done(form.reference, form.kind === 'internal' ? 'Note interne ajoutée.' : 'Réponse envoyée au client.');
});

export const excludeFromPickupRatioAction = consoleAction(
  pickupExclusionSchema,
  async (form, { user, db, clientAddress }) => {
    await excludeFromPickupRatio(db, { actor: user, ticketId: form.ticketId, reason: form.reason, clientAddress });
    return done(form.reference, 'Demande retirée du calcul de l’engagement de prise en charge ; le client voit le motif.');
  },
  ['support_manager'],
);

// §7, §11: a typed request's own steps; each one is told to the requester and the organization's administrators.
export const planRequestAction = consoleAction(planRequestSchema, async (form, { user, db, clientAddress }) => {
  // Typed on the technician's clocks, in their zone.
  const plannedFor = localDateTimeToInstant(form.plannedFor, user.timeZone);
  if (!plannedFor) throw new ServiceError('invalid', 'Date et heure invalides.', { plannedFor: 'Date et heure invalides (jj/mm/aaaa hh:mm).' });
  await advanceRequest(db, { actor: user, ticketId: form.ticketId, step: { step: 'plan', plannedFor }, clientAddress });
  return done(form.reference, `Planifiée le ${formatDateTime(plannedFor, user.timeZone)} ; le demandeur et les administrateurs sont prévenus.`);
});

export const completeRequestAction = consoleAction(completeRequestSchema, async (form, { user, db, clientAddress }) => {
  await advanceRequest(db, { actor: user, ticketId: form.ticketId, step: { step: 'complete', result: form.result }, clientAddress });
  return done(form.reference, 'Demande réalisée ; le demandeur et les administrateurs sont prévenus.');
});

export const refuseRequestAction = consoleAction(refuseRequestSchema, async (form, { user, db, clientAddress }) => {
  await advanceRequest(db, { actor: user, ticketId: form.ticketId, step: { step: 'refuse', reason: form.reason }, clientAddress });
  return done(form.reference, 'Demande refusée ; le demandeur et les administrateurs ont le motif.');
});

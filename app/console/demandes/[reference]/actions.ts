'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { consoleAction } from '@/lib/server/actions/define-action';
import { uploadedFiles } from '@/lib/server/actions/uploaded-files';
import { assignTicket } from '@/lib/server/tickets/assign-ticket';
import { closeTicket } from '@/lib/server/tickets/close-ticket';
import { commentTicket } from '@/lib/server/tickets/comment-ticket';
import { deliverActionPlan } from '@/lib/server/tickets/deliver-action-plan';
import { deliverRemedy } from '@/lib/server/tickets/deliver-remedy';
import { qualifyTicket } from '@/lib/server/tickets/qualify-ticket';
import { reopenTicket } from '@/lib/server/tickets/reopen-ticket';
import { requalifyTicket } from '@/lib/server/tickets/requalify-ticket';
import { requestInformation } from '@/lib/server/tickets/request-information';
import { resolveTicket } from '@/lib/server/tickets/resolve-ticket';
import { takeTicket } from '@/lib/server/tickets/take-ticket';

// Each action reads raw form strings; the operation validates them with its own schema.
const onTicket = { ticketId: z.string(), reference: z.string() };
const text = z.string().default('');

function done(reference: string, message: string) {
  revalidatePath(`/console/demandes/${reference}`);
  revalidatePath('/console/demandes');
  return { status: 'success' as const, message };
}

export const takeAction = consoleAction(z.object(onTicket), async (form, { user, db }) => {
  await takeTicket(db, { actor: user, ticketId: form.ticketId });
  return done(form.reference, 'Demande prise en charge.');
});

export const assignAction = consoleAction(z.object({ ...onTicket, assigneeId: text }), async (form, { user, db }) => {
  await assignTicket(db, { actor: user, ticketId: form.ticketId, assigneeId: form.assigneeId });
  return done(form.reference, 'Demande assignée.');
});

export const qualifyAction = consoleAction(z.object({ ...onTicket, outcome: text, severity: text, notes: text }), async (form, { user, db }) => {
  const qualification =
    form.outcome === 'anomaly' ? { outcome: 'anomaly', severity: form.severity, notes: form.notes } : { outcome: form.outcome, notes: form.notes };
  await qualifyTicket(db, { actor: user, ticketId: form.ticketId, qualification });
  return done(form.reference, 'Demande qualifiée.');
});

export const requalifyAction = consoleAction(z.object({ ...onTicket, severity: text, reason: text }), async (form, { user, db }) => {
  await requalifyTicket(db, { actor: user, ticketId: form.ticketId, severity: form.severity, reason: form.reason });
  return done(form.reference, 'Demande requalifiée.');
});

export const requestInformationAction = consoleAction(z.object({ ...onTicket, question: text }), async (form, { user, db }) => {
  await requestInformation(db, { actor: user, ticketId: form.ticketId, question: form.question });
  return done(form.reference, 'Question envoyée au client ; le délai est suspendu.');
});

export const deliverActionPlanAction = consoleAction(z.object({ ...onTicket, plan: text, attachments: z.unknown().optional() }), async (form, { user, db }) => {
  await deliverActionPlan(db, { actor: user, ticketId: form.ticketId, plan: form.plan, files: await uploadedFiles(form.attachments) });
  return done(form.reference, 'Plan d’action transmis au client.');
});

export const deliverRemedyAction = consoleAction(
  z.object({ ...onTicket, remedy: text, description: text, keepOpen: z.string().optional(), attachments: z.unknown().optional() }),
  async (form, { user, db }) => {
    await deliverRemedy(db, {
      actor: user,
      ticketId: form.ticketId,
      remedy: form.remedy,
      description: form.description,
      resolves: form.keepOpen !== 'on',
      files: await uploadedFiles(form.attachments),
    });
    return done(form.reference, form.remedy === 'fix' ? 'Correction livrée.' : 'Contournement livré.');
  },
);

export const resolveAction = consoleAction(z.object({ ...onTicket, answer: text }), async (form, { user, db }) => {
  await resolveTicket(db, { actor: user, ticketId: form.ticketId, answer: form.answer });
  return done(form.reference, 'Demande résolue.');
});

export const closeAction = consoleAction(z.object(onTicket), async (form, { user, db }) => {
  await closeTicket(db, { actor: user, ticketId: form.ticketId });
  return done(form.reference, 'Demande clôturée.');
});

export const reopenAction = consoleAction(z.object({ ...onTicket, reason: text }), async (form, { user, db }) => {
  await reopenTicket(db, { actor: user, ticketId: form.ticketId, reason: form.reason });
  return done(form.reference, 'Demande rouverte.');
});

export const commentAction = consoleAction(
  z.object({ ...onTicket, kind: text, body: text, attachments: z.unknown().optional() }),
  async (form, { user, db }) => {
    const kind = form.kind === 'internal' ? 'internal' : 'public';
    await commentTicket(db, { actor: user, ticketId: form.ticketId, kind, body: form.body, files: await uploadedFiles(form.attachments) });
    return done(form.reference, kind === 'internal' ? 'Note interne ajoutée.' : 'Réponse envoyée au client.');
  },
);

'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { newTicketSchema, onTicketSchema, provideInformationSchema, reopenSchema, replySchema } from '@/lib/validation/tickets';
import { portalAction } from '@/lib/server/actions/define-action';
import { cancelTicket } from '@/lib/server/tickets/cancel-ticket';
import { closeTicket } from '@/lib/server/tickets/close-ticket';
import { commentTicket } from '@/lib/server/tickets/comment-ticket';
import { createTicket } from '@/lib/server/tickets/create-ticket';
import { countUsage } from '@/lib/server/reports/count-usage';
import { demandeOrigin } from '@/lib/reports/usage';
import { provideInformation } from '@/lib/server/tickets/provide-information';
import { reopenTicket } from '@/lib/server/tickets/reopen-ticket';

export const createTicketAction = portalAction(newTicketSchema, async ({ attachments, faqSearch, ...content }, { user, db }) => {
  const { ticket } = await createTicket(db, { actor: user, content, files: attachments });
  await countUsage(db, { metric: 'portal_demande', key: demandeOrigin(faqSearch) });
  redirect(`/demandes/${ticket.reference}/confirmation`);
});

function refresh(reference: string) {
  revalidatePath(`/demandes/${reference}`);
}

// A client's reply is always public: the kind the form might send is ignored.
export const replyAction = portalAction(replySchema, async (form, { user, db }) => {
  await commentTicket(db, { actor: user, ticketId: form.ticketId, kind: 'public', body: form.body, files: form.attachments });
  refresh(form.reference);
  return { status: 'success', message: 'Votre réponse est envoyée.' };
});

export const provideInformationAction = portalAction(provideInformationSchema, async (form, { user, db }) => {
  await provideInformation(db, { actor: user, ticketId: form.ticketId, answer: form.answer, files: form.attachments });
  refresh(form.reference);
  return { status: 'success', message: 'Vos informations sont transmises : le traitement reprend.' };
});

export const closeAction = portalAction(onTicketSchema, async (form, { user, db }) => {
  await closeTicket(db, { actor: user, ticketId: form.ticketId });
  refresh(form.reference);
  return { status: 'success', message: 'La demande est clôturée. Merci !' };
});

export const reopenAction = portalAction(reopenSchema, async (form, { user, db }) => {
  await reopenTicket(db, { actor: user, ticketId: form.ticketId, reason: form.reason });
  refresh(form.reference);
  return { status: 'success', message: 'La demande est rouverte.' };
});

export const cancelAction = portalAction(onTicketSchema, async (form, { user, db }) => {
  await cancelTicket(db, { actor: user, ticketId: form.ticketId });
  refresh(form.reference);
  return { status: 'success', message: 'La demande est annulée.' };
});

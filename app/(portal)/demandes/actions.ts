'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { portalAction } from '@/lib/server/actions/define-action';
import { uploadedFiles } from '@/lib/server/actions/uploaded-files';
import { cancelTicket } from '@/lib/server/tickets/cancel-ticket';
import { closeTicket } from '@/lib/server/tickets/close-ticket';
import { commentTicket } from '@/lib/server/tickets/comment-ticket';
import { createTicket } from '@/lib/server/tickets/create-ticket';
import { provideInformation } from '@/lib/server/tickets/provide-information';
import { reopenTicket } from '@/lib/server/tickets/reopen-ticket';

// The form sends raw strings; createTicket validates them with the shared ticket schema.
const newTicketForm = z.object({
  subject: z.string().default(''),
  module: z.string().default(''),
  context: z.string().default(''),
  errorMessage: z.string().optional(),
  menuPath: z.string().optional(),
  replyPreference: z.string().default(''),
  callbackPhone: z.string().optional(),
  attachments: z.unknown().optional(),
});

export const createTicketAction = portalAction(newTicketForm, async (form, { user, db }) => {
  const { ticket } = await createTicket(db, {
    actor: user,
    content: form,
    files: await uploadedFiles(form.attachments),
  });
  redirect(`/demandes/${ticket.reference}/confirmation`);
});

const onTicket = { ticketId: z.string(), reference: z.string() };

function refresh(reference: string) {
  revalidatePath(`/demandes/${reference}`);
}

export const replyAction = portalAction(
  z.object({ ...onTicket, body: z.string().default(''), attachments: z.unknown().optional() }),
  async (form, { user, db }) => {
    await commentTicket(db, { actor: user, ticketId: form.ticketId, kind: 'public', body: form.body, files: await uploadedFiles(form.attachments) });
    refresh(form.reference);
    return { status: 'success', message: 'Votre réponse est envoyée.' };
  },
);

export const provideInformationAction = portalAction(
  z.object({ ...onTicket, answer: z.string().default(''), attachments: z.unknown().optional() }),
  async (form, { user, db }) => {
    await provideInformation(db, { actor: user, ticketId: form.ticketId, answer: form.answer, files: await uploadedFiles(form.attachments) });
    refresh(form.reference);
    return { status: 'success', message: 'Vos informations sont transmises : le traitement reprend.' };
  },
);

export const closeAction = portalAction(z.object(onTicket), async (form, { user, db }) => {
  await closeTicket(db, { actor: user, ticketId: form.ticketId });
  refresh(form.reference);
  return { status: 'success', message: 'La demande est clôturée. Merci !' };
});

export const reopenAction = portalAction(z.object({ ...onTicket, reason: z.string().default('') }), async (form, { user, db }) => {
  await reopenTicket(db, { actor: user, ticketId: form.ticketId, reason: form.reason });
  refresh(form.reference);
  return { status: 'success', message: 'La demande est rouverte.' };
});

export const cancelAction = portalAction(z.object(onTicket), async (form, { user, db }) => {
  await cancelTicket(db, { actor: user, ticketId: form.ticketId });
  refresh(form.reference);
  return { status: 'success', message: 'La demande est annulée.' };
});

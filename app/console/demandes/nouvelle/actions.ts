'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { localDateTimeToInstant } from '@/lib/calendar';
import { phoneCallSchema } from '@/lib/validation/tickets';
import { consoleAction } from '@/lib/server/actions/define-action';
import { createTicket } from '@/lib/server/tickets/create-ticket';

/** §16: a technician records a client's call as a Demande, then opens it. */
export const phoneCallAction = consoleAction(phoneCallSchema, async ({ organizationId, requesterId, receivedAt, ...content }, { user, db }) => {
  const phone = { organizationId, requesterId, receivedAt: receivedAt ? (localDateTimeToInstant(receivedAt, user.timeZone) ?? undefined) : undefined };
  const { ticket } = await createTicket(db, { actor: user, content, phone });
  revalidatePath('/console/demandes');
  redirect(`/console/demandes/${ticket.reference}`);
});

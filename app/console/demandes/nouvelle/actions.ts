'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { phoneCallSchema } from '@/lib/validation/support';
import { consoleAction } from '@/lib/server/actions/define-action';
import { createTicket } from '@/lib/server/tickets/create-ticket';

/** §16: a technician records a client's call as a Demande, then opens it. */
export const phoneCallAction = consoleAction(phoneCallSchema, async (input, { user, db }) => {
  const { organizationId, requesterId, errorMessage, menuPath, callbackPhone, ...content } = input;
  const { ticket } = await createTicket(db, {
    actor: user,
    content: { ...content, errorMessage: errorMessage ?? undefined, menuPath: menuPath ?? undefined, callbackPhone: callbackPhone ?? undefined },
    phone: { organizationId, requesterId },
  });
  revalidatePath('/console/demandes');
  redirect(`/console/demandes/${ticket.reference}`);
});

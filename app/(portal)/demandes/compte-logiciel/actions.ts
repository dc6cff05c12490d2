'use server';

import { redirect } from 'next/navigation';
import { softwareAccountRequestSchema } from '@/lib/validation/requests';
import { portalAction } from '@/lib/server/actions/define-action';
import { fileSoftwareAccountRequest } from '@/lib/server/requests/file-software-account-request';

export const fileSoftwareAccountRequestAction = portalAction(softwareAccountRequestSchema, async (form, { user, db, clientAddress }) => {
  const { ticket } = await fileSoftwareAccountRequest(db, { actor: user, form, clientAddress });
  redirect(`/demandes/${ticket.reference}/confirmation`);
});

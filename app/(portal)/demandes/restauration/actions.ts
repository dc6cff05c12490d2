'use server';

import { redirect } from 'next/navigation';
import { restoreRequestSchema } from '@/lib/validation/requests';
import { portalAction } from '@/lib/server/actions/define-action';
import { fileRestoreRequest } from '@/lib/server/requests/file-restore-request';

export const fileRestoreRequestAction = portalAction(restoreRequestSchema, async (form, { user, db, clientAddress }) => {
  const { ticket } = await fileRestoreRequest(db, { actor: user, form, clientAddress });
  redirect(`/demandes/${ticket.reference}/confirmation`);
});

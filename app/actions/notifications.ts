'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { accountAction } from '@/lib/server/actions/define-action';
import { markNotificationsRead } from '@/lib/server/notifications/mark-notifications-read';
import { setEmailPreference } from '@/lib/server/notifications/set-email-preference';

export const markAllReadAction = accountAction(z.object({}), async (_form, { user, db }) => {
  const count = await markNotificationsRead(db, { actor: user });
  revalidatePath('/', 'layout');
  return { status: 'success', message: count > 0 ? 'Notifications marquées comme lues.' : 'Tout était déjà lu.' };
});

export const emailPreferenceAction = accountAction(z.object({ emailEnabled: z.enum(['on', 'off']) }), async (form, { user, db }) => {
  await setEmailPreference(db, { actor: user, emailEnabled: form.emailEnabled === 'on' });
  revalidatePath('/', 'layout');
  return {
    status: 'success',
    message: form.emailEnabled === 'on' ? 'Vous recevrez aussi les notifications par courriel.' : 'Vous ne recevrez plus de courriels de notification.',
  };
});

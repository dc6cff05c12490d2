'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { homePath } from '@/lib/accounts/roles';
import { reissueSession } from '@/lib/auth/reissue-session';
import { changePasswordSchema, disableTotpSchema, profileSchema, totpCodeSchema } from '@/lib/validation/accounts';
import { accountAction } from '@/lib/server/actions/define-action';
import { changePassword } from '@/lib/server/accounts/change-password';
import { confirmTotp, disableTotp } from '@/lib/server/accounts/two-factor';
import { updateProfile } from '@/lib/server/accounts/update-profile';
import { emailPreferenceSchema, noFieldsSchema, ticketNotificationsSchema } from '@/lib/validation/notifications';
import { markNotificationsRead } from '@/lib/server/notifications/mark-notifications-read';
import { setEmailPreference } from '@/lib/server/notifications/set-email-preference';

/**
 * The signed-in user's own password. Allowed on the password change gate (§11: the initial
 * password is changed before anything else); every other session ends, this one is re-issued.
 */
export const changePasswordAction = accountAction(
  changePasswordSchema,
  async ({ currentPassword, newPassword }, { user, db, clientAddress }) => {
    const { sessionVersion } = await changePassword(db, { userId: user.id, currentPassword, newPassword, clientAddress });
    await reissueSession(sessionVersion);
    if (user.mustChangePassword) redirect(`${homePath(user.role)}`);
    return { status: 'success', message: 'Mot de passe changé. Vos autres sessions ont été fermées.' };
  },
  'password-change',
);

export const updateProfileAction = accountAction(profileSchema, async (profile, { user, db, clientAddress }) => {
  await updateProfile(db, { userId: user.id, profile, clientAddress });
  revalidatePath('/', 'layout');
  return { status: 'success', message: 'Profil enregistré.' };
});

export const confirmTotpAction = accountAction(
  totpCodeSchema,
  async ({ code }, { user, db, clientAddress }) => {
    const { recoveryCodes } = await confirmTotp(db, { userId: user.id, code, clientAddress });
    return { status: 'success', message: 'Double authentification activée.', data: { recoveryCodes } };
  },
  'totp-enrolment',
);

export const disableTotpAction = accountAction(disableTotpSchema, async ({ currentPassword }, { user, db, clientAddress }) => {
  await disableTotp(db, { userId: user.id, currentPassword, clientAddress });
  revalidatePath('/compte');
  revalidatePath('/console/compte');
  return { status: 'success', message: 'Double authentification désactivée.' };
});

export const markAllReadAction = accountAction(noFieldsSchema, async (_form, { user, db }) => {
  const count = await markNotificationsRead(db, { actor: user });
  revalidatePath('/', 'layout');
  return { status: 'success', message: count > 0 ? 'Notifications marquées comme lues.' : 'Tout était déjà lu.' };
});

/** Opening a Demande (in either area) reads the user's notifications about it; the bell follows. */
export const markTicketReadAction = accountAction(ticketNotificationsSchema, async ({ ticketId }, { user, db }) => {
  const count = await markNotificationsRead(db, { actor: user, ticketId });
  if (count > 0) revalidatePath('/', 'layout');
  return { status: 'success' };
});

export const emailPreferenceAction = accountAction(emailPreferenceSchema, async (form, { user, db }) => {
  await setEmailPreference(db, { actor: user, emailEnabled: form.emailEnabled });
  revalidatePath('/', 'layout');
  return {
    status: 'success',
    message: form.emailEnabled ? 'Vous recevrez aussi les notifications par courriel.' : 'Vous ne recevrez plus de courriels de notification.',
  };
});

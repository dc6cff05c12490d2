'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { homePath } from '@/lib/auth/roles';
import { reissueSession } from '@/lib/auth/reissue-session';
import { changePasswordSchema, disableTotpSchema, profileSchema, totpCodeSchema } from '@/lib/validation/accounts';
import { accountAction } from '@/lib/server/actions/define-action';
import { changePassword } from '@/lib/server/accounts/change-password';
import { confirmTotp, disableTotp } from '@/lib/server/accounts/two-factor';
import { updateProfile } from '@/lib/server/accounts/update-profile';
import { requestAddress } from '@/lib/server/audit/request-address';

/**
 * The signed-in user's own password. Allowed on the password change gate (§11: the initial
 * password is changed before anything else); every other session ends, this one is re-issued.
 */
export const changePasswordAction = accountAction(
  changePasswordSchema,
  async ({ currentPassword, newPassword }, { user, db }) => {
    const { sessionVersion } = await changePassword(db, { userId: user.id, currentPassword, newPassword, clientAddress: await requestAddress() });
    await reissueSession(sessionVersion);
    if (user.mustChangePassword) redirect(`${homePath(user.role)}`);
    return { status: 'success', message: 'Mot de passe changé. Vos autres sessions ont été fermées.' };
  },
  'password-change',
);

export const updateProfileAction = accountAction(profileSchema, async (profile, { user, db }) => {
  await updateProfile(db, { userId: user.id, profile, clientAddress: await requestAddress() });
  revalidatePath('/', 'layout');
  return { status: 'success', message: 'Profil enregistré.' };
});

export const confirmTotpAction = accountAction(
  totpCodeSchema,
  async ({ code }, { user, db }) => {
    const { recoveryCodes } = await confirmTotp(db, { userId: user.id, code, clientAddress: await requestAddress() });
    return { status: 'success', message: 'Double authentification activée.', data: { recoveryCodes } };
  },
  'totp-enrolment',
);

export const disableTotpAction = accountAction(disableTotpSchema, async ({ currentPassword }, { user, db }) => {
  await disableTotp(db, { userId: user.id, currentPassword, clientAddress: await requestAddress() });
  revalidatePath('/compte');
  revalidatePath('/console/compte');
  return { status: 'success', message: 'Double authentification désactivée.' };
});

'use server';

import { redirect } from 'next/navigation';
import { forgotPasswordSchema, resetPasswordSchema } from '@/lib/validation/accounts';
import { publicAction } from '@/lib/server/actions/define-action';
import { requestPasswordReset } from '@/lib/server/accounts/request-password-reset';
import { resetPasswordWithToken } from '@/lib/server/accounts/reset-password-with-token';

// The only actions without a session: asking for a reset link, and using it.

const SAME_ANSWER =
  'Si un compte actif correspond à cette adresse, un courriel vient de lui être envoyé avec un lien valable 30 minutes. Pensez à regarder dans les courriers indésirables.';

export const forgotPasswordAction = publicAction(forgotPasswordSchema, async ({ email }, { db, clientAddress }) => {
  // The same answer whether the account exists or not, and whether the request was limited.
  await requestPasswordReset(db, { email, clientAddress });
  return { status: 'success', message: SAME_ANSWER };
});

export const resetPasswordAction = publicAction(resetPasswordSchema, async ({ token, newPassword }, { db, clientAddress }) => {
  await resetPasswordWithToken(db, { token, newPassword, clientAddress });
  redirect('/connexion?motif=mot-de-passe-reinitialise');
});

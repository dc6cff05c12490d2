'use server';

import { redirect } from 'next/navigation';
import { forgotPasswordSchema, resetPasswordSchema } from '@/lib/validation/accounts';
import type { ActionState } from '@/lib/server/actions/action-state';
import { formDataToObject } from '@/lib/server/actions/define-action';
import { requestPasswordReset } from '@/lib/server/accounts/request-password-reset';
import { resetPasswordWithToken } from '@/lib/server/accounts/reset-password-with-token';
import { requestAddress } from '@/lib/server/audit/request-address';
import { getDb } from '@/lib/server/db';
import { parseInput, ServiceError } from '@/lib/server/service-error';

// The only actions without a session: asking for a reset link, and using it.

const SAME_ANSWER =
  'Si un compte actif correspond à cette adresse, un courriel vient de lui être envoyé avec un lien valable 30 minutes. Pensez à regarder dans les courriers indésirables.';

export async function forgotPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const { email } = parseInput(forgotPasswordSchema, formDataToObject(formData));
    // The same answer whether the account exists or not, and whether the request was limited.
    await requestPasswordReset(await getDb(), { email, clientAddress: await requestAddress() });
    return { status: 'success', message: SAME_ANSWER };
  } catch (error) {
    if (error instanceof ServiceError) return { status: 'error', message: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
}

export async function resetPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const { token, newPassword } = parseInput(resetPasswordSchema, formDataToObject(formData));
    await resetPasswordWithToken(await getDb(), { token, newPassword, clientAddress: await requestAddress() });
  } catch (error) {
    if (error instanceof ServiceError) return { status: 'error', message: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
  redirect('/connexion?motif=mot-de-passe-reinitialise');
}

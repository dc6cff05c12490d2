'use client';

import type { FormAction } from '@/lib/forms/action-state';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useActionForm } from '@/components/ui/use-action-form';
import { resetPasswordSchema } from '@/lib/validation/accounts';
import { NewPasswordFields } from './new-password-fields';

/** Rules are those of a client account here (the email is unknown to the page); the server applies the account's own. */
export function ResetPasswordForm({ token, action }: { token: string; action: FormAction }) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: resetPasswordSchema });
  return (
    <form {...formProps} className="flex flex-col gap-4" aria-label="Nouveau mot de passe">
      <FormStatus state={state} errors={errors} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields email="" staff={false} errors={errors} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Enregistrement…' : 'Enregistrer le mot de passe'}
      </Button>
    </form>
  );
}

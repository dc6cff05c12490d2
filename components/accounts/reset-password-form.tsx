'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { resetPasswordAction } from '@/app/(auth)/connexion/actions';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { IDLE } from '@/lib/server/actions/action-state';
import { NewPasswordFields } from './new-password-fields';

/** Rules are those of a client account here (the email is unknown to the page); the server applies the account's own. */
export function ResetPasswordForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(resetPasswordAction, IDLE);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Nouveau mot de passe">
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields email="" staff={false} errors={errors} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Enregistrement…' : 'Enregistrer le mot de passe'}
      </Button>
    </form>
  );
}

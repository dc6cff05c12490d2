'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { forgotPasswordAction } from '@/app/(auth)/connexion/actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { IDLE } from '@/lib/server/actions/action-state';

export function ForgotPasswordForm() {
  const [state, formAction, pending] = useActionState(forgotPasswordAction, IDLE);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Mot de passe oublié">
      <FormStatus state={state} />
      <Field label="Adresse e-mail" name="email" type="email" autoComplete="username" required error={errors.email} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Envoi…' : 'Recevoir un lien'}
      </Button>
    </form>
  );
}

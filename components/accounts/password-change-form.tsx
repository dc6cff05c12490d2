'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { IDLE, type FormAction } from '@/lib/forms/action-state';
import { NewPasswordFields } from './new-password-fields';

/** Changing one's own password: the current one, then the new one twice. */
interface PasswordChangeFormProps {
  email: string;
  staff: boolean;
  submitLabel?: string;
  action: FormAction;
}

export function PasswordChangeForm({ email, staff, submitLabel = 'Changer le mot de passe', action }: PasswordChangeFormProps) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const errors = state.status === 'error' ? state.fieldErrors : {};

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(() => formAction(data));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Changer le mot de passe">
      <FormStatus state={state} />
      <Field label="Mot de passe actuel" name="currentPassword" type="password" autoComplete="current-password" required error={errors.currentPassword} />
      <NewPasswordFields email={email} staff={staff} errors={errors} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Enregistrement…' : submitLabel}
      </Button>
    </form>
  );
}

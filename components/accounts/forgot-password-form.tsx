'use client';

import type { FormAction } from '@/lib/forms/action-state';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useActionForm } from '@/components/ui/use-action-form';

export function ForgotPasswordForm({ action }: { action: FormAction }) {
  const { state, pending, errors, onSubmit } = useActionForm(action);
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

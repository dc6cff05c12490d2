'use client';

import type { FormAction } from '@/lib/forms/action-state';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useActionForm } from '@/components/ui/use-action-form';
import { forgotPasswordSchema } from '@/lib/validation/accounts';

export function ForgotPasswordForm({ action }: { action: FormAction }) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: forgotPasswordSchema });
  return (
    <form {...formProps} className="flex flex-col gap-4" aria-label="Mot de passe oublié">
      <FormStatus state={state} errors={errors} />
      <Field label="Adresse e-mail" name="email" type="email" autoComplete="username" required error={errors.email} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Envoi…' : 'Recevoir un lien'}
      </Button>
    </form>
  );
}

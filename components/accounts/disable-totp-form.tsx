'use client';

import type { FormAction } from '@/lib/forms/action-state';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useActionForm } from '@/components/ui/use-action-form';

export function DisableTotpForm({ action }: { action: FormAction }) {
  const { state, pending, errors, onSubmit } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="Désactiver la double authentification">
      <FormStatus state={state} />
      <Field
        label="Mot de passe actuel"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword}
        className="max-w-md"
      />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          Désactiver la double authentification
        </Button>
      </div>
    </form>
  );
}

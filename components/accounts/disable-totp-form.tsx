'use client';

import type { FormAction } from '@/lib/forms/action-state';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useActionForm } from '@/components/ui/use-action-form';
import { disableTotpSchema } from '@/lib/validation/accounts';

export function DisableTotpForm({ action }: { action: FormAction }) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: disableTotpSchema });
  return (
    <form {...formProps} className="flex flex-col gap-3" aria-label="Désactiver la double authentification">
      <FormStatus state={state} errors={errors} />
      <Field
        label="Mot de passe actuel"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
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

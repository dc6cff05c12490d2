'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/forms/action-state';
import { changePasswordSchema } from '@/lib/validation/accounts';
import { NewPasswordFields } from './new-password-fields';

/** Changing one's own password: the current one, then the new one twice. */
interface PasswordChangeFormProps {
  email: string;
  staff: boolean;
  submitLabel?: string;
  action: FormAction;
}

export function PasswordChangeForm({ email, staff, submitLabel = 'Changer le mot de passe', action }: PasswordChangeFormProps) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: changePasswordSchema, resetOnSuccess: true });
  return (
    <form {...formProps} className="flex flex-col gap-4" aria-label="Changer le mot de passe">
      <FormStatus state={state} errors={errors} />
      <Field label="Mot de passe actuel" name="currentPassword" type="password" autoComplete="current-password" required error={errors.currentPassword} />
      <NewPasswordFields email={email} staff={staff} errors={errors} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Enregistrement…' : submitLabel}
      </Button>
    </form>
  );
}

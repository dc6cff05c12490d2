'use client';

import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import type { CreatedAccount } from '@/lib/accounts/created-account';
import type { FormAction } from '@/lib/forms/action-state';
import { OneTimeSecret } from './one-time-secret';
import { useActionForm } from '@/components/ui/use-action-form';

type Action = FormAction<CreatedAccount>;

/** One action on one account row (deactivate, reactivate, change role, reset password); its outcome is announced. */
export function AccountActionButton({
  action,
  fields,
  label,
  accessibleLabel,
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  accessibleLabel: string;
}) {
  const { state, pending, errors, formProps } = useActionForm(action);
  return (
    <form {...formProps} className="flex flex-col gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status === 'success' && state.data ? (
        <OneTimeSecret email={state.data.email} password={state.data.password} />
      ) : (
        <FormStatus state={state} errors={errors} />
      )}
      <Button type="submit" variant="secondary" disabled={pending} aria-label={accessibleLabel}>
        {label}
      </Button>
    </form>
  );
}

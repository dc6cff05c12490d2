'use client';

import { Button } from '@/components/ui/button';
import { ChoiceGroupField } from '@/components/ui/choice-group-field';
import { FormStatus } from '@/components/ui/form-status';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/forms/action-state';
import { staffTotpSchema } from '@/lib/validation/support';

/** Managers can require two-factor sign-in of all staff. */
export function StaffTotpForm({ required, action }: { required: boolean; action: FormAction }) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: staffTotpSchema });
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <FormStatus state={state} errors={errors} />
      <ChoiceGroupField
        type="radio"
        legend="Double authentification des comptes du support"
        name="required"
        choices={[
          { value: 'on', label: 'Exigée pour tout le support' },
          { value: 'off', label: 'Facultative' },
        ]}
        defaultValue={required ? 'on' : 'off'}
        error={errors.required}
      />
      <div>
        <Button type="submit" disabled={pending}>
          Enregistrer
        </Button>
      </div>
    </form>
  );
}

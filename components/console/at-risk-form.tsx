'use client';

import type { FormAction } from '@/lib/forms/action-state';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useActionForm } from '@/components/ui/use-action-form';
import { atRiskThresholdSchema } from '@/lib/validation/support';

/** DOMAIN "Support clocks": the share of a budget after which a clock is "à risque". */
export function AtRiskForm({ percent, action }: { percent: number; action: FormAction }) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: atRiskThresholdSchema });

  return (
    <form {...formProps} className="flex flex-col gap-3" aria-label="Seuil « à risque »">
      <FormStatus state={state} errors={errors} />
      <div className="flex flex-wrap items-end gap-3">
        <Field
          label="Seuil « à risque » (%)"
          name="atRiskPercent"
          type="number"
          min={50}
          max={95}
          step={1}
          inputMode="numeric"
          defaultValue={percent}
          required
          hint="Entre 50 et 95 %. Un délai devient « à risque » quand cette part de son budget est écoulée ; les délais en cours gardent leur seuil."
          error={errors.atRiskPercent}
          className="max-w-md"
        />
        <Button type="submit" disabled={pending}>
          {pending ? 'Enregistrement…' : 'Enregistrer le seuil'}
        </Button>
      </div>
    </form>
  );
}

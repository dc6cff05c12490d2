'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useActionForm } from '@/components/ui/use-action-form';
import { planRequestSchema } from '@/lib/validation/requests';
import type { FormAction } from '@/lib/forms/action-state';

export interface PlanRequestFormProps {
  action: FormAction;
  hidden: { ticketId: string; reference: string };
  /** Now on the technician's clocks (a `datetime-local` value): a date before it is refused. */
  min: string;
  /** "Heure de Paris", and the client's zone when it differs, for the hint. */
  zoneHint: string;
  submitLabel: string;
}

/** §7, §11: the support gives a typed request its date (again, if it moves); the requester and the administrators are told. */
export function PlanRequestForm({ action, hidden, min, zoneHint, submitLabel }: PlanRequestFormProps) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: planRequestSchema });
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <input type="hidden" name="ticketId" value={hidden.ticketId} />
      <input type="hidden" name="reference" value={hidden.reference} />
      <FormStatus state={state} errors={errors} />
      <Field
        label="Date et heure prévues"
        name="plannedFor"
        type="datetime-local"
        required
        min={min}
        hint={`${zoneHint} Le demandeur et les administrateurs de la collectivité sont prévenus.`}
        error={errors.plannedFor ?? errors._}
        className="max-w-xs"
      />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Envoi…' : submitLabel}
        </Button>
      </div>
    </form>
  );
}

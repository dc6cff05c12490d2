'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useActionForm } from '@/components/ui/use-action-form';
import { closeIncidentSchema } from '@/lib/validation/availability';
import type { FormAction } from '@/lib/forms/action-state';

/** Ends an incident under way; the users it affects are told (§5, §6). */
export function CloseIncidentForm({ action, incidentId, zoneLabel }: { action: FormAction; incidentId: string; zoneLabel: string }) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: closeIncidentSchema });
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <FormStatus state={state} errors={errors} />
      <input type="hidden" name="incidentId" value={incidentId} />
      <Field
        label="Fin (facultatif)"
        name="endedAt"
        type="datetime-local"
        hint={`À l’${zoneLabel}. Laissée vide : maintenant. Ni dans le futur, ni avant le début.`}
        error={errors.endedAt}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Enregistrement…' : 'Terminer l’incident'}
        </Button>
      </div>
    </form>
  );
}

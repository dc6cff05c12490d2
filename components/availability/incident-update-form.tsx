'use client';

import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextAreaField } from '@/components/ui/text-area-field';
import { useActionForm } from '@/components/ui/use-action-form';
import { incidentUpdateSchema } from '@/lib/validation/availability';
import type { FormAction } from '@/lib/forms/action-state';

/** Publishes a message on the incident's public timeline. */
export function IncidentUpdateForm({ action, incidentId }: { action: FormAction; incidentId: string }) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: incidentUpdateSchema, resetOnSuccess: true });
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <FormStatus state={state} errors={errors} />
      <input type="hidden" name="incidentId" value={incidentId} />
      <TextAreaField
        label="Point d’étape"
        name="body"
        rows={3}
        hint="Public, comme la description : ce qui est connu, ce qui est fait, quand le prochain point viendra."
        error={errors.body}
        required
      />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? 'Publication…' : 'Publier le point d’étape'}
        </Button>
      </div>
    </form>
  );
}

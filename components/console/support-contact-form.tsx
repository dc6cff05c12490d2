'use client';

import type { FormAction } from '@/lib/forms/action-state';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useActionForm } from '@/components/ui/use-action-form';
import { supportContactSchema } from '@/lib/validation/support';

/** §16: the number clients call, shown on the portal; and when a client who has not answered is reminded. */
export function SupportContactForm({
  phone,
  waitingReminderBusinessDays,
  action,
}: {
  phone: string | null;
  waitingReminderBusinessDays: number;
  action: FormAction;
}) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: supportContactSchema });

  return (
    <form {...formProps} className="flex flex-col gap-4" aria-label="Téléphone et relances">
      <FormStatus state={state} errors={errors} />
      <Field
        label="Téléphone du support"
        name="phone"
        type="tel"
        autoComplete="off"
        defaultValue={phone ?? ''}
        hint="Affiché sur le portail avec les horaires d’ouverture. Laissez vide pour ne pas l’afficher."
        error={errors.phone}
        className="max-w-md"
      />
      <Field
        label="Relance du client après (jours ouvrés)"
        name="waitingReminderBusinessDays"
        type="number"
        min={1}
        max={20}
        step={1}
        inputMode="numeric"
        defaultValue={waitingReminderBusinessDays}
        required
        hint="Un client qui n’a pas répondu à la question du support après ce nombre de jours ouvrés reçoit une relance, une seule fois (3 par défaut)."
        error={errors.waitingReminderBusinessDays}
        className="max-w-md"
      />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Enregistrement…' : 'Enregistrer'}
        </Button>
      </div>
    </form>
  );
}

'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useActionForm } from '@/components/ui/use-action-form';
import { ChoiceGroupField } from '@/components/ui/choice-group-field';
import { softwareAccountRequestSchema } from '@/lib/validation/requests';
import type { FormAction } from '@/lib/forms/action-state';
import { SOFTWARE_ACCOUNT_ACTION_LABELS, SOFTWARE_ACCOUNT_ACTIONS } from '@/lib/tickets';

/** §11 "Compte logiciel": create or delete an account of the software, for a person, on modules of the contract. */
export function SoftwareAccountRequestForm({ action, modules }: { action: FormAction; modules: string[] }) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: softwareAccountRequestSchema });
  return (
    <form {...formProps} className="flex flex-col gap-5" aria-label="Demander un compte logiciel">
      <FormStatus state={state} errors={errors} />
      <ChoiceGroupField
        type="radio"
        legend="Opération"
        legendClassName="font-semibold"
        name="action"
        choices={SOFTWARE_ACCOUNT_ACTIONS.map((value) => ({ value, label: `${SOFTWARE_ACCOUNT_ACTION_LABELS[value]} d’un compte` }))}
        defaultValue={SOFTWARE_ACCOUNT_ACTIONS[0]}
        error={errors.action}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Nom et prénom de la personne" name="personName" required autoComplete="off" error={errors.personName} />
        <Field label="Son adresse e-mail" name="personEmail" required type="email" autoComplete="off" error={errors.personEmail} />
        <Field
          label="Son rôle dans le logiciel"
          required
          name="personRole"
          autoComplete="off"
          hint="Par exemple : officier d’état civil, agent des élections."
          error={errors.personRole}
          className="sm:col-span-2"
        />
      </div>
      <ChoiceGroupField
        type="checkbox"
        legend="Modules concernés"
        legendClassName="font-semibold"
        name="modules"
        choices={modules.map((module) => ({ value: module, label: module }))}
        required
        error={errors.modules}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Envoi…' : 'Envoyer la demande'}
        </Button>
      </div>
    </form>
  );
}

'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/forms/action-state';
import { SOFTWARE_ACCOUNT_ACTION_LABELS, SOFTWARE_ACCOUNT_ACTIONS } from '@/lib/tickets';

/** §11 "Compte logiciel": create or delete an account of the software, for a person, on modules of the contract. */
export function SoftwareAccountRequestForm({ action, modules }: { action: FormAction; modules: string[] }) {
  const { state, pending, errors, onSubmit } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-label="Demander un compte logiciel">
      <FormStatus state={state} />
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-semibold">Opération (obligatoire)</legend>
        {errors.action && <p className="text-sm font-medium text-red-700">{errors.action}</p>}
        {SOFTWARE_ACCOUNT_ACTIONS.map((value, index) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name="action" value={value} defaultChecked={index === 0} className="h-4 w-4 accent-brand-800" />
            {SOFTWARE_ACCOUNT_ACTION_LABELS[value]} d’un compte
          </label>
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Nom et prénom de la personne (obligatoire)" name="personName" autoComplete="off" error={errors.personName} />
        <Field label="Son adresse e-mail (obligatoire)" name="personEmail" type="email" autoComplete="off" error={errors.personEmail} />
        <Field
          label="Son rôle dans le logiciel (obligatoire)"
          name="personRole"
          autoComplete="off"
          hint="Par exemple : officier d’état civil, agent des élections."
          error={errors.personRole}
          className="sm:col-span-2"
        />
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-semibold">Modules concernés (obligatoire)</legend>
        {errors.modules && <p className="text-sm font-medium text-red-700">{errors.modules}</p>}
        {modules.map((module) => (
          <label key={module} className="flex items-center gap-2">
            <input type="checkbox" name="modules" value={module} className="h-4 w-4 accent-brand-800" />
            {module}
          </label>
        ))}
      </fieldset>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Envoi…' : 'Envoyer la demande'}
        </Button>
      </div>
    </form>
  );
}

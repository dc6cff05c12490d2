'use client';

import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { ContractFields, OrganizationFields } from './organization-fields';
import { OneTimeSecret } from './one-time-secret';
import { useActionForm } from '@/components/ui/use-action-form';
import { createOrganizationSchema } from '@/lib/validation/accounts';
import type { CreatedAccount } from '@/lib/accounts/created-account';
import { PRODUCT_MODULES } from '@/lib/accounts/product-modules';
import type { FormAction } from '@/lib/forms/action-state';

/** §11: an organization, its contract and its first administrator, in one form. */
export type CreatedOrganization = CreatedAccount & { organizationId: string };

export function OrganizationCreateForm({ today, action }: { today: string; action: FormAction<CreatedOrganization> }) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: createOrganizationSchema });
  if (state.status === 'success' && state.data) {
    return (
      <div className="flex flex-col gap-4">
        <OneTimeSecret email={state.data.email} password={state.data.password} />
        <p>
          <Link href={`/console/organisations/${state.data.organizationId}`} className="font-semibold text-brand-800 underline">
            Voir la collectivité
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form {...formProps} className="flex flex-col gap-6" aria-label="Nouvelle collectivité">
      <FormStatus state={state} errors={errors} />
      <fieldset className="flex min-w-0 flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6">
        <legend className="px-1 text-lg font-semibold">Collectivité</legend>
        <OrganizationFields errors={errors} />
      </fieldset>
      <fieldset className="flex min-w-0 flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6">
        <legend className="px-1 text-lg font-semibold">Contrat</legend>
        <ContractFields values={{ modules: [...PRODUCT_MODULES], namedUserLimit: 10, supportStartDate: today }} errors={errors} />
      </fieldset>
      <fieldset className="flex min-w-0 flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6">
        <legend className="px-1 text-lg font-semibold">Premier administrateur</legend>
        <Field label="Nom et prénom de l’administrateur" name="adminName" autoComplete="off" required error={errors.adminName} />
        <Field label="Adresse e-mail de l’administrateur" name="adminEmail" type="email" autoComplete="off" required error={errors.adminEmail} />
        <Field label="Téléphone de l’administrateur (facultatif)" name="adminPhone" type="tel" autoComplete="off" error={errors.adminPhone} />
      </fieldset>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Création…' : 'Créer la collectivité'}
        </Button>
      </div>
    </form>
  );
}

'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { SelectField } from '@/components/ui/select-field';
import type { CreatedAccount } from '@/lib/accounts/created-account';
import type { FormAction } from '@/lib/forms/action-state';
import { OneTimeSecret } from './one-time-secret';
import { useActionForm } from '@/components/ui/use-action-form';
import { newAccountSchema } from '@/lib/validation/accounts';

type Action = FormAction<CreatedAccount>;

/** Creating a portal account; its generated password is shown once on success. */
export function AccountCreateForm({ action, organizationId }: { action: Action; organizationId?: string }) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: newAccountSchema, resetOnSuccess: true });
  return (
    <form {...formProps} className="flex flex-col gap-4" aria-label="Créer un compte">
      {state.status === 'success' && state.data ? (
        <OneTimeSecret email={state.data.email} password={state.data.password} />
      ) : (
        <FormStatus state={state} errors={errors} />
      )}
      {organizationId && <input type="hidden" name="organizationId" value={organizationId} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Nom et prénom" name="name" autoComplete="off" required error={errors.name} />
        <Field label="Adresse e-mail" name="email" type="email" autoComplete="off" required error={errors.email} />
        <Field label="Téléphone (facultatif)" name="phone" type="tel" autoComplete="off" error={errors.phone} />
        <SelectField
          label="Rôle"
          name="role"
          defaultValue="client_user"
          options={[
            { value: 'client_user', label: 'Utilisateur' },
            { value: 'client_admin', label: 'Administrateur' },
          ]}
          hint="Un administrateur gère aussi les comptes de la collectivité."
          required
          error={errors.role}
        />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Création…' : 'Créer le compte'}
        </Button>
      </div>
    </form>
  );
}

'use client';

import type { FormAction } from '@/lib/forms/action-state';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useActionForm } from '@/components/ui/use-action-form';
import { profileSchema } from '@/lib/validation/accounts';

export function ProfileForm({ name, phone, email, action }: { name: string; phone: string | null; email: string; action: FormAction }) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: profileSchema });
  return (
    <form {...formProps} className="flex flex-col gap-4" aria-label="Profil">
      <FormStatus state={state} errors={errors} />
      <p className="text-sm text-slate-700">
        Adresse e-mail (identifiant) : <span className="font-semibold text-slate-900">{email}</span>
      </p>
      <Field label="Nom et prénom" name="name" autoComplete="name" required defaultValue={name} error={errors.name} />
      <Field label="Téléphone (facultatif)" name="phone" type="tel" autoComplete="tel" defaultValue={phone ?? ''} error={errors.phone} />
      <div>
        <Button type="submit" disabled={pending}>
          Enregistrer le profil
        </Button>
      </div>
    </form>
  );
}

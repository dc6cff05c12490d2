import type { Metadata } from 'next';
import { createOrganizationAction } from '../actions';
import { DateTime } from 'luxon';
import { OrganizationCreateForm } from '@/components/accounts/organization-create-form';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Nouvelle collectivité' };

export default async function NewOrganizationPage() {
  const user = await requireRole('support_manager');
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Nouvelle collectivité</h1>
        <p className="text-slate-700">
          La collectivité, son contrat et son premier administrateur, qui reçoit un mot de passe provisoire à changer à sa première connexion.
        </p>
      </div>
      <OrganizationCreateForm action={createOrganizationAction} today={DateTime.now().setZone(user.timeZone).toISODate() ?? ''} />
    </div>
  );
}

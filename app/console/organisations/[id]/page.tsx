import type { Metadata } from 'next';
import { resumeSupportAction, suspendSupportAction, updateContractAction, updateOrganizationAction } from '../actions';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AccountCreateForm } from '@/components/accounts/account-create-form';
import { AccountsTable } from '@/components/accounts/accounts-table';
import { ContractEditForm, OrganizationEditForm, SupportSuspensionForm } from '@/components/accounts/organization-edit-forms';
import { Alert } from '@/components/ui/alert';
import { requireRole } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/french-date';
import { getDb } from '@/lib/server/db';
import { getOrganizationAdminView } from '@/lib/server/organizations/get-organization-admin-view';
import { createOrganizationAccountAction, resetAccountPasswordAction, setOrganizationAccountActiveAction } from '../actions';

export const metadata: Metadata = { title: 'Collectivité' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function OrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole('support_manager');
  const { id } = await params;
  const view = UUID.test(id) ? await getOrganizationAdminView(await getDb(), id) : null;
  if (!view) notFound();
  const { organization, contract, accounts } = view;
  const active = accounts.filter((account) => account.active).length;
  return (
    <div className="flex flex-col gap-8">
      <div>
        <p className="text-sm">
          <Link href="/console/organisations" className="text-brand-800 underline">
            Collectivités
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{organization.name}</h1>
        <p className="text-slate-700">
          {active} utilisateur{active > 1 ? 's' : ''} actif{active > 1 ? 's' : ''} sur {contract.namedUserLimit} prévu{contract.namedUserLimit > 1 ? 's' : ''}{' '}
          au contrat.
        </p>
      </div>

      <section aria-labelledby="support" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="support" className="mb-4 text-lg font-semibold">
          Support
        </h2>
        {organization.supportSuspendedAt && (
          <div className="mb-4">
            <Alert tone="info">
              Support suspendu depuis le {formatDateTime(organization.supportSuspendedAt, user.timeZone)} : {organization.supportSuspensionReason}
            </Alert>
          </div>
        )}
        <SupportSuspensionForm
          suspendAction={suspendSupportAction}
          resumeAction={resumeSupportAction}
          organizationId={organization.id}
          suspended={!!organization.supportSuspendedAt}
        />
      </section>

      <section aria-labelledby="comptes" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="comptes" className="mb-4 text-lg font-semibold">
          Comptes
        </h2>
        <AccountsTable
          accounts={accounts}
          timeZone={organization.timeZone}
          caption={`Comptes de ${organization.name}`}
          actions={{ setActive: setOrganizationAccountActiveAction, resetPassword: resetAccountPasswordAction }}
        />
        <h3 className="mb-2 mt-6 font-semibold">Nouveau compte</h3>
        <AccountCreateForm action={createOrganizationAccountAction} organizationId={organization.id} />
      </section>

      <section aria-labelledby="collectivite" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="collectivite" className="mb-4 text-lg font-semibold">
          Collectivité
        </h2>
        <OrganizationEditForm action={updateOrganizationAction} organizationId={organization.id} values={organization} />
      </section>

      <section aria-labelledby="contrat" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="contrat" className="mb-4 text-lg font-semibold">
          Contrat
        </h2>
        <ContractEditForm action={updateContractAction} organizationId={organization.id} values={contract} />
      </section>
    </div>
  );
}

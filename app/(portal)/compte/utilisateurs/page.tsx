import type { Metadata } from 'next';
import { AccountCreateForm } from '@/components/accounts/account-create-form';
import { AccountsTable } from '@/components/accounts/accounts-table';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/server/db';
import { listAccounts } from '@/lib/server/accounts/list-accounts';
import { getOrganizationOverview } from '@/lib/server/organizations/get-organization-overview';
import { changeUserRoleAction, createUserAction, setUserActiveAction } from './actions';

export const metadata: Metadata = { title: 'Utilisateurs' };

/** §11: the client administrator creates, deactivates and reactivates the accounts of their organization. */
export default async function UsersPage() {
  const user = await requireRole('client_admin');
  const organizationId = user.organizationId!;
  const db = await getDb();
  const [overview, accounts] = await Promise.all([getOrganizationOverview(db, { organizationId }), listAccounts(db, organizationId)]);
  const limit = overview?.namedUserLimit ?? 0;
  const active = overview?.activeUsers ?? 0;
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold">Utilisateurs</h1>
        <p className="text-slate-700">
          {active} utilisateur{active > 1 ? 's' : ''} actif{active > 1 ? 's' : ''} sur {limit} prévu{limit > 1 ? 's' : ''} au contrat.
        </p>
      </div>
      <section aria-labelledby="nouveau-compte" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="nouveau-compte" className="mb-4 text-lg font-semibold">
          Nouveau compte
        </h2>
        <AccountCreateForm action={createUserAction} />
      </section>
      <section aria-labelledby="comptes" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="comptes" className="mb-4 text-lg font-semibold">
          Comptes de la collectivité
        </h2>
        <AccountsTable
          accounts={accounts}
          timeZone={user.timeZone}
          caption="Comptes de la collectivité"
          actions={{ setActive: setUserActiveAction, changeRole: changeUserRoleAction }}
        />
      </section>
    </div>
  );
}

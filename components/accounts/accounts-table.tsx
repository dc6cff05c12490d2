import { ROLE_LABELS } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/format/french-date';
import type { ActionState } from '@/lib/server/actions/action-state';
import type { AccountRow } from '@/lib/server/accounts/list-accounts';
import type { CreatedAccount } from './account-create-form';
import { AccountActionButton } from './account-action-button';

type Action = (state: ActionState<CreatedAccount>, formData: FormData) => Promise<ActionState<CreatedAccount>>;

interface AccountsTableProps {
  accounts: AccountRow[];
  timeZone: string;
  caption: string;
  actions: { setActive: Action; changeRole?: Action; resetPassword?: Action };
}

/** The accounts of an organization with what can be done to each (the server checks each action again). */
export function AccountsTable({ accounts, timeZone, caption, actions }: AccountsTableProps) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-4">
              Nom
            </th>
            <th scope="col" className="py-2 pr-4">
              Adresse e-mail
            </th>
            <th scope="col" className="py-2 pr-4">
              Rôle
            </th>
            <th scope="col" className="py-2 pr-4">
              État
            </th>
            <th scope="col" className="py-2 pr-4">
              Dernière connexion
            </th>
            <th scope="col" className="py-2">
              Actions
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4 font-medium">
                {account.name}
                {account.phone && <span className="block font-normal text-slate-700">{account.phone}</span>}
              </th>
              <td className="break-all py-2 pr-4">{account.email}</td>
              <td className="py-2 pr-4">{account.role === 'client_admin' ? 'Administrateur' : ROLE_LABELS[account.role]}</td>
              <td className="py-2 pr-4">
                {account.active ? 'Actif' : 'Désactivé'}
                {account.active && account.mustChangePassword && <span className="block text-slate-700">Mot de passe provisoire</span>}
              </td>
              <td className="py-2 pr-4">{account.lastSignInAt ? formatDateTime(account.lastSignInAt, timeZone) : 'Jamais'}</td>
              <td className="flex flex-col gap-2 py-2">
                <AccountActionButton
                  action={actions.setActive}
                  fields={{ userId: account.id, active: account.active ? 'false' : 'true' }}
                  label={account.active ? 'Désactiver' : 'Réactiver'}
                  accessibleLabel={`${account.active ? 'Désactiver' : 'Réactiver'} ${account.name}`}
                />
                {actions.changeRole && account.active && (
                  <AccountActionButton
                    action={actions.changeRole}
                    fields={{ userId: account.id, role: account.role === 'client_admin' ? 'client_user' : 'client_admin' }}
                    label={account.role === 'client_admin' ? 'Rendre utilisateur' : 'Rendre administrateur'}
                    accessibleLabel={`${account.role === 'client_admin' ? 'Rendre utilisateur' : 'Rendre administrateur'} ${account.name}`}
                  />
                )}
                {actions.resetPassword && account.active && (
                  <AccountActionButton
                    action={actions.resetPassword}
                    fields={{ userId: account.id }}
                    label="Réinitialiser le mot de passe"
                    accessibleLabel={`Réinitialiser le mot de passe de ${account.name}`}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

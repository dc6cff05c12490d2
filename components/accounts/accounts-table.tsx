import { Cell, Row, RowHeader, Table } from '@/components/ui/table';
import { ROLE_LABELS } from '@/lib/accounts/roles';
import { formatDateTime } from '@/lib/format/french-date';
import type { CreatedAccount } from '@/lib/accounts/created-account';
import type { FormAction } from '@/lib/forms/action-state';
import type { AccountRow } from '@/lib/server/accounts/list-accounts';
import { AccountActionButton } from './account-action-button';

type Action = FormAction<CreatedAccount>;

interface AccountsTableProps {
  accounts: AccountRow[];
  timeZone: string;
  caption: string;
  actions: { setActive: Action; changeRole?: Action; resetPassword?: Action };
}

/** The accounts of an organization with what can be done to each (the server checks each action again). */
export function AccountsTable({ accounts, timeZone, caption, actions }: AccountsTableProps) {
  return (
    <Table caption={caption} captionStyle="hidden" columns={['Nom', 'Adresse e-mail', 'Rôle', 'État', 'Dernière connexion', 'Actions']}>
      {accounts.map((account) => (
        <Row key={account.id}>
          <RowHeader>
            {account.name}
            {account.phone && <span className="block font-normal text-slate-700">{account.phone}</span>}
          </RowHeader>
          <Cell className="break-all">{account.email}</Cell>
          <Cell>{account.role === 'client_admin' ? 'Administrateur' : ROLE_LABELS[account.role]}</Cell>
          <Cell>
            {account.active ? 'Actif' : 'Désactivé'}
            {account.active && account.mustChangePassword && <span className="block text-slate-700">Mot de passe provisoire</span>}
          </Cell>
          <Cell>{account.lastSignInAt ? formatDateTime(account.lastSignInAt, timeZone) : 'Jamais'}</Cell>
          <Cell className="flex flex-col gap-2">
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
          </Cell>
        </Row>
      ))}
    </Table>
  );
}

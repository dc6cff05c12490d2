'use server';

import { revalidatePath } from 'next/cache';
import { changeRoleSchema, newAccountSchema, accountActiveSchema } from '@/lib/validation/accounts';
import type { CreatedAccount } from '@/lib/accounts/created-account';
import type { ActionState } from '@/lib/forms/action-state';
import { portalAction } from '@/lib/server/actions/define-action';
import { changeAccountRole } from '@/lib/server/accounts/change-account-role';
import { createAccount } from '@/lib/server/accounts/create-account';
import { setAccountActive } from '@/lib/server/accounts/set-account-active';

// The operations check the role (client administrator) and the organization themselves.

export const createUserAction = portalAction(newAccountSchema, async (account, { user, db, clientAddress }): Promise<ActionState<CreatedAccount>> => {
  const { user: created, initialPassword } = await createAccount(db, {
    actor: user,
    organizationId: user.organizationId,
    account,
    clientAddress,
  });
  revalidatePath('/compte/utilisateurs');
  return { status: 'success', data: { email: created.email, password: initialPassword } };
});

export const setUserActiveAction = portalAction(
  accountActiveSchema,
  async ({ userId, active }, { user, db, clientAddress }): Promise<ActionState<CreatedAccount>> => {
    await setAccountActive(db, { actor: user, userId, active, clientAddress });
    revalidatePath('/compte/utilisateurs');
    return { status: 'success', message: active ? 'Compte réactivé.' : 'Compte désactivé : ses sessions sont refusées dès leur prochaine requête.' };
  },
);

export const changeUserRoleAction = portalAction(
  changeRoleSchema,
  async ({ userId, role }, { user, db, clientAddress }): Promise<ActionState<CreatedAccount>> => {
    await changeAccountRole(db, { actor: user, userId, role, clientAddress });
    revalidatePath('/compte/utilisateurs');
    return { status: 'success', message: 'Rôle modifié.' };
  },
);

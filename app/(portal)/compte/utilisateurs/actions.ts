'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { changeRoleSchema, newAccountSchema, userIdSchema } from '@/lib/validation/accounts';
import type { ActionState } from '@/lib/server/actions/action-state';
import type { CreatedAccount } from '@/components/accounts/account-create-form';
import { portalAction } from '@/lib/server/actions/define-action';
import { changeAccountRole } from '@/lib/server/accounts/change-account-role';
import { createAccount } from '@/lib/server/accounts/create-account';
import { setAccountActive } from '@/lib/server/accounts/set-account-active';
import { requestAddress } from '@/lib/server/audit/request-address';

// The operations check the role (client administrator) and the organization themselves.

export const createUserAction = portalAction(newAccountSchema, async (account, { user, db }): Promise<ActionState<CreatedAccount>> => {
  const { user: created, initialPassword } = await createAccount(db, {
    actor: user,
    organizationId: user.organizationId,
    account,
    clientAddress: await requestAddress(),
  });
  revalidatePath('/compte/utilisateurs');
  return { status: 'success', data: { email: created.email, password: initialPassword } };
});

export const setUserActiveAction = portalAction(
  userIdSchema.extend({ active: z.enum(['true', 'false']) }),
  async ({ userId, active }, { user, db }): Promise<ActionState<CreatedAccount>> => {
    await setAccountActive(db, { actor: user, userId, active: active === 'true', clientAddress: await requestAddress() });
    revalidatePath('/compte/utilisateurs');
    return { status: 'success', message: active === 'true' ? 'Compte réactivé.' : 'Compte désactivé : ses sessions sont refusées dès leur prochaine requête.' };
  },
);

export const changeUserRoleAction = portalAction(changeRoleSchema, async ({ userId, role }, { user, db }): Promise<ActionState<CreatedAccount>> => {
  await changeAccountRole(db, { actor: user, userId, role, clientAddress: await requestAddress() });
  revalidatePath('/compte/utilisateurs');
  return { status: 'success', message: 'Rôle modifié.' };
});

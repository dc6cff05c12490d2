'use server';

import { revalidatePath } from 'next/cache';
import {
  createOrganizationSchema,
  newAccountSchema,
  organizationIdSchema,
  suspendSupportSchema,
  updateContractSchema,
  updateOrganizationSchema,
  userIdSchema,
  accountActiveSchema,
} from '@/lib/validation/accounts';
import type { CreatedAccount } from '@/lib/accounts/created-account';
import type { ActionState } from '@/lib/forms/action-state';
import { consoleAction } from '@/lib/server/actions/define-action';
import { createAccount } from '@/lib/server/accounts/create-account';
import { resetPasswordBySupport } from '@/lib/server/accounts/reset-password-by-support';
import { setAccountActive } from '@/lib/server/accounts/set-account-active';
import { createOrganization } from '@/lib/server/organizations/create-organization';
import { setSupportSuspension } from '@/lib/server/organizations/set-support-suspension';
import { updateContract, updateOrganization } from '@/lib/server/organizations/update-organization';

const MANAGERS = ['support_manager'] as const;
type Created = ActionState<CreatedAccount & { organizationId: string }>;

export const createOrganizationAction = consoleAction(
  createOrganizationSchema,
  async (form, { user, db, clientAddress }): Promise<Created> => {
    const { organization, adminEmail, initialPassword } = await createOrganization(db, { actor: user, form, clientAddress });
    revalidatePath('/console/organisations');
    return { status: 'success', data: { email: adminEmail, password: initialPassword, organizationId: organization.id } };
  },
  MANAGERS,
);

export const updateOrganizationAction = consoleAction(
  updateOrganizationSchema,
  async ({ organizationId, ...form }, { user, db, clientAddress }) => {
    await updateOrganization(db, { actor: user, organizationId, form, clientAddress });
    revalidatePath(`/console/organisations/${organizationId}`);
    return { status: 'success', message: 'Collectivité enregistrée.' };
  },
  MANAGERS,
);

export const updateContractAction = consoleAction(
  updateContractSchema,
  async ({ organizationId, ...form }, { user, db, clientAddress }) => {
    await updateContract(db, { actor: user, organizationId, form, clientAddress });
    revalidatePath(`/console/organisations/${organizationId}`);
    return { status: 'success', message: 'Contrat enregistré.' };
  },
  MANAGERS,
);

export const suspendSupportAction = consoleAction(
  suspendSupportSchema,
  async ({ organizationId, reason }, { user, db, clientAddress }) => {
    await setSupportSuspension(db, { actor: user, organizationId, reason, clientAddress });
    revalidatePath(`/console/organisations/${organizationId}`);
    return { status: 'success', message: 'Support suspendu : la collectivité ne peut plus déposer de nouvelle demande.' };
  },
  MANAGERS,
);

export const resumeSupportAction = consoleAction(
  organizationIdSchema,
  async ({ organizationId }, { user, db, clientAddress }) => {
    await setSupportSuspension(db, { actor: user, organizationId, reason: null, clientAddress });
    revalidatePath(`/console/organisations/${organizationId}`);
    return { status: 'success', message: 'Support rétabli.' };
  },
  MANAGERS,
);

export const createOrganizationAccountAction = consoleAction(
  newAccountSchema.extend(organizationIdSchema.shape),
  async ({ organizationId, ...account }, { user, db, clientAddress }): Promise<ActionState<CreatedAccount>> => {
    const { user: created, initialPassword } = await createAccount(db, { actor: user, organizationId, account, clientAddress });
    revalidatePath(`/console/organisations/${organizationId}`);
    return { status: 'success', data: { email: created.email, password: initialPassword } };
  },
  MANAGERS,
);

export const setOrganizationAccountActiveAction = consoleAction(
  accountActiveSchema,
  async ({ userId, active }, { user, db, clientAddress }): Promise<ActionState<CreatedAccount>> => {
    await setAccountActive(db, { actor: user, userId, active, clientAddress });
    revalidatePath('/console/organisations', 'layout');
    return { status: 'success', message: active ? 'Compte réactivé.' : 'Compte désactivé.' };
  },
  MANAGERS,
);

export const resetAccountPasswordAction = consoleAction(
  userIdSchema,
  async ({ userId }, { user, db, clientAddress }): Promise<ActionState<CreatedAccount>> => {
    const { email, initialPassword } = await resetPasswordBySupport(db, { actor: user, userId, clientAddress });
    revalidatePath('/console/organisations', 'layout');
    return { status: 'success', data: { email, password: initialPassword } };
  },
  MANAGERS,
);

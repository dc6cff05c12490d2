import 'server-only';
import { eq } from 'drizzle-orm';
import { contracts, organizations } from '@/db/schema';
import type { Database } from '@/db/client';
import type { ContractForm, OrganizationForm } from '@/lib/validation/accounts';
import type { Actor } from '@/lib/server/actor';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { ServiceError } from '@/lib/server/service-error';
import { requireManager } from '@/lib/server/support/require-manager';

type ManagerInput<F> = { actor: Actor & { email: string }; organizationId: string; form: F; clientAddress?: string; now?: Date };

/** A manager corrects an organization's name, SIREN, time zone and closed days; before and after go to the audit log. */
export async function updateOrganization(db: Database, input: ManagerInput<OrganizationForm>): Promise<void> {
  const now = input.now ?? new Date();
  requireManager(input.actor);
  const { form } = input;
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(organizations).where(eq(organizations.id, input.organizationId)).for('update');
    if (!before) throw new ServiceError('not_found', 'Collectivité introuvable.');
    const after = { name: form.name, siren: form.siren ?? null, timeZone: form.timeZone, closedDays: form.closedDays };
    await tx.update(organizations).set(after).where(eq(organizations.id, before.id));
    await recordAudit(tx, {
      at: now,
      actor: { id: input.actor.id, email: input.actor.email },
      action: 'organization.updated',
      target: { type: 'organization', id: before.id },
      organizationId: before.id,
      clientAddress: input.clientAddress,
      details: { before: { name: before.name, siren: before.siren, timeZone: before.timeZone, closedDays: before.closedDays }, after },
    });
  });
}

/**
 * A manager changes the contract (§3). A limit below the active accounts is allowed (the contract
 * says so): no account is deactivated, but none can be created or reactivated until under it.
 */
export async function updateContract(db: Database, input: ManagerInput<ContractForm>): Promise<void> {
  const now = input.now ?? new Date();
  requireManager(input.actor);
  const { form } = input;
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(contracts).where(eq(contracts.organizationId, input.organizationId)).for('update');
    if (!before) throw new ServiceError('not_found', 'Collectivité introuvable.');
    await tx.update(contracts).set(form).where(eq(contracts.id, before.id));
    await recordAudit(tx, {
      at: now,
      actor: { id: input.actor.id, email: input.actor.email },
      action: 'contract.updated',
      target: { type: 'contract', id: before.id },
      organizationId: input.organizationId,
      clientAddress: input.clientAddress,
      details: {
        before: { modules: before.modules, namedUserLimit: before.namedUserLimit, supportStartDate: before.supportStartDate },
        after: form,
      },
    });
  });
}

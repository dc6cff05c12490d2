import 'server-only';
import { contracts, organizations, type Organization } from '@/db/schema';
import type { Database } from '@/db/client';
import { hashPassword } from '@/lib/auth/password';
import type { CreateOrganizationForm } from '@/lib/validation/accounts';
import type { Actor } from '@/lib/server/actor';
import { insertAccount } from '@/lib/server/accounts/create-account';
import { generateInitialPassword } from '@/lib/server/accounts/generate-password';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { ServiceError } from '@/lib/server/service-error';
import { requireManager } from '@/lib/server/support/require-manager';

/**
 * §11: the vendor creates a client organization, its contract (§3: modules, named users, support
 * start) and its first administrator, whose initial password is returned once and emailed.
 * All in one transaction: no organization without its contract and administrator.
 */
export async function createOrganization(
  db: Database,
  input: { actor: Actor & { email: string }; form: CreateOrganizationForm; clientAddress?: string; now?: Date },
): Promise<{ organization: Organization; adminEmail: string; initialPassword: string }> {
  const now = input.now ?? new Date();
  requireManager(input.actor);
  const { form } = input;
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  return db.transaction(async (tx) => {
    const [organization] = await tx
      .insert(organizations)
      .values({ name: form.name, siren: form.siren ?? null, timeZone: form.timeZone, closedDays: form.closedDays, createdAt: now })
      .returning();
    if (!organization) throw new Error('Collectivité non créée.');
    const [contract] = await tx
      .insert(contracts)
      .values({
        organizationId: organization.id,
        modules: form.modules,
        namedUserLimit: form.namedUserLimit,
        supportStartDate: form.supportStartDate,
        createdAt: now,
      })
      .returning();
    if (!contract) throw new Error('Contrat non créé.');
    await recordAudit(tx, {
      at: now,
      actor: { id: input.actor.id, email: input.actor.email },
      action: 'organization.created',
      target: { type: 'organization', id: organization.id },
      organizationId: organization.id,
      clientAddress: input.clientAddress,
      details: {
        name: organization.name,
        siren: organization.siren,
        timeZone: organization.timeZone,
        modules: contract.modules,
        namedUserLimit: contract.namedUserLimit,
        supportStartDate: contract.supportStartDate,
      },
    });
    try {
      await insertAccount(tx, {
        actor: input.actor,
        organizationId: organization.id,
        account: { name: form.adminName, email: form.adminEmail, phone: form.adminPhone, role: 'client_admin' },
        passwordHash,
        initialPassword,
        clientAddress: input.clientAddress,
        now,
      });
    } catch (error) {
      // The administrator's fields are named admin… on this form.
      if (error instanceof ServiceError && error.fieldErrors.email) {
        throw new ServiceError(error.kind, error.message, { adminEmail: error.fieldErrors.email });
      }
      throw error;
    }
    return { organization, adminEmail: form.adminEmail, initialPassword };
  });
}

import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import { contracts, users } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';

/**
 * Client administrators manage the accounts of their own organization; support managers those of
 * every organization (§11). Anyone else is refused.
 */
export function assertManagesAccountsOf(actor: Actor, organizationId: string): void {
  if (actor.role === 'support_manager') return;
  if (actor.role === 'client_admin' && actor.organizationId === organizationId) return;
  throw new ServiceError('forbidden', 'Vous ne pouvez pas gérer les comptes de cette collectivité.');
}

/**
 * Locks the organization's contract row (FOR UPDATE) for the rest of the transaction, so
 * concurrent creations and reactivations count the active accounts one after the other, then
 * tells the limit and the current count.
 */
export async function lockNamedUsers(tx: Executor, organizationId: string): Promise<{ limit: number; active: number }> {
  const [contract] = await tx.select({ limit: contracts.namedUserLimit }).from(contracts).where(eq(contracts.organizationId, organizationId)).for('update');
  if (!contract) throw new ServiceError('not_found', 'Collectivité inconnue.');
  const [row] = await tx
    .select({ value: count() })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.active, true)));
  return { limit: contract.limit, active: row?.value ?? 0 };
}

/** §3: the contract's named users are its active accounts; past the limit nothing is created. */
export function assertBelowLimit({ limit, active }: { limit: number; active: number }): void {
  if (active >= limit) {
    throw new ServiceError(
      'conflict',
      `Limite atteinte : ${active} utilisateur${active > 1 ? 's' : ''} actif${active > 1 ? 's' : ''} sur ${limit} prévu${limit > 1 ? 's' : ''} au contrat.`,
    );
  }
}

/** The number of active administrators of the organization (called with the contract locked). */
export async function countActiveAdmins(tx: Executor, organizationId: string): Promise<number> {
  const [row] = await tx
    .select({ value: count() })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.active, true), eq(users.role, 'client_admin')));
  return row?.value ?? 0;
}

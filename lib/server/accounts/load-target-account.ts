import 'server-only';
import { eq } from 'drizzle-orm';
import { users, type User } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';

/**
 * A portal account the actor manages, locked for the transaction: a client administrator's own
 * organization only (another organization's account is "not found"), any client account for a
 * support manager.
 */
export async function loadTargetAccount(tx: Executor, actor: Actor, userId: string): Promise<User & { organizationId: string }> {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
  const manageable =
    user?.organizationId && (actor.role === 'support_manager' || (actor.role === 'client_admin' && user.organizationId === actor.organizationId));
  if (!user || !manageable || !user.organizationId) throw new ServiceError('not_found', 'Compte introuvable.');
  return { ...user, organizationId: user.organizationId };
}

import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Database } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { ServiceError } from '@/lib/server/service-error';
import { countActiveAdmins, lockNamedUsers } from './account-access';
import { loadTargetAccount } from './load-target-account';

/** §11: the client gives the rights; the last active administrator cannot be demoted. */
export async function changeAccountRole(
  db: Database,
  input: { actor: Actor & { email: string }; userId: string; role: 'client_user' | 'client_admin'; clientAddress?: string; now?: Date },
): Promise<void> {
  const now = input.now ?? new Date();
  await db.transaction(async (tx) => {
    const target = await loadTargetAccount(tx, input.actor, input.userId);
    await lockNamedUsers(tx, target.organizationId);
    if (target.role === input.role) return;
    if (target.role === 'client_admin' && target.active && (await countActiveAdmins(tx, target.organizationId)) <= 1) {
      throw new ServiceError('conflict', 'C’est le dernier administrateur actif de la collectivité : nommez d’abord un autre administrateur.');
    }
    // New rights, new session: every session signed with the old role ends (session_version bumped).
    await tx
      .update(users)
      .set({ role: input.role, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, target.id));
    await recordAudit(tx, {
      at: now,
      actor: { id: input.actor.id, email: input.actor.email },
      action: 'account.role-changed',
      target: { type: 'user', id: target.id },
      organizationId: target.organizationId,
      clientAddress: input.clientAddress,
      details: { email: target.email, from: target.role, to: input.role },
    });
  });
}

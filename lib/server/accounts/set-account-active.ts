import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Database } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { ServiceError } from '@/lib/server/service-error';
import { assertBelowLimit, countActiveAdmins, lockNamedUsers } from './account-access';
import { loadTargetAccount } from './load-target-account';

export interface SetAccountActiveInput {
  actor: Actor & { email: string };
  userId: string;
  active: boolean;
  clientAddress?: string;
  now?: Date;
}

/**
 * Deactivates or reactivates a portal account (§11). A deactivation bites on the account's next
 * request (the guards re-read `active`) and ends its sessions for good (session_version bumped:
 * a reactivation never revives them); a reactivation counts against the named-user limit; an
 * organization never loses its last active administrator.
 */
export async function setAccountActive(db: Database, input: SetAccountActiveInput): Promise<void> {
  const now = input.now ?? new Date();
  await db.transaction(async (tx) => {
    const target = await loadTargetAccount(tx, input.actor, input.userId);
    // The contract row is locked first by every account change, so these checks never race.
    const named = await lockNamedUsers(tx, target.organizationId);
    if (target.active === input.active) return;
    if (input.active) {
      assertBelowLimit(named);
    } else if (target.role === 'client_admin' && (await countActiveAdmins(tx, target.organizationId)) <= 1) {
      throw new ServiceError(
        'conflict',
        target.id === input.actor.id
          ? 'Vous êtes le dernier administrateur actif : nommez d’abord un autre administrateur.'
          : 'C’est le dernier administrateur actif de la collectivité : nommez d’abord un autre administrateur.',
      );
    }
    await tx
      .update(users)
      // A deactivation ends every session for good: a token issued before it stays refused after a reactivation.
      .set({ active: input.active, deactivatedAt: input.active ? null : now, ...(input.active ? {} : { sessionVersion: sql`${users.sessionVersion} + 1` }) })
      .where(eq(users.id, target.id));
    await recordAudit(tx, {
      at: now,
      actor: { id: input.actor.id, email: input.actor.email },
      action: input.active ? 'account.reactivated' : 'account.deactivated',
      target: { type: 'user', id: target.id },
      organizationId: target.organizationId,
      clientAddress: input.clientAddress,
      details: { email: target.email },
    });
  });
}

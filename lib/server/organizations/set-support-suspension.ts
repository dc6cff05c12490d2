import 'server-only';
import { eq } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import type { Database } from '@/db/client';
import type { Actor } from '@/lib/server/actor';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { ServiceError } from '@/lib/server/service-error';
import { requireManager } from '@/lib/server/support/require-manager';

/**
 * §13: the support may be suspended (users not trained, no remote assistance); new Demandes are
 * then refused with the reason, existing ones stay readable. `reason: null` lifts the suspension.
 */
export async function setSupportSuspension(
  db: Database,
  input: { actor: Actor & { email: string }; organizationId: string; reason: string | null; clientAddress?: string; now?: Date },
): Promise<void> {
  const now = input.now ?? new Date();
  requireManager(input.actor);
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(organizations).where(eq(organizations.id, input.organizationId)).for('update');
    if (!before) throw new ServiceError('not_found', 'Collectivité introuvable.');
    const suspend = input.reason !== null;
    if (!suspend && !before.supportSuspendedAt) return;
    await tx
      .update(organizations)
      .set({ supportSuspendedAt: suspend ? now : null, supportSuspensionReason: input.reason })
      .where(eq(organizations.id, before.id));
    await recordAudit(tx, {
      at: now,
      actor: { id: input.actor.id, email: input.actor.email },
      action: suspend ? 'support.suspended' : 'support.resumed',
      target: { type: 'organization', id: before.id },
      organizationId: before.id,
      clientAddress: input.clientAddress,
      details: suspend ? { reason: input.reason } : { previousReason: before.supportSuspensionReason },
    });
  });
}

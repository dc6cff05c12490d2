import 'server-only';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Database } from '@/db/client';
import type { Profile } from '@/lib/validation/accounts';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { ServiceError } from '@/lib/server/service-error';

/** The signed-in user's own name and phone (the email is the identifier and stays). */
export async function updateProfile(db: Database, input: { userId: string; profile: Profile; clientAddress?: string; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  const { profile } = input;
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update');
    if (!before) throw new ServiceError('not_found', 'Compte introuvable.');
    await tx
      .update(users)
      .set({ name: profile.name, phone: profile.phone ?? null })
      .where(eq(users.id, before.id));
    await recordAudit(tx, {
      at: now,
      actor: { id: before.id, email: before.email },
      action: 'account.profile-updated',
      target: { type: 'user', id: before.id },
      organizationId: before.organizationId,
      clientAddress: input.clientAddress,
      details: { name: profile.name, phone: profile.phone ?? null },
    });
  });
}

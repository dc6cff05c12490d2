import 'server-only';
import { eq } from 'drizzle-orm';
import { supportSettings, users } from '@/db/schema';
import type { Database } from '@/db/client';
import { DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { DEFAULT_AT_RISK_RATIO } from '@/lib/sla';
import type { Actor } from '@/lib/server/actor';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { requireManager } from './require-manager';

/**
 * Managers may require two-factor sign-in of every staff account (issue 7): staff without it
 * are then sent to enrolment before anything else. Recorded in the audit log.
 */
export async function saveStaffTotpRequirement(db: Database, input: { actor: Actor; required: boolean; now?: Date }): Promise<void> {
  requireManager(input.actor);
  const now = input.now ?? new Date();
  await db.transaction(async (tx) => {
    await tx
      .insert(supportSettings)
      .values({
        singleton: true,
        calendar: DEFAULT_SUPPORT_CALENDAR,
        atRiskRatio: DEFAULT_AT_RISK_RATIO,
        requireStaffTotp: input.required,
        updatedAt: now,
        updatedById: input.actor.id,
      })
      .onConflictDoUpdate({ target: supportSettings.singleton, set: { requireStaffTotp: input.required, updatedAt: now, updatedById: input.actor.id } });
    const [manager] = await tx.select({ email: users.email }).from(users).where(eq(users.id, input.actor.id));
    await recordAudit(tx, {
      at: now,
      actor: { id: input.actor.id, email: manager?.email ?? '' },
      action: input.required ? 'security.staff-totp-required' : 'security.staff-totp-optional',
    });
  });
}

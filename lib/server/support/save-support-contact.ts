import 'server-only';
import { supportSettings } from '@/db/schema';
import type { Database } from '@/db/client';
import { DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { DEFAULT_AT_RISK_RATIO } from '@/lib/sla';
import type { Actor } from '@/lib/server/actor';
import { requireManager } from './require-manager';

/**
 * Saves the support's phone number (§16, shown on the portal with the opening hours; null hides
 * it) and the business days a client may wait before being reminded of the support's question.
 */
export async function saveSupportContact(
  db: Database,
  input: { actor: Actor; phone: string | null; waitingReminderBusinessDays: number; now?: Date },
): Promise<void> {
  requireManager(input.actor);
  const now = input.now ?? new Date();
  const values = { phone: input.phone, waitingReminderBusinessDays: input.waitingReminderBusinessDays, updatedAt: now, updatedById: input.actor.id };
  await db.transaction(async (tx) => {
    await tx
      .insert(supportSettings)
      .values({ singleton: true, calendar: DEFAULT_SUPPORT_CALENDAR, atRiskRatio: DEFAULT_AT_RISK_RATIO, ...values })
      .onConflictDoUpdate({ target: supportSettings.singleton, set: values });
  });
}

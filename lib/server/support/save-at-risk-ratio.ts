import 'server-only';
import { supportSettings } from '@/db/schema';
import type { Database } from '@/db/client';
import { DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import type { Actor } from '@/lib/server/actor';
import { requireManager } from './require-manager';

/**
 * Sets the share of a budget after which a clock is "à risque" (DOMAIN "Support clocks", 75 % by
 * default), from 50 to 95 %. Clocks started from now on use it; running ones keep their atRiskAt.
 */
export async function saveAtRiskRatio(db: Database, input: { actor: Actor; atRiskPercent: number; now?: Date }): Promise<number> {
  requireManager(input.actor);
  const { atRiskPercent } = input;
  const atRiskRatio = atRiskPercent / 100;
  const now = input.now ?? new Date();
  await db.transaction(async (tx) => {
    await tx
      .insert(supportSettings)
      .values({ singleton: true, calendar: DEFAULT_SUPPORT_CALENDAR, atRiskRatio, updatedAt: now, updatedById: input.actor.id })
      .onConflictDoUpdate({ target: supportSettings.singleton, set: { atRiskRatio, updatedAt: now, updatedById: input.actor.id } });
  });
  return atRiskRatio;
}

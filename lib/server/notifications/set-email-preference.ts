import 'server-only';
import { notificationPreferences } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { Actor } from '@/lib/server/actor';

/** Turns the actor's own email notifications on or off; in-app notifications always arrive. */
export async function setEmailPreference(
  db: Executor,
  { actor, emailEnabled, now = new Date() }: { actor: Actor; emailEnabled: boolean; now?: Date },
): Promise<void> {
  await db
    .insert(notificationPreferences)
    .values({ userId: actor.id, emailEnabled, updatedAt: now })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: { emailEnabled, updatedAt: now } });
}

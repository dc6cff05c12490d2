import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { notifications } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { Actor } from '@/lib/server/actor';

/** Marks the actor's own notifications read: one, or all of them. */
export async function markNotificationsRead(
  db: Executor,
  { actor, notificationId, now = new Date() }: { actor: Actor; notificationId?: string; now?: Date },
): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt), notificationId ? eq(notifications.id, notificationId) : undefined))
    .returning({ id: notifications.id });
  return rows.length;
}

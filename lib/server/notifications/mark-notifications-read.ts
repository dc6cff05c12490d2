import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { notifications } from '@/db/schema';
import type { Executor } from '@/db/client';
import type { Actor } from '@/lib/server/actor';

/**
 * Marks the actor's own unread notifications read: one, those about a Demande (opening it reads
 * them), or all of them. Only the actor's rows are touched, and only unread ones: running it again
 * changes nothing. Returns how many it marked.
 */
export async function markNotificationsRead(
  db: Executor,
  { actor, notificationId, ticketId, now = new Date() }: { actor: Actor; notificationId?: string; ticketId?: string; now?: Date },
): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, actor.id),
        isNull(notifications.readAt),
        notificationId ? eq(notifications.id, notificationId) : undefined,
        ticketId ? eq(notifications.ticketId, ticketId) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

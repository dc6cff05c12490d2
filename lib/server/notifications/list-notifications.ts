import 'server-only';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { notificationPreferences, notifications, tickets } from '@/db/schema';
import type { Executor } from '@/db/client';

/** The user's latest notifications, newest first, with the reference of their Demande or the path they lead to. */
export async function listNotifications(db: Executor, { userId, limit = 50 }: { userId: string; limit?: number }) {
  return db
    .select({
      id: notifications.id,
      type: notifications.type,
      title: notifications.title,
      body: notifications.body,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      reference: tickets.reference,
      link: notifications.link,
    })
    .from(notifications)
    .leftJoin(tickets, eq(tickets.id, notifications.ticketId))
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

export async function countUnreadNotifications(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.value ?? 0;
}

/** Whether the user has unread notifications about this Demande (opening it reads them). */
export async function hasUnreadTicketNotifications(db: Executor, { userId, ticketId }: { userId: string; ticketId: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.ticketId, ticketId), isNull(notifications.readAt)))
    .limit(1);
  return row !== undefined;
}

/** Email is on unless the user turned it off. */
export async function getEmailPreference(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ emailEnabled: notificationPreferences.emailEnabled })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  return row?.emailEnabled ?? true;
}

/** What the notifications page of either area shows: the latest ones, the unread count, the email choice. */
export async function getNotificationCenter(db: Executor, userId: string) {
  const [items, unread, emailEnabled] = await Promise.all([
    listNotifications(db, { userId }),
    countUnreadNotifications(db, userId),
    getEmailPreference(db, userId),
  ]);
  return { items, unread, emailEnabled };
}

export type NotificationCenter = Awaited<ReturnType<typeof getNotificationCenter>>;

import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { emailOutbox, notificationPreferences, notifications, users } from '@/db/schema';
import type { Executor } from '@/db/client';
import { renderEmail } from '@/lib/email/render-email';

export interface NotificationInput {
  recipientIds: Array<string | null | undefined>;
  ticketId: string | null;
  /** Where a notification about something else than a Demande leads, as a path of the reader's area ('/disponibilite'). */
  link?: string | null;
  type: string;
  title: string;
  body: string;
  at: Date;
  /** Also email it (through the outbox), with a link back to the portal or the console. */
  email?: { link: { label: string; url: string }; paragraphs?: string[] };
}

/**
 * Writes an in-app notification, and its email into the outbox (unless the recipient turned
 * email off), for each active recipient —
 * in the caller's transaction, so they exist exactly when the change they tell of does.
 */
export async function notify(db: Executor, input: NotificationInput): Promise<void> {
  const ids = [...new Set(input.recipientIds.filter((id): id is string => !!id))];
  if (ids.length === 0) return;
  const recipients = await db
    .select({ id: users.id, name: users.name, email: users.email, emailEnabled: notificationPreferences.emailEnabled })
    .from(users)
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
    .where(and(inArray(users.id, ids), eq(users.active, true)));
  if (recipients.length === 0) return;
  await db.insert(notifications).values(
    recipients.map((recipient) => ({
      userId: recipient.id,
      ticketId: input.ticketId,
      link: input.link ?? null,
      type: input.type,
      title: input.title,
      body: input.body,
      createdAt: input.at,
    })),
  );
  const { email } = input;
  // Email is on unless the user turned it off in their preferences.
  const emailed = recipients.filter((recipient) => recipient.emailEnabled !== false);
  if (!email || emailed.length === 0) return;
  await db.insert(emailOutbox).values(
    emailed.map((recipient) => ({
      toAddress: recipient.email,
      ticketId: input.ticketId,
      nextAttemptAt: input.at,
      createdAt: input.at,
      ...renderEmail({
        subject: input.title,
        greeting: `Bonjour ${recipient.name},`,
        paragraphs: [input.body, ...(email.paragraphs ?? [])],
        link: email.link,
      }),
    })),
  );
}

/** The active support managers, who hear of every deadline at risk or missed. */
export async function activeManagerIds(db: Executor): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'support_manager'), eq(users.active, true)));
  return rows.map((row) => row.id);
}

import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { emailOutbox, notificationPreferences, notifications, users } from '@/db/schema';
import type { Executor } from '@/db/client';
import { renderEmail } from '@/lib/email/render-email';
import { insertMany } from '@/lib/server/db-rows/insert-many';

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
export function notify(db: Executor, input: NotificationInput): Promise<void> {
  return notifyMany(db, [input]);
}

/**
 * `notify` for many messages at once (the deadline sweeper's batch): the recipients read once, the
 * notifications and the emails written in one INSERT each — the same rows as one `notify` each.
 */
export async function notifyMany(db: Executor, inputs: readonly NotificationInput[]): Promise<void> {
  const wanted = inputs.map((input) => ({ input, ids: [...new Set(input.recipientIds.filter((id): id is string => !!id))] }));
  const ids = [...new Set(wanted.flatMap(({ ids }) => ids))];
  if (ids.length === 0) return;
  const found = await db
    .select({ id: users.id, name: users.name, email: users.email, emailEnabled: notificationPreferences.emailEnabled })
    .from(users)
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
    .where(and(inArray(users.id, ids), eq(users.active, true)));
  const active = new Map(found.map((recipient) => [recipient.id, recipient]));
  const addressed = wanted.map(({ input, ids }) => ({ input, recipients: ids.flatMap((id) => active.get(id) ?? []) }));
  const told = addressed.flatMap(({ input, recipients }) => recipients.map((recipient) => ({ input, recipient })));
  const at = (input: NotificationInput) => input.at.toISOString();
  await insertMany(db, notifications, [
    [notifications.userId, 'uuid', told.map(({ recipient }) => recipient.id)],
    [notifications.ticketId, 'uuid', told.map(({ input }) => input.ticketId)],
    [notifications.link, 'text', told.map(({ input }) => input.link ?? null)],
    [notifications.type, 'text', told.map(({ input }) => input.type)],
    [notifications.title, 'text', told.map(({ input }) => input.title)],
    [notifications.body, 'text', told.map(({ input }) => input.body)],
    [notifications.createdAt, 'timestamptz', told.map(({ input }) => at(input))],
  ]);
  // Email is on unless the user turned it off in their preferences.
  const emails = told.flatMap(({ input, recipient }) => {
    const { email } = input;
    if (!email || recipient.emailEnabled === false) return [];
    const content = renderEmail({
      subject: input.title,
      greeting: `Bonjour ${recipient.name},`,
      paragraphs: [input.body, ...(email.paragraphs ?? [])],
      link: email.link,
    });
    return [{ input, recipient, content }];
  });
  await insertMany(db, emailOutbox, [
    [emailOutbox.toAddress, 'text', emails.map(({ recipient }) => recipient.email)],
    [emailOutbox.subject, 'text', emails.map(({ content }) => content.subject)],
    [emailOutbox.text, 'text', emails.map(({ content }) => content.text)],
    [emailOutbox.html, 'text', emails.map(({ content }) => content.html)],
    [emailOutbox.ticketId, 'uuid', emails.map(({ input }) => input.ticketId)],
    [emailOutbox.nextAttemptAt, 'timestamptz', emails.map(({ input }) => at(input))],
    [emailOutbox.createdAt, 'timestamptz', emails.map(({ input }) => at(input))],
  ]);
}

/** The active support managers, who hear of every deadline at risk or missed. */
export async function activeManagerIds(db: Executor): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'support_manager'), eq(users.active, true)));
  return rows.map((row) => row.id);
}

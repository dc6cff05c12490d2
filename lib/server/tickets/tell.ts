import 'server-only';
import type { Ticket } from '@/db/schema';
import type { Executor } from '@/db/client';
import { notify, type NotificationInput } from '@/lib/server/notifications/notify';
import { consoleTicketUrl, portalTicketUrl } from './ticket-links';

interface Message {
  type: string;
  title: string;
  body: string;
  at: Date;
  paragraphs?: string[];
}

/** Tells the client who filed the Demande, in the portal and by email. */
export function tellRequester(db: Executor, ticket: Ticket, message: Message): Promise<void> {
  return notify(db, {
    recipientIds: [ticket.requesterId],
    ticketId: ticket.id,
    type: message.type,
    title: message.title,
    body: message.body,
    at: message.at,
    email: { link: { label: 'Voir la demande', url: portalTicketUrl(ticket.reference) }, paragraphs: message.paragraphs },
  });
}

/** Tells staff members in the console (an email too when `email` is set, e.g. for a missed deadline). */
export function tellStaff(db: Executor, ticket: Ticket, recipientIds: Array<string | null>, message: Message & { email?: boolean }): Promise<void> {
  return notify(db, staffNotification(ticket, recipientIds, message));
}

/** What `tellStaff` writes, for a caller that tells of many Demandes at once (notifyMany). */
export function staffNotification(ticket: Ticket, recipientIds: Array<string | null>, message: Message & { email?: boolean }): NotificationInput {
  return {
    recipientIds,
    ticketId: ticket.id,
    type: message.type,
    title: message.title,
    body: message.body,
    at: message.at,
    email: message.email ? { link: { label: 'Ouvrir la demande', url: consoleTicketUrl(ticket.reference) }, paragraphs: message.paragraphs } : undefined,
  };
}

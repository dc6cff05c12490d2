import 'server-only';
import { and, asc, desc, eq, isNull, lte } from 'drizzle-orm';
import { ticketMessages, tickets } from '@/db/schema';
import type { Database } from '@/db/client';
import { addBusinessTime } from '@/lib/calendar';
import { remedyCalendar } from '@/lib/sla';
import { getSupportSettings } from '@/lib/server/support/get-support-settings';
import { recordTicketEvent } from './record-event';
import { tellRequester } from './tell';

const DAY_MS = 24 * 3_600_000;

/**
 * A client who has not answered the support's question after some business days (a setting,
 * 3 by default; §1 jours ouvrés) is reminded once, with the question quoted. Claimed with
 * FOR UPDATE SKIP LOCKED: several workers send each reminder once. Returns how many were sent.
 */
export async function remindWaitingClients(db: Database, { now = new Date(), batchSize = 200 }: { now?: Date; batchSize?: number } = {}): Promise<number> {
  return db.transaction(async (tx) => {
    const settings = await getSupportSettings(tx);
    const days = settings.waitingReminderBusinessDays;
    const waitMs = days * DAY_MS;
    // A business day is never shorter than a calendar day: whoever is due waited that long at least.
    const candidates = await tx
      .select()
      .from(tickets)
      .where(and(eq(tickets.status, 'waiting_client'), isNull(tickets.waitingReminderSentAt), lte(tickets.waitingSince, new Date(now.getTime() - waitMs))))
      .orderBy(asc(tickets.waitingSince))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    const calendar = remedyCalendar(settings.calendar);
    let sent = 0;
    for (const ticket of candidates) {
      if (!ticket.waitingSince || addBusinessTime(calendar, ticket.waitingSince, waitMs).getTime() > now.getTime()) continue;
      const [question] = await tx
        .select({ body: ticketMessages.body })
        .from(ticketMessages)
        .where(and(eq(ticketMessages.ticketId, ticket.id), eq(ticketMessages.kind, 'public'), lte(ticketMessages.createdAt, ticket.waitingSince)))
        .orderBy(desc(ticketMessages.createdAt))
        .limit(1);
      await tx.update(tickets).set({ waitingReminderSentAt: now }).where(eq(tickets.id, ticket.id));
      await recordTicketEvent(tx, { ticketId: ticket.id, actorId: null, type: 'waiting_reminder_sent', at: now });
      await tellRequester(tx, ticket, {
        type: 'waiting_reminder',
        title: `À vous de répondre : demande ${ticket.reference}`,
        body: `Le support attend votre réponse depuis ${days} jour${days > 1 ? 's' : ''} ouvré${days > 1 ? 's' : ''} pour poursuivre le traitement de votre demande « ${ticket.subject} ». Il reprendra dès votre réponse, à apporter sur la demande.`,
        paragraphs: question ? [`Question du support : ${question.body}`] : [],
        at: now,
      });
      sent++;
    }
    return sent;
  });
}

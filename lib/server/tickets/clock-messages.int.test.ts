import { describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { notifications, slaClocks, supportSettings } from '@/db/schema';
import { DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { presentClock } from '@/lib/sla';
import { paris, ticketContent } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { sweepAllClocks } from '@/lib/server/sla/sweep-clocks';
import { toClock } from '@/lib/server/sla/clock-rows';
import { createTicket } from './create-ticket';
import { qualifyTicket } from './qualify-ticket';
import { remindWaitingClients } from './remind-waiting-clients';
import { requestInformation } from './request-information';
import { takeTicket } from './take-ticket';

// The notifications and emails say a clock in the deadline presenter's words (lib/sla presentClock),
// the words of the pages: the same clock at the same instant reads the same everywhere.
const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);

async function told(ticketId: string, type: string) {
  return handle.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.ticketId, ticketId), eq(notifications.type, type)))
    .orderBy(asc(notifications.createdAt));
}

describe('what the support tells about a clock', () => {
  it('acknowledges with the commitment, the support’s hours in the client’s zone, and its number', async () => {
    await handle.db.insert(supportSettings).values({ calendar: DEFAULT_SUPPORT_CALENDAR, atRiskRatio: 0.75, phone: '01 23 45 67 89', updatedAt: new Date() });
    try {
      const { ticket } = await createTicket(handle.db, { actor: actors.reunionAgent, content: ticketContent(), now: paris('2026-11-30T10:00') });
      const [ack] = await told(ticket.id, 'acknowledgment');
      // 6 h 30 on Monday, 1 h 30 on Tuesday: due Tuesday 10:00 in Paris, 13:00 in La Réunion.
      expect(ack?.body).toContain('prise en charge au plus tard mardi 1 décembre 2026 à 13:00.');
      const [email] = await handle.db.query.emailOutbox.findMany({ where: (outbox, { eq: is }) => is(outbox.ticketId, ticket.id) });
      expect(email?.text).toContain('Horaires du support : du lundi au vendredi, 08:30–12:30 et 13:30–17:30, heure de Paris.');
      expect(email?.text).toContain('Soit, heure de La Réunion : 11:30–15:30 et 16:30–20:30 en hiver');
      expect(email?.text).toContain('Téléphone du support : 01 23 45 67 89.');
    } finally {
      await handle.db.delete(supportSettings);
    }
  });

  it('gives the remedy of a Majeure in business days', async () => {
    const { ticket } = await createTicket(handle.db, { actor: actors.agent, content: ticketContent(), now: paris('2026-03-09T09:00') });
    await takeTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, now: paris('2026-03-09T09:30') });
    await qualifyTicket(handle.db, {
      actor: actors.technician,
      ticketId: ticket.id,
      qualification: { outcome: 'anomaly', severity: 'major' },
      now: paris('2026-03-09T10:00'),
    });
    const [qualified] = await told(ticket.id, 'qualified');
    expect(qualified?.body).toBe('Votre demande est qualifiée « Anomalie majeure » : correction ou contournement au plus tard mardi 17 mars 2026 à 10:00.');
  });

  it('warns staff in the presenter’s words when a clock is at risk, then hors délai', async () => {
    const { ticket } = await createTicket(handle.db, {
      actor: actors.agent,
      content: ticketContent({ subject: 'Export bloqué' }),
      now: paris('2026-03-16T08:30'),
    });
    const [row] = await handle.db.select().from(slaClocks).where(eq(slaClocks.ticketId, ticket.id));
    const atRisk = paris('2026-03-16T15:30');
    await sweepAllClocks(handle.db, { now: atRisk });
    const [warning] = await told(ticket.id, 'clock_at_risk');
    const shown = presentClock(toClock(row!), atRisk, 'Europe/Paris', 'staff');
    expect(warning?.body).toBe(`« Export bloqué » : ${shown.sentence}, ${shown.remaining}.`);
    expect(warning?.body).toBe('« Export bloqué » : Prise en charge au plus tard lundi 16 mars 2026 à 17:30 (à risque), reste 2 h ouvrées.');
    await sweepAllClocks(handle.db, { now: paris('2026-03-17T09:30') });
    const [breach] = await told(ticket.id, 'clock_breached');
    expect(breach?.body).toBe('« Export bloqué » : Prise en charge au plus tard lundi 16 mars 2026 à 17:30 (hors délai), en retard de 1 h ouvrée.');
  });

  it('tells the client “À vous de répondre” with the question, then reminds them once', async () => {
    const { ticket } = await createTicket(handle.db, {
      actor: actors.agent,
      content: ticketContent({ subject: 'Copie intégrale' }),
      now: paris('2026-06-08T09:00'),
    });
    await takeTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, now: paris('2026-06-08T09:30') });
    await qualifyTicket(handle.db, {
      actor: actors.technician,
      ticketId: ticket.id,
      qualification: { outcome: 'anomaly', severity: 'major' },
      now: paris('2026-06-08T10:00'),
    });
    await requestInformation(handle.db, { actor: actors.technician, ticketId: ticket.id, question: 'Quel navigateur ?', now: paris('2026-06-08T11:00') });
    const [asked] = await told(ticket.id, 'information_requested');
    expect(asked).toMatchObject({
      title: `À vous de répondre : demande ${ticket.reference}`,
      body: 'Le support a besoin d’informations complémentaires pour traiter votre demande « Copie intégrale » : répondez sur la demande. Son délai est en pause jusqu’à votre réponse.',
    });
    await remindWaitingClients(handle.db, { now: paris('2026-06-11T11:00') });
    const [reminder] = await told(ticket.id, 'waiting_reminder');
    expect(reminder).toMatchObject({
      title: `À vous de répondre : demande ${ticket.reference}`,
      body: 'Le support attend votre réponse depuis 3 jours ouvrés pour poursuivre le traitement de votre demande « Copie intégrale ». Il reprendra dès votre réponse, à apporter sur la demande.',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { emailOutbox, notifications, slaClocks, supportSettings, ticketEvents, ticketMessages, tickets } from '@/db/schema';
import { addBusinessDays, addBusinessTime, DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { remedyCalendar } from '@/lib/sla';
import { ServiceError } from '@/lib/server/service-error';
import { paris, ticketContent } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { cancelTicket } from './cancel-ticket';
import { closeTicket } from './close-ticket';
import { commentTicket } from './comment-ticket';
import { createTicket } from './create-ticket';
import { deliverRemedy } from './deliver-remedy';
import { provideInformation } from './provide-information';
import { qualifyTicket } from './qualify-ticket';
import { reopenTicket } from './reopen-ticket';
import { requalifyTicket } from './requalify-ticket';
import { requestInformation } from './request-information';
import { takeTicket } from './take-ticket';

const HOUR = 3_600_000;
const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);

async function clocksOf(ticketId: string) {
  return handle.db.select().from(slaClocks).where(eq(slaClocks.ticketId, ticketId)).orderBy(asc(slaClocks.startedAt), asc(slaClocks.id));
}

async function file(now: Date) {
  return createTicket(handle.db, { actor: actors.agent, content: ticketContent(), now });
}

describe('registration and the pickup clock (§13)', () => {
  it('a Demande registered Friday 17:00 is due for pickup Monday 17:00', async () => {
    const { pickup } = await file(paris('2026-03-06T17:00'));
    expect(pickup.dueAt).toEqual(paris('2026-03-09T17:00'));
    expect(pickup.atRiskAt).toEqual(paris('2026-03-09T15:00'));
  });

  it('one registered on Saturday is due Monday 17:30', async () => {
    const { pickup } = await file(paris('2026-03-07T10:00'));
    expect(pickup.dueAt).toEqual(paris('2026-03-09T17:30'));
  });

  it('one registered the day before a public holiday skips it (Ascension 2026)', async () => {
    const { pickup } = await file(paris('2026-05-13T15:00'));
    expect(pickup.dueAt).toEqual(paris('2026-05-15T15:00'));
  });

  it('gets a reference DEM-<year>-<6 digits>, a history event and an acknowledgment with the deadline in words', async () => {
    const { ticket } = await createTicket(handle.db, { actor: actors.agent, content: ticketContent(), now: paris('2026-02-27T15:30') });
    expect(ticket.reference).toMatch(/^DEM-2026-\d{6}$/);
    expect(ticket).toMatchObject({ status: 'registered', channel: 'portal', requesterId: actors.agent.id, recordedById: actors.agent.id });

    const [notification] = await handle.db.select().from(notifications).where(eq(notifications.ticketId, ticket.id));
    expect(notification).toMatchObject({ userId: actors.agent.id, type: 'acknowledgment' });
    expect(notification?.body).toContain('prise en charge au plus tard lundi 2 mars 2026 à 15:30');
    const [email] = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.ticketId, ticket.id));
    expect(email).toMatchObject({ toAddress: 'agent1@saint-exemple.demo', status: 'pending', subject: `Demande ${ticket.reference} enregistrée` });
    expect(email?.text).toContain('prise en charge au plus tard lundi 2 mars 2026 à 15:30');
    expect(email?.html).toContain(`/demandes/${ticket.reference}`);

    const events = await handle.db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, ticket.id));
    expect(events.map((event) => event.type)).toEqual(['created']);
  });

  // Malformed content (an empty subject, a call-back without a number) is the schema's: lib/validation/tickets.test.ts.
  it('refuses a module outside the contract in French, and writes nothing', async () => {
    const before = await handle.db.$count(tickets);
    await expect(createTicket(handle.db, { actor: actors.agent, content: ticketContent({ module: 'Paie' }) })).rejects.toMatchObject({
      kind: 'invalid',
      fieldErrors: { module: 'Choisissez un module de votre contrat.' },
    });
    expect(await handle.db.$count(tickets)).toBe(before);
  });

  it('a technician records a phone call for a client, who becomes the requester', async () => {
    const { ticket } = await createTicket(handle.db, {
      actor: actors.technician,
      content: ticketContent({ replyPreference: 'callback', callbackPhone: '05 90 12 34 56' }),
      phone: { organizationId: actors.agent.organizationId!, requesterId: actors.agent.id },
    });
    expect(ticket).toMatchObject({ channel: 'phone', requesterId: actors.agent.id, recordedById: actors.technician.id, replyPreference: 'callback' });
  });
});

describe('qualification clocks (§14)', () => {
  it('blocking: the action plan is due 12 business hours after qualification', async () => {
    const { ticket } = await file(paris('2026-03-09T09:00'));
    await takeTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, now: paris('2026-03-09T10:00') });
    const t = paris('2026-03-09T11:00');
    await qualifyTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, qualification: { outcome: 'anomaly', severity: 'blocking' }, now: t });
    const actionPlan = (await clocksOf(ticket.id)).find((clock) => clock.kind === 'actionPlan');
    expect(actionPlan?.dueAt).toEqual(addBusinessTime(DEFAULT_SUPPORT_CALENDAR, t, 12 * HOUR));
    expect(actionPlan?.dueAt).toEqual(paris('2026-03-10T16:00'));
  });

  it('major: the remedy is due 6 business days later; a pause of 2 business hours moves it by 2 business hours', async () => {
    // The support closes on Thursday 12 March: that moves the hour clocks, never the remedy's jours
    // ouvrés (§1), which the expectations compute on the remedy's own calendar.
    const support = { ...DEFAULT_SUPPORT_CALENDAR, closedDays: ['2026-03-12'] };
    await handle.db.insert(supportSettings).values({ calendar: support, atRiskRatio: 0.75, updatedAt: new Date() });
    try {
      const { ticket } = await file(paris('2026-03-09T09:00'));
      await takeTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, now: paris('2026-03-09T09:30') });
      const t = paris('2026-03-09T10:00');
      await qualifyTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, qualification: { outcome: 'anomaly', severity: 'major' }, now: t });
      const [remedy] = (await clocksOf(ticket.id)).filter((clock) => clock.kind === 'remedy');
      expect(remedy?.dueAt).toEqual(addBusinessDays(remedyCalendar(support), t, 6));
      expect(remedy?.dueAt).toEqual(paris('2026-03-17T10:00'));
      expect(addBusinessDays(support, t, 6)).not.toEqual(remedy?.dueAt);

      await requestInformation(handle.db, { actor: actors.technician, ticketId: ticket.id, question: 'Quel navigateur ?', now: paris('2026-03-10T10:00') });
      expect((await clocksOf(ticket.id)).find((clock) => clock.kind === 'remedy')?.pausedAt).toEqual(paris('2026-03-10T10:00'));
      await provideInformation(handle.db, { actor: actors.agent, ticketId: ticket.id, answer: 'Firefox 140.', now: paris('2026-03-10T12:00') });
      const resumed = (await clocksOf(ticket.id)).find((clock) => clock.kind === 'remedy');
      expect(resumed?.pausedAt).toBeNull();
      expect(resumed?.pausedBusinessMs).toBe(2 * HOUR);
      expect(resumed?.dueAt).toEqual(addBusinessTime(remedyCalendar(support), remedy!.dueAt, 2 * HOUR));
      expect((await handle.db.select().from(tickets).where(eq(tickets.id, ticket.id)))[0]?.status).toBe('in_correction');
    } finally {
      await handle.db.delete(supportSettings);
    }
  });

  it('requalifying major → blocking supersedes the remedy clock and starts the action-plan clock', async () => {
    const { ticket } = await file(paris('2026-03-09T09:00'));
    await takeTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, now: paris('2026-03-09T09:30') });
    await qualifyTicket(handle.db, {
      actor: actors.technician,
      ticketId: ticket.id,
      qualification: { outcome: 'anomaly', severity: 'major' },
      now: paris('2026-03-09T10:00'),
    });
    const t = paris('2026-03-09T14:00');
    await requalifyTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, severity: 'blocking', reason: 'Plus aucun acte ne sort.', now: t });
    const clocks = await clocksOf(ticket.id);
    expect(clocks.map((clock) => [clock.kind, clock.outcome])).toEqual([
      ['pickup', 'met'],
      ['remedy', 'superseded'],
      ['actionPlan', null],
    ]);
    expect(clocks[2]?.dueAt).toEqual(addBusinessTime(DEFAULT_SUPPORT_CALENDAR, t, 12 * HOUR));
    const events = await handle.db
      .select()
      .from(ticketEvents)
      .where(and(eq(ticketEvents.ticketId, ticket.id), eq(ticketEvents.type, 'requalified')));
    expect(events[0]).toMatchObject({ before: { severity: 'major' }, after: { severity: 'blocking', reason: 'Plus aucun acte ne sort.' } });
  });

  it('a calendar edited later moves no deadline already computed; new Demandes follow it', async () => {
    const earlier = await file(paris('2026-03-06T17:00'));
    await handle.db.insert(supportSettings).values({
      calendar: {
        ...DEFAULT_SUPPORT_CALENDAR,
        hours: { '1': [['09:00', '18:00']], '2': [['09:00', '18:00']], '3': [['09:00', '18:00']], '4': [['09:00', '18:00']], '5': [['09:00', '18:00']] },
      },
      atRiskRatio: 0.5,
      updatedAt: new Date(),
    });
    try {
      const later = await file(paris('2026-03-06T17:00'));
      expect(later.pickup.dueAt).toEqual(paris('2026-03-09T16:00'));
      expect(later.pickup.atRiskAt).toEqual(paris('2026-03-09T12:00'));
      await takeTicket(handle.db, { actor: actors.technician, ticketId: earlier.ticket.id, now: paris('2026-03-09T16:30') });
      const [pickup] = await clocksOf(earlier.ticket.id);
      expect(pickup).toMatchObject({ dueAt: paris('2026-03-09T17:00'), outcome: 'met' });
    } finally {
      await handle.db.delete(supportSettings);
    }
  });
});

describe('the lifecycle end to end', () => {
  it('goes from registration to closing, keeping every step in the history', async () => {
    const { ticket } = await file(paris('2026-03-09T09:00'));
    const id = ticket.id;
    await takeTicket(handle.db, { actor: actors.technician, ticketId: id, now: paris('2026-03-09T09:10') });
    await commentTicket(handle.db, {
      actor: actors.technician,
      ticketId: id,
      kind: 'internal',
      body: 'Reproduit sur la recette.',
      now: paris('2026-03-09T09:20'),
    });
    await qualifyTicket(handle.db, {
      actor: actors.technician,
      ticketId: id,
      qualification: { outcome: 'anomaly', severity: 'major', notes: 'Cas du nom composé.' },
      now: paris('2026-03-09T09:30'),
    });
    await deliverRemedy(handle.db, {
      actor: actors.technician,
      ticketId: id,
      remedy: 'workaround',
      description: 'Passez par le menu Édition.',
      resolves: true,
      now: paris('2026-03-10T09:00'),
    });
    await closeTicket(handle.db, { actor: actors.agent, ticketId: id, now: paris('2026-03-10T10:00') });

    const [stored] = await handle.db.select().from(tickets).where(eq(tickets.id, id));
    expect(stored).toMatchObject({ status: 'closed', assigneeId: actors.technician.id, severity: 'major', remedyKind: 'workaround' });
    const events = await handle.db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, id)).orderBy(asc(ticketEvents.id));
    expect(events.map((event) => [event.type, event.internal])).toEqual([
      ['created', false],
      ['taken_in_charge', false],
      ['internal_note_added', true],
      ['qualified', false],
      ['remedy_delivered', false],
      ['closed', false],
    ]);
    expect(events[1]).toMatchObject({ actorId: actors.technician.id, before: { status: 'registered', assigneeId: null }, after: { status: 'in_charge' } });
    const clocks = await clocksOf(id);
    expect(clocks.map((clock) => [clock.kind, clock.outcome])).toEqual([
      ['pickup', 'met'],
      ['remedy', 'met'],
    ]);
    const messages = await handle.db.select().from(ticketMessages).where(eq(ticketMessages.ticketId, id)).orderBy(asc(ticketMessages.createdAt));
    expect(messages.map((message) => message.kind)).toEqual(['internal', 'internal', 'public']);
  });

  it('a client cancels before pickup, not after', async () => {
    const first = await file(paris('2026-03-09T09:00'));
    await cancelTicket(handle.db, { actor: actors.agent, ticketId: first.ticket.id, now: paris('2026-03-09T09:05') });
    expect((await clocksOf(first.ticket.id))[0]?.outcome).toBe('cancelled');

    const second = await file(paris('2026-03-09T09:00'));
    await takeTicket(handle.db, { actor: actors.technician, ticketId: second.ticket.id, now: paris('2026-03-09T09:10') });
    await expect(cancelTicket(handle.db, { actor: actors.agent, ticketId: second.ticket.id })).rejects.toBeInstanceOf(ServiceError);
  });

  it('a client reopens within 15 days of the resolution, not after', async () => {
    const { ticket } = await file(paris('2026-03-09T09:00'));
    await takeTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, now: paris('2026-03-09T09:10') });
    await qualifyTicket(handle.db, {
      actor: actors.technician,
      ticketId: ticket.id,
      qualification: { outcome: 'not_anomaly' },
      now: paris('2026-03-09T09:30'),
    });
    await expect(
      reopenTicket(handle.db, { actor: actors.agent, ticketId: ticket.id, reason: 'Toujours là.', now: paris('2026-03-25T09:31') }),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    await reopenTicket(handle.db, { actor: actors.agent, ticketId: ticket.id, reason: 'Toujours là.', now: paris('2026-03-24T09:00') });
    expect((await handle.db.select().from(tickets).where(eq(tickets.id, ticket.id)))[0]?.status).toBe('in_charge');
  });

  it('keeps the history append-only, whatever code runs', async () => {
    await expect(handle.db.update(ticketEvents).set({ type: 'closed' })).rejects.toThrow();
    await expect(handle.db.delete(ticketEvents)).rejects.toThrow();
  });
});

describe('organization scope', () => {
  it('a client of another organization can neither read nor change a Demande, whatever id it sends', async () => {
    const { ticket } = await file(paris('2026-03-09T09:00'));
    const before = await handle.db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, ticket.id));
    for (const ticketId of [ticket.id, '00000000-0000-0000-0000-000000000000', 'not-a-uuid', `${ticket.id}' or '1'='1`]) {
      await expect(commentTicket(handle.db, { actor: actors.reunionAgent, ticketId, kind: 'public', body: 'Bonjour' })).rejects.toMatchObject({
        kind: 'not_found',
      });
      await expect(cancelTicket(handle.db, { actor: actors.reunionAgent, ticketId })).rejects.toMatchObject({ kind: 'not_found' });
    }
    const after = await handle.db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, ticket.id));
    expect(after).toHaveLength(before.length);
  });

  it('a client cannot post an internal note, nor act as staff', async () => {
    const { ticket } = await file(paris('2026-03-09T09:00'));
    await expect(commentTicket(handle.db, { actor: actors.agent, ticketId: ticket.id, kind: 'internal', body: 'x' })).rejects.toMatchObject({
      kind: 'forbidden',
    });
    await expect(takeTicket(handle.db, { actor: actors.agent, ticketId: ticket.id })).rejects.toMatchObject({ kind: 'forbidden' });
  });
});

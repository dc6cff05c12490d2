import { describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { auditLog, notifications, slaClocks, ticketEvents, tickets } from '@/db/schema';
import { addBusinessTime, DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { remedyCalendar } from '@/lib/sla';
import { setSupportSuspension } from '@/lib/server/organizations/set-support-suspension';
import { getPickupCompliance } from '@/lib/server/sla/get-pickup-compliance';
import { sweepClocks } from '@/lib/server/sla/sweep-clocks';
import { paris, ticketContent } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { closeResolvedTickets } from './close-resolved-tickets';
import { createTicket } from './create-ticket';
import { excludeFromPickupRatio } from './exclude-from-pickup-ratio';
import { provideInformation } from './provide-information';
import { qualifyTicket } from './qualify-ticket';
import { remindWaitingClients } from './remind-waiting-clients';
import { requalifyTicket } from './requalify-ticket';
import { requestInformation } from './request-information';
import { resolveTicket } from './resolve-ticket';
import { takeTicket } from './take-ticket';

// DOMAIN "Support clocks" as the server applies it: the rules issue 11 made exact.
const HOUR = 3_600_000;
const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);
const manager = () => ({ ...actors.manager, email: 'responsable@guichet.demo' });

async function clocksOf(ticketId: string) {
  return handle.db.select().from(slaClocks).where(eq(slaClocks.ticketId, ticketId)).orderBy(asc(slaClocks.startedAt), asc(slaClocks.id));
}

async function eventsOf(ticketId: string) {
  return handle.db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, ticketId)).orderBy(asc(ticketEvents.id));
}

/** A Demande taken in charge and qualified with `severity` at `at` (a Tuesday morning). */
async function qualified(severity: 'major' | 'blocking', at: Date) {
  const { ticket } = await createTicket(handle.db, { actor: actors.agent, content: ticketContent(), now: at });
  await takeTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, now: new Date(at.getTime() + HOUR) });
  await qualifyTicket(handle.db, {
    actor: actors.technician,
    ticketId: ticket.id,
    qualification: { outcome: 'anomaly', severity },
    now: new Date(at.getTime() + 2 * HOUR),
  });
  return ticket;
}

describe('requalification never erases a breach', () => {
  it('an overdue Majeure requalified Mineure keeps its remedy clock as breached', async () => {
    const ticket = await qualified('major', paris('2026-03-03T09:00'));
    const [, remedy] = await clocksOf(ticket.id);
    const late = new Date(remedy!.dueAt.getTime() + HOUR);
    await requalifyTicket(handle.db, {
      actor: actors.technician,
      ticketId: ticket.id,
      severity: 'minor',
      reason: 'Contournement trouvé par le client',
      now: late,
    });
    const after = await clocksOf(ticket.id);
    expect(after.map((clock) => [clock.kind, clock.outcome])).toEqual([
      ['pickup', 'met'],
      ['remedy', 'breached'],
    ]);
  });

  it('one requalified on time is superseded, and the new severity’s clock starts then', async () => {
    const ticket = await qualified('major', paris('2026-03-10T09:00'));
    const at = paris('2026-03-11T10:00');
    await requalifyTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, severity: 'blocking', reason: 'Plus aucun acte ne s’édite', now: at });
    const after = await clocksOf(ticket.id);
    expect(after.map((clock) => [clock.kind, clock.outcome])).toEqual([
      ['pickup', 'met'],
      ['remedy', 'superseded'],
      ['actionPlan', null],
    ]);
    expect(after[2]?.startedAt).toEqual(at);
  });

  it('Majeure → Mineure → Majeure after the deadline still counts the first remedy breached', async () => {
    const ticket = await qualified('major', paris('2026-03-17T09:00'));
    const [, remedy] = await clocksOf(ticket.id);
    const late = new Date(remedy!.dueAt.getTime() + 1);
    await requalifyTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, severity: 'minor', reason: 'Erreur de qualification', now: late });
    await requalifyTicket(handle.db, {
      actor: actors.technician,
      ticketId: ticket.id,
      severity: 'major',
      reason: 'Finalement majeure',
      now: new Date(late.getTime() + HOUR),
    });
    const outcomes = (await clocksOf(ticket.id)).filter((clock) => clock.kind === 'remedy').map((clock) => clock.outcome);
    expect(outcomes).toEqual(['breached', null]);
  });
});

describe('the exact instant: hors délai strictly after dueAt', () => {
  it('the sweeper flags a breach at dueAt + 1 ms, not at dueAt', async () => {
    const { ticket, pickup } = await createTicket(handle.db, { actor: actors.agent, content: ticketContent(), now: paris('2026-04-07T09:00') });
    // Flag whatever else is due by then, so only this clock is left to judge at its instant.
    await sweepClocks(handle.db, 'breached', { now: pickup.dueAt, batchSize: 10_000 });
    const flaggedAt = async () => (await clocksOf(ticket.id))[0]?.breachFlaggedAt ?? null;
    expect(await flaggedAt()).toBeNull();
    await sweepClocks(handle.db, 'breached', { now: new Date(pickup.dueAt.getTime() + 1), batchSize: 10_000 });
    expect(await flaggedAt()).toEqual(new Date(pickup.dueAt.getTime() + 1));
  });

  it('a pickup exactly at dueAt is met, one millisecond later breached', async () => {
    const onTime = await createTicket(handle.db, { actor: actors.agent, content: ticketContent(), now: paris('2026-04-08T09:00') });
    await takeTicket(handle.db, { actor: actors.technician, ticketId: onTime.ticket.id, now: onTime.pickup.dueAt });
    const late = await createTicket(handle.db, { actor: actors.agent, content: ticketContent(), now: paris('2026-04-08T09:00') });
    await takeTicket(handle.db, { actor: actors.technician, ticketId: late.ticket.id, now: new Date(late.pickup.dueAt.getTime() + 1) });
    expect((await clocksOf(onTime.ticket.id))[0]?.outcome).toBe('met');
    expect((await clocksOf(late.ticket.id))[0]?.outcome).toBe('breached');
  });
});

describe('a suspended support pauses every clock of the organization (§13)', () => {
  it('pauses the pickup and the remedy, and lifting resumes them pushed by the business time suspended', async () => {
    const organizationId = actors.reunionAgent.organizationId!;
    const waiting = await createTicket(handle.db, { actor: actors.reunionAgent, content: ticketContent(), now: paris('2026-05-04T09:00') });
    const { ticket: major } = await createTicket(handle.db, { actor: actors.reunionAgent, content: ticketContent(), now: paris('2026-05-04T09:00') });
    await takeTicket(handle.db, { actor: actors.technician, ticketId: major.id, now: paris('2026-05-04T10:00') });
    await qualifyTicket(handle.db, {
      actor: actors.technician,
      ticketId: major.id,
      qualification: { outcome: 'anomaly', severity: 'major' },
      now: paris('2026-05-04T11:00'),
    });
    const [remedyBefore] = (await clocksOf(major.id)).filter((clock) => clock.kind === 'remedy');

    await setSupportSuspension(handle.db, { actor: manager(), organizationId, reason: 'Utilisateurs non formés', now: paris('2026-05-04T14:00') });
    const [pickupSuspended] = await clocksOf(waiting.ticket.id);
    expect(pickupSuspended).toMatchObject({ pausedAt: paris('2026-05-04T14:00'), pauseCauses: ['support_suspended'], stoppedAt: null });
    expect((await clocksOf(major.id)).find((clock) => clock.kind === 'remedy')).toMatchObject({ pauseCauses: ['support_suspended'] });

    // Nothing breaches while suspended, however long it lasts.
    await sweepClocks(handle.db, 'breached', { now: paris('2026-06-30T12:00'), batchSize: 10_000 });
    expect((await clocksOf(waiting.ticket.id))[0]?.breachFlaggedAt).toBeNull();

    await setSupportSuspension(handle.db, { actor: manager(), organizationId, reason: null, now: paris('2026-05-05T14:00') });
    const [pickupResumed] = await clocksOf(waiting.ticket.id);
    // 14:00 → next day 14:00 on the support calendar: 3 h 30 that day + 4 h 30 the next = 8 business hours.
    expect(pickupResumed).toMatchObject({ pausedAt: null, pauseCauses: [], pausedBusinessMs: 8 * HOUR });
    expect(pickupResumed?.dueAt).toEqual(addBusinessTime(DEFAULT_SUPPORT_CALENDAR, waiting.pickup.dueAt, 8 * HOUR));
    const remedyAfter = (await clocksOf(major.id)).find((clock) => clock.kind === 'remedy');
    expect(remedyAfter?.dueAt).toEqual(addBusinessTime(remedyCalendar(DEFAULT_SUPPORT_CALENDAR), remedyBefore!.dueAt, 24 * HOUR));
    expect((await eventsOf(waiting.ticket.id)).map((event) => event.type)).toEqual(['created', 'clocks_suspended', 'clocks_resumed']);
  });

  it('a clock also waiting for the client stays paused for that when the suspension is lifted', async () => {
    const organizationId = actors.reunionAgent.organizationId!;
    const { ticket } = await createTicket(handle.db, { actor: actors.reunionAgent, content: ticketContent(), now: paris('2026-05-11T09:00') });
    await takeTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, now: paris('2026-05-11T09:30') });
    await qualifyTicket(handle.db, {
      actor: actors.technician,
      ticketId: ticket.id,
      qualification: { outcome: 'anomaly', severity: 'blocking' },
      now: paris('2026-05-11T10:00'),
    });
    await requestInformation(handle.db, { actor: actors.technician, ticketId: ticket.id, question: 'Quel navigateur ?', now: paris('2026-05-11T11:00') });
    await setSupportSuspension(handle.db, { actor: manager(), organizationId, reason: 'Pas de téléassistance', now: paris('2026-05-11T12:00') });
    await setSupportSuspension(handle.db, { actor: manager(), organizationId, reason: null, now: paris('2026-05-12T12:00') });
    const plan = (await clocksOf(ticket.id)).find((clock) => clock.kind === 'actionPlan');
    expect(plan).toMatchObject({ pausedAt: paris('2026-05-11T11:00'), pauseCauses: ['waiting_client'] });
    await provideInformation(handle.db, { actor: actors.reunionAgent, ticketId: ticket.id, answer: 'Firefox 128', now: paris('2026-05-12T15:00') });
    expect((await clocksOf(ticket.id)).find((clock) => clock.kind === 'actionPlan')).toMatchObject({ pausedAt: null, pauseCauses: [] });
  });

  it('a clock started while the support is suspended starts paused', async () => {
    const organizationId = actors.reunionAgent.organizationId!;
    const { ticket } = await createTicket(handle.db, { actor: actors.reunionAgent, content: ticketContent(), now: paris('2026-05-18T09:00') });
    await takeTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, now: paris('2026-05-18T09:30') });
    await setSupportSuspension(handle.db, { actor: manager(), organizationId, reason: 'Prérequis techniques absents', now: paris('2026-05-18T10:00') });
    await qualifyTicket(handle.db, {
      actor: actors.technician,
      ticketId: ticket.id,
      qualification: { outcome: 'anomaly', severity: 'major' },
      now: paris('2026-05-18T11:00'),
    });
    expect((await clocksOf(ticket.id)).find((clock) => clock.kind === 'remedy')).toMatchObject({
      pausedAt: paris('2026-05-18T11:00'),
      pauseCauses: ['support_suspended'],
    });
    await setSupportSuspension(handle.db, { actor: manager(), organizationId, reason: null, now: paris('2026-05-19T11:00') });
  });
});

describe('a phone call starts its clocks when it came in (§16)', () => {
  const phone = (receivedAt: Date) => ({ organizationId: actors.agent.organizationId!, requesterId: actors.agent.id, receivedAt });

  it('received at 16:00, typed at 17:10: the pickup counts from 16:00', async () => {
    const { ticket, pickup } = await createTicket(handle.db, {
      actor: actors.technician,
      content: ticketContent({ replyPreference: 'callback', callbackPhone: '01 23 45 67 89' }),
      phone: phone(paris('2026-06-02T16:00')),
      now: paris('2026-06-02T17:10'),
    });
    expect(ticket).toMatchObject({ channel: 'phone', receivedAt: paris('2026-06-02T16:00'), createdAt: paris('2026-06-02T17:10') });
    expect(pickup.startedAt).toEqual(paris('2026-06-02T16:00'));
    // 16:00 → 17:30 (1 h 30), then 6 h 30 the next day from 08:30: 12:30 + 2 h 30 after lunch = 16:00.
    expect(pickup.dueAt).toEqual(paris('2026-06-03T16:00'));
  });

  it('refuses a call received in the future, or more than 7 days ago, with a French message, writing nothing', async () => {
    const now = paris('2026-06-02T17:10');
    const before = (await handle.db.select({ id: tickets.id }).from(tickets)).length;
    await expect(
      createTicket(handle.db, { actor: actors.technician, content: ticketContent(), phone: phone(new Date(now.getTime() + 60_000)), now }),
    ).rejects.toMatchObject({ kind: 'invalid', fieldErrors: { receivedAt: expect.stringContaining('au plus tard maintenant') } });
    await expect(
      createTicket(handle.db, { actor: actors.technician, content: ticketContent(), phone: phone(paris('2026-05-25T17:00')), now }),
    ).rejects.toMatchObject({
      kind: 'invalid',
    });
    expect((await handle.db.select({ id: tickets.id }).from(tickets)).length).toBe(before);
  });
});

describe('a manager may take a Demande out of the 75 % (§13)', () => {
  it('with a reason: audited, in the history, told to the client, and out of the ratio', async () => {
    const organizationId = actors.agent.organizationId!;
    const { ticket } = await createTicket(handle.db, { actor: actors.agent, content: ticketContent(), now: paris('2026-01-20T09:00') });
    const now = paris('2026-01-25T09:00');
    const before = await getPickupCompliance(handle.db, { organizationId, now });
    await excludeFromPickupRatio(handle.db, {
      actor: manager(),
      ticketId: ticket.id,
      reason: 'Téléassistance refusée par la mairie',
      now: paris('2026-01-22T09:00'),
    });
    const after = await getPickupCompliance(handle.db, { organizationId, now });
    expect(after).toMatchObject({ excluded: before!.excluded + 1, breached: before!.breached - 1 });

    const [stored] = await handle.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(stored).toMatchObject({ pickupExclusionReason: 'Téléassistance refusée par la mairie', pickupExcludedById: actors.manager.id });
    expect((await eventsOf(ticket.id)).at(-1)).toMatchObject({ type: 'pickup_excluded', internal: false });
    const audits = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'ticket.pickup-excluded'), eq(auditLog.targetId, ticket.id)));
    expect(audits).toHaveLength(1);
    const told = await handle.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.ticketId, ticket.id), eq(notifications.type, 'pickup_excluded')));
    expect(told[0]?.body).toContain('Téléassistance refusée par la mairie');
  });

  it('is refused to a technician, and twice', async () => {
    const { ticket } = await createTicket(handle.db, { actor: actors.agent, content: ticketContent(), now: paris('2026-01-21T09:00') });
    await expect(
      excludeFromPickupRatio(handle.db, { actor: { ...actors.technician, email: 'technicien1@guichet.demo' }, ticketId: ticket.id, reason: 'Motif' }),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    await excludeFromPickupRatio(handle.db, { actor: manager(), ticketId: ticket.id, reason: 'Motif valable' });
    await expect(excludeFromPickupRatio(handle.db, { actor: manager(), ticketId: ticket.id, reason: 'Encore' })).rejects.toMatchObject({ kind: 'conflict' });
  });
});

describe('waiting for the client: one reminder after 3 business days', () => {
  it('reminds once, with the question quoted, not before the third business day', async () => {
    const { ticket } = await createTicket(handle.db, { actor: actors.agent, content: ticketContent(), now: paris('2026-06-08T09:00') });
    await takeTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, now: paris('2026-06-08T09:30') });
    // Asked on Thursday 10:00: three business days later is Tuesday 10:00 (the weekend does not count).
    await requestInformation(handle.db, {
      actor: actors.technician,
      ticketId: ticket.id,
      question: 'Pouvez-vous joindre une capture ?',
      now: paris('2026-06-11T10:00'),
    });
    const remindersOf = async () =>
      (
        await handle.db
          .select()
          .from(notifications)
          .where(and(eq(notifications.ticketId, ticket.id), eq(notifications.type, 'waiting_reminder')))
      ).length;

    await remindWaitingClients(handle.db, { now: paris('2026-06-16T09:59') });
    expect(await remindersOf()).toBe(0);
    await remindWaitingClients(handle.db, { now: paris('2026-06-16T10:00') });
    await remindWaitingClients(handle.db, { now: paris('2026-06-17T10:00') });
    expect(await remindersOf()).toBe(1);
    expect((await eventsOf(ticket.id)).filter((event) => event.type === 'waiting_reminder_sent')).toHaveLength(1);
  });
});

describe('a resolved Demande closes itself 15 days after its resolution', () => {
  it('closes it then, in its history, and not a minute before', async () => {
    const { ticket } = await createTicket(handle.db, { actor: actors.agent, content: ticketContent(), now: paris('2026-07-01T09:00') });
    await takeTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, now: paris('2026-07-01T09:30') });
    await resolveTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, answer: 'Mettez à jour le poste.', now: paris('2026-07-01T10:00') });
    const statusOf = async () => (await handle.db.select({ status: tickets.status }).from(tickets).where(eq(tickets.id, ticket.id)))[0]?.status;

    await closeResolvedTickets(handle.db, { now: paris('2026-07-16T09:59') });
    expect(await statusOf()).toBe('resolved');
    await closeResolvedTickets(handle.db, { now: paris('2026-07-16T10:00') });
    expect(await statusOf()).toBe('closed');
    expect((await eventsOf(ticket.id)).at(-1)).toMatchObject({ type: 'auto_closed', actorId: null });
    expect(await closeResolvedTickets(handle.db, { now: paris('2026-07-20T10:00') })).toBe(0);
  });
});

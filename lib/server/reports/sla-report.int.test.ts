import { isNotNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { slaClocks, type Ticket } from '@/db/schema';
import { backfillActiveBusinessTime } from '@/db/backfill-active-business-time';
import type { Actor } from '@/lib/server/actor';
import { getPickupCompliance } from '@/lib/server/sla/get-pickup-compliance';
import { cancelTicket } from '@/lib/server/tickets/cancel-ticket';
import { createTicket } from '@/lib/server/tickets/create-ticket';
import { deliverActionPlan } from '@/lib/server/tickets/deliver-action-plan';
import { deliverRemedy } from '@/lib/server/tickets/deliver-remedy';
import { excludeFromPickupRatio } from '@/lib/server/tickets/exclude-from-pickup-ratio';
import { provideInformation } from '@/lib/server/tickets/provide-information';
import { qualifyTicket } from '@/lib/server/tickets/qualify-ticket';
import { requalifyTicket } from '@/lib/server/tickets/requalify-ticket';
import { requestInformation } from '@/lib/server/tickets/request-information';
import { takeTicket } from '@/lib/server/tickets/take-ticket';
import { paris, ticketContent } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { getSlaReport } from './get-sla-report';

// §13, §14 reports on scenarios with known answers. Saint-Exemple and Saint-Denis-Exemple (La
// Réunion) both have support since 5 January 2026; the support calendar is the default one
// (Monday–Friday 08:30–12:30 and 13:30–17:30, Paris).
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);
const manager = () => ({ ...actors.manager, email: 'responsable@guichet.demo' });

async function file(actor: Actor, at: string, module = 'État civil'): Promise<Ticket> {
  const { ticket } = await createTicket(handle.db, { actor, content: ticketContent({ module }), now: paris(at) });
  return ticket;
}

async function take(ticket: Ticket, at: string, actor: Actor = actors.technician) {
  await takeTicket(handle.db, { actor, ticketId: ticket.id, now: paris(at) });
}

async function qualify(ticket: Ticket, severity: 'blocking' | 'major', at: string) {
  await qualifyTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, qualification: { outcome: 'anomaly', severity }, now: paris(at) });
}

describe('§13: 8 of 10 Demandes taken in charge on time in the first period', () => {
  const now = paris('2026-03-20T12:00');
  const references: Record<string, string> = {};

  beforeAll(async () => {
    const agent = actors.agent;
    const onTime: Array<[string, string]> = [
      ['2026-03-02T09:00', '2026-03-02T09:30'],
      ['2026-03-02T10:00', '2026-03-02T11:00'],
      ['2026-03-02T14:00', '2026-03-03T09:00'],
      // Taken at its deadline itself: on time (late means strictly after).
      ['2026-03-03T09:00', '2026-03-04T09:00'],
      ['2026-03-04T16:00', '2026-03-05T10:00'],
      ['2026-03-05T08:30', '2026-03-05T12:30'],
      // Registered at 17:25 on a Friday, taken at 09:00 on Monday: 5 + 30 minutes.
      ['2026-03-06T17:25', '2026-03-09T09:00'],
      // Registered on a Saturday: counts from Monday's opening.
      ['2026-03-07T10:00', '2026-03-09T16:00'],
    ];
    for (const [registered, taken] of onTime) await take(await file(agent, registered), taken);
    // Due Tuesday 09:00, taken at 11:00: 2 business hours late.
    const twoHours = await file(agent, '2026-03-02T09:00');
    await take(twoHours, '2026-03-03T11:00');
    references.twoHours = twoHours.reference;
    // Due Thursday 14:00, taken Friday 09:00: 3 h 30 on Thursday and 30 min on Friday.
    const fourHours = await file(agent, '2026-03-04T14:00');
    await take(fourHours, '2026-03-06T09:00');
    references.fourHours = fourHours.reference;
    // Late by 8 business hours, but taken out of the ratio by a manager.
    const excluded = await file(agent, '2026-03-10T09:00');
    await take(excluded, '2026-03-12T09:00');
    await excludeFromPickupRatio(handle.db, {
      actor: manager(),
      ticketId: excluded.id,
      reason: 'Téléassistance refusée par la collectivité',
      now: paris('2026-03-13T10:00'),
    });
    references.excluded = excluded.reference;
    // Cancelled before its deadline: nothing was owed.
    const cancelled = await file(agent, '2026-03-10T10:00');
    await cancelTicket(handle.db, { actor: agent, ticketId: cancelled.id, now: paris('2026-03-10T10:30') });
  });

  it('rates the period 80 %, kept, the excluded and cancelled Demandes out of the ratio', async () => {
    const report = await getSlaReport(handle.db, { actor: actors.agent, search: {}, timeZone: 'Europe/Paris', now });
    expect(report.periods).toHaveLength(1);
    const [period] = report.periods;
    expect(period!.period).toMatchObject({ number: 1, current: true, start: paris('2026-01-05T00:00'), end: paris('2027-01-05T00:00') });
    expect(period!.compliance).toMatchObject({ met: 8, breached: 2, pending: 0, excluded: 1, cancelled: 1, decided: 10, rate: 0.8, compliant: true });
    // A client's report is their organization alone: no overall row.
    expect(report.currentOverall).toBeNull();
  });

  it('counts as lib/sla does for the home page', async () => {
    const report = await getSlaReport(handle.db, { actor: actors.agent, search: {}, timeZone: 'Europe/Paris', now });
    const home = await getPickupCompliance(handle.db, { organizationId: actors.agent.organizationId!, now });
    expect(report.periods[0]!.compliance).toMatchObject({
      met: home!.met,
      breached: home!.breached,
      pending: home!.pending,
      cancelled: home!.cancelled,
      excluded: home!.excluded,
      rate: home!.rate,
      compliant: home!.compliant,
    });
  });

  it('lists the 2 late ones, most recent first, with their lateness in business hours', async () => {
    const { late } = await getSlaReport(handle.db, { actor: actors.agent, search: {}, timeZone: 'Europe/Paris', now });
    expect(late.total).toBe(2);
    expect(late.rows.map(({ reference, latenessMs, state, late: isLate }) => ({ reference, latenessMs, state, isLate }))).toEqual([
      { reference: references.fourHours, latenessMs: 4 * HOUR, state: 'taken', isLate: true },
      { reference: references.twoHours, latenessMs: 2 * HOUR, state: 'taken', isLate: true },
    ]);
    expect(late.rows[1]).toMatchObject({ dueAt: paris('2026-03-03T09:00'), endedAt: paris('2026-03-03T11:00'), receivedAt: paris('2026-03-02T09:00') });
  });

  it('shows the excluded Demande apart, with its reason and how late it was', async () => {
    const { excluded } = await getSlaReport(handle.db, { actor: actors.agent, search: {}, timeZone: 'Europe/Paris', now });
    expect(excluded.total).toBe(1);
    expect(excluded.rows[0]).toMatchObject({
      reference: references.excluded,
      reason: 'Téléassistance refusée par la collectivité',
      excludedAt: paris('2026-03-13T10:00'),
      late: true,
      latenessMs: 8 * HOUR,
    });
  });

  it('counts the month in the trend, and the business time to pickup of every Demande taken in charge', async () => {
    const report = await getSlaReport(handle.db, { actor: actors.agent, search: {}, timeZone: 'Europe/Paris', now });
    expect(report.range).toMatchObject({ from: '2025-04-01', to: '2026-03-20' });
    const march = report.trend.pickup.months.find(({ month }) => month === '2026-03');
    expect(march!.compliance).toMatchObject({ met: 8, breached: 2, excluded: 1, cancelled: 1, rate: 0.8 });
    expect(report.trend.pickup.total).toMatchObject({ met: 8, breached: 2 });
    // 30, 35, 60, 180, 240, 240, 390, 480, 600, 720, 960 minutes: the 6th and the 10th of 11.
    const pickup = report.delays.find(({ kind }) => kind === 'pickup')!;
    expect(pickup.delivered).toMatchObject({ count: 11, median: 4 * HOUR, p90: 12 * HOUR });
    expect(pickup.paused).toMatchObject({ count: 0, median: null });
  });

  it('filters by module, severity and channel in the query', async () => {
    const elsewhere = await getSlaReport(handle.db, { actor: actors.agent, search: { module: 'Élections' }, timeZone: 'Europe/Paris', now });
    expect(elsewhere.periods[0]!.compliance).toMatchObject({ met: 0, breached: 0, rate: null });
    const byPhone = await getSlaReport(handle.db, { actor: actors.agent, search: { channel: 'phone' }, timeZone: 'Europe/Paris', now });
    expect(byPhone.late.total).toBe(0);
    const blocking = await getSlaReport(handle.db, { actor: actors.agent, search: { severity: 'blocking' }, timeZone: 'Europe/Paris', now });
    expect(blocking.trend.pickup.total.decided).toBe(0);
  });
});

describe('p50 and p90 on a known set, and a technician’s own work', () => {
  beforeAll(async () => {
    // Ten Demandes of La Réunion registered Monday 16 March at 09:00, taken after 10, 20 … 100 minutes by technician 2.
    for (let minutes = 10; minutes <= 100; minutes += 10) {
      const ticket = await file(actors.reunionAgent, '2026-03-16T09:00', 'Élections');
      await takeTicket(handle.db, { actor: actors.technician2, ticketId: ticket.id, now: new Date(paris('2026-03-16T09:00').getTime() + minutes * MINUTE) });
    }
  });

  it('gives the 5th and the 9th of 10 durations as median and 90th percentile', async () => {
    const report = await getSlaReport(handle.db, {
      actor: actors.manager,
      search: { module: 'Élections', from: '2026-03-01', to: '2026-03-31' },
      timeZone: 'Europe/Paris',
      now: paris('2026-03-20T12:00'),
    });
    expect(report.delays.find(({ kind }) => kind === 'pickup')!.delivered).toEqual({ count: 10, median: 50 * MINUTE, p90: 90 * MINUTE, total: 550 * MINUTE });
  });

  it('shows a technician the Demandes they acted on, and no other', async () => {
    const search = { from: '2026-03-01', to: '2026-03-31' };
    const now = paris('2026-03-20T12:00');
    const own = await getSlaReport(handle.db, { actor: actors.technician2, search, timeZone: 'Europe/Paris', now });
    expect(own.periods.map((row) => row.organizationName)).toEqual(['Mairie de Saint-Denis-Exemple']);
    expect(own.trend.pickup.total).toMatchObject({ met: 10, breached: 0 });
    const other = await getSlaReport(handle.db, { actor: actors.technician, search, timeZone: 'Europe/Paris', now });
    expect(other.periods.map((row) => row.organizationName)).toEqual(['Mairie de Saint-Exemple']);
    expect(other.trend.pickup.total).toMatchObject({ met: 8, breached: 2, excluded: 1 });
  });

  it('shows a manager every organization, with the current periods together', async () => {
    const report = await getSlaReport(handle.db, { actor: actors.manager, search: {}, timeZone: 'Europe/Paris', now: paris('2026-03-20T12:00') });
    expect(report.periods.map((row) => row.organizationName)).toEqual(['Mairie de Saint-Denis-Exemple', 'Mairie de Saint-Exemple']);
    expect(report.currentOverall).toMatchObject({ met: 18, breached: 2, excluded: 1, rate: 0.9, compliant: true });
    const one = await getSlaReport(handle.db, {
      actor: actors.manager,
      search: { organizationId: actors.reunionAgent.organizationId! },
      timeZone: 'Europe/Paris',
      now: paris('2026-03-20T12:00'),
    });
    expect(one.periods.map((row) => row.organizationName)).toEqual(['Mairie de Saint-Denis-Exemple']);
  });

  it('keeps a client to their organization, whatever organization the filters name', async () => {
    const report = await getSlaReport(handle.db, {
      actor: actors.reunionAgent,
      search: { organizationId: actors.agent.organizationId! },
      timeZone: 'Indian/Reunion',
      now: paris('2026-03-20T12:00'),
    });
    expect(report.periods.map((row) => row.organizationName)).toEqual(['Mairie de Saint-Denis-Exemple']);
    expect(report.late.total).toBe(0);
  });
});

describe('§14: action plans and remedies met and breached per month, waiting for the client apart', () => {
  const now = paris('2026-04-30T12:00');
  const report = () =>
    getSlaReport(handle.db, { actor: actors.manager, search: { module: 'COMEDEC', from: '2026-04-01', to: '2026-04-30' }, timeZone: 'Europe/Paris', now });

  beforeAll(async () => {
    const anomaly = async (severity: 'blocking' | 'major', day: string) => {
      const ticket = await file(actors.reunionAgent, `${day}T08:30`, 'COMEDEC');
      await take(ticket, `${day}T08:40`);
      await qualify(ticket, severity, `${day}T09:00`);
      return ticket;
    };
    // Blocking, due Wednesday 14:00, plan sent Wednesday 10:00: met after 9 business hours.
    const planOnTime = await anomaly('blocking', '2026-04-07');
    await deliverActionPlan(handle.db, { actor: actors.technician, ticketId: planOnTime.id, plan: 'Plan', now: paris('2026-04-08T10:00') });
    // Blocking, due Wednesday 14:00, plan sent Thursday 09:00: breached after 12 + 4 business hours.
    const planLate = await anomaly('blocking', '2026-04-07');
    await deliverActionPlan(handle.db, { actor: actors.technician, ticketId: planLate.id, plan: 'Plan', now: paris('2026-04-09T09:00') });
    // Major, due Wednesday 15 at 09:00; a day waiting for the client pushes it to Thursday 16;
    // the fix comes Monday 13 at 09:00: 4 business days elapsed, 1 of them paused.
    const remedyOnTime = await anomaly('major', '2026-04-07');
    await requestInformation(handle.db, { actor: actors.technician, ticketId: remedyOnTime.id, question: 'Quel acte ?', now: paris('2026-04-09T09:00') });
    await provideInformation(handle.db, {
      actor: actors.reunionAgent,
      ticketId: remedyOnTime.id,
      answer: 'Un acte de naissance.',
      now: paris('2026-04-10T09:00'),
    });
    await deliverRemedy(handle.db, {
      actor: actors.technician,
      ticketId: remedyOnTime.id,
      remedy: 'fix',
      description: 'Corrigé',
      resolves: false,
      now: paris('2026-04-13T09:00'),
    });
    // Major, due Thursday 16 at 09:00, requalified blocking on Friday 17: the remedy clock is breached,
    // and the new action plan is sent on time.
    const requalifiedLate = await anomaly('major', '2026-04-08');
    await requalifyTicket(handle.db, {
      actor: actors.technician,
      ticketId: requalifiedLate.id,
      severity: 'blocking',
      reason: 'Plus grave',
      now: paris('2026-04-17T09:00'),
    });
    await deliverActionPlan(handle.db, { actor: actors.technician, ticketId: requalifiedLate.id, plan: 'Plan', now: paris('2026-04-20T10:00') });
    // Major, requalified minor the next day: its remedy clock is superseded, nothing was breached.
    const requalifiedEarly = await anomaly('major', '2026-04-09');
    await requalifyTicket(handle.db, {
      actor: actors.technician,
      ticketId: requalifiedEarly.id,
      severity: 'minor',
      reason: 'Contournement simple',
      now: paris('2026-04-10T09:00'),
    });
  });

  it('counts a requalified overdue clock breached, one requalified in time apart', async () => {
    const { trend } = await report();
    const april = (kind: 'actionPlan' | 'remedy') => trend[kind].months.find(({ month }) => month === '2026-04')!.compliance;
    expect(april('actionPlan')).toMatchObject({ met: 2, breached: 1, superseded: 0, pending: 0 });
    expect(april('remedy')).toMatchObject({ met: 1, breached: 1, superseded: 1, pending: 0, rate: 0.5 });
  });

  it('measures the time to deliver, pauses apart, over the clocks that delivered', async () => {
    const { delays } = await report();
    const actionPlan = delays.find(({ kind }) => kind === 'actionPlan')!;
    // 9 h, 9 h and 16 h.
    expect(actionPlan.delivered).toMatchObject({ count: 3, median: 9 * HOUR, p90: 16 * HOUR });
    const remedy = delays.find(({ kind }) => kind === 'remedy')!;
    // The clock breached by its requalification delivered nothing: only the fix counts.
    expect(remedy.delivered).toMatchObject({ count: 1, median: 72 * HOUR });
    expect(remedy.paused).toEqual({ count: 1, median: 24 * HOUR, p90: 24 * HOUR, total: 24 * HOUR });
  });
});

describe('§13: the period boundary on the support start date’s anniversary, and Demandes still waiting', () => {
  const now = paris('2027-01-07T12:00');

  beforeAll(async () => {
    // 23:00 on 4 January in La Réunion: the first period's last hour.
    await file(actors.reunionAgent, '2027-01-04T20:00', 'Cimetières');
    // 01:00 on 5 January in La Réunion: the second period, although still 4 January in Paris.
    await file(actors.reunionAgent, '2027-01-04T22:00', 'Cimetières');
    // Registered this morning: within its 8 business hours.
    await file(actors.reunionAgent, '2027-01-07T10:00', 'Cimetières');
  });

  it('splits the Demandes at local midnight of the anniversary, in the organization’s zone', async () => {
    const { periods } = await getSlaReport(handle.db, { actor: actors.reunionAgent, search: { module: 'Cimetières' }, timeZone: 'Indian/Reunion', now });
    expect(periods.map(({ period, compliance }) => [period.number, period.current, compliance.breached, compliance.pending])).toEqual([
      [1, false, 1, 0],
      [2, true, 1, 1],
    ]);
    expect(periods[1]!.period.start).toEqual(paris('2027-01-04T21:00'));
  });

  it('counts a Demande still waiting past its deadline as late, its lateness running to now', async () => {
    const { late } = await getSlaReport(handle.db, { actor: actors.reunionAgent, search: { module: 'Cimetières' }, timeZone: 'Indian/Reunion', now });
    // Both due Tuesday 17:30 (counted from Tuesday's opening); now is Thursday 12:00: 8 h + 3 h 30.
    expect(late.rows.map(({ state, latenessMs, endedAt }) => ({ state, latenessMs, endedAt }))).toEqual([
      { state: 'waiting', latenessMs: 11.5 * HOUR, endedAt: null },
      { state: 'waiting', latenessMs: 11.5 * HOUR, endedAt: null },
    ]);
  });
});

describe('the business time a clock ran, stored with its stop', () => {
  it('is written by every stop, and filled by the start-up backfill for clocks stopped before it existed', async () => {
    const stopped = await handle.db.select({ id: slaClocks.id, active: slaClocks.activeBusinessMs }).from(slaClocks).where(isNotNull(slaClocks.stoppedAt));
    expect(stopped.length).toBeGreaterThan(0);
    expect(stopped.every((clock) => clock.active !== null)).toBe(true);

    await handle.db.update(slaClocks).set({ activeBusinessMs: null }).where(isNotNull(slaClocks.stoppedAt));
    expect(await backfillActiveBusinessTime(handle.db)).toBe(stopped.length);
    const filled = await handle.db.select({ id: slaClocks.id, active: slaClocks.activeBusinessMs }).from(slaClocks).where(isNotNull(slaClocks.stoppedAt));
    expect(new Map(filled.map((clock) => [clock.id, clock.active]))).toEqual(new Map(stopped.map((clock) => [clock.id, clock.active])));
    expect(await backfillActiveBusinessTime(handle.db)).toBe(0);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { clockCalendar } from '@/lib/sla';
import { TICKET_EVENT_TYPES, TICKET_REFERENCE_PATTERN } from '@/lib/tickets';
import { demoHistoryInput } from './demo-input';
import { planDemoHistory, type DemoHistoryPlan } from './plan';
import type { Person } from './simulate';

const MODULES = ['État civil', 'Élections', 'COMEDEC', 'Cimetières'];
const PARIS = '00000000-0000-4000-8000-00000000000a';
const REUNION = '00000000-0000-4000-8000-00000000000b';

function person(id: string, role: Person['role'], organizationId: string | null, name: string): Person {
  return { id, role, organizationId, name, email: `${name.toLowerCase()}@exemple.demo` };
}

const STAFF = [
  person('00000000-0000-4000-8000-000000000001', 'support_manager', null, 'Camille'),
  person('00000000-0000-4000-8000-000000000002', 'technician', null, 'Thomas'),
  person('00000000-0000-4000-8000-000000000003', 'technician', null, 'Ines'),
];

function demoPlan(now: Date, seed?: string, tickets?: number): DemoHistoryPlan {
  return planDemoHistory({
    ...demoHistoryInput({
      now,
      seed,
      publicUrl: 'http://localhost:3000',
      staff: STAFF,
      faqArticles: [
        { id: '00000000-0000-4000-8000-0000000000f1', module: 'État civil', published: true },
        { id: '00000000-0000-4000-8000-0000000000f2', module: 'Général', published: true },
      ],
      organizations: [
        {
          id: PARIS,
          timeZone: 'Europe/Paris',
          modules: MODULES,
          supportStartDate: '2026-01-05',
          emailDomain: 'saint-exemple.demo',
          weight: 3,
          clients: [
            person('00000000-0000-4000-8000-000000000011', 'client_admin', PARIS, 'Claire'),
            person('00000000-0000-4000-8000-000000000012', 'client_user', PARIS, 'Paul'),
            person('00000000-0000-4000-8000-000000000013', 'client_user', PARIS, 'Julie'),
          ],
        },
        {
          id: REUNION,
          timeZone: 'Indian/Reunion',
          modules: MODULES,
          supportStartDate: '2026-01-05',
          emailDomain: 'reunion-exemple.demo',
          weight: 2,
          clients: [
            person('00000000-0000-4000-8000-000000000021', 'client_admin', REUNION, 'Marie'),
            person('00000000-0000-4000-8000-000000000022', 'client_user', REUNION, 'Didier'),
          ],
        },
      ],
    }),
    ...(tickets === undefined ? {} : { tickets }),
  });
}

// A Monday morning, the demo's usual instant.
const NOW = new Date('2026-11-30T09:15:00Z');
const plan = demoPlan(NOW);
const clocks = plan.tickets.flatMap((ticket) => ticket.clocks);
const events = plan.tickets.flatMap((ticket) => ticket.events);

/** Where a clock stands at `now`, by lib/sla's boundaries. */
function standing(clock: (typeof clocks)[number], now: Date): string {
  if (clock.outcome) return `${clock.kind} ${clock.outcome}`;
  if (clock.pausedAt) return `${clock.kind} paused`;
  if (clock.dueAt.getTime() < now.getTime()) return `${clock.kind} overdue`;
  if (clock.atRiskAt.getTime() <= now.getTime()) return `${clock.kind} at_risk`;
  return `${clock.kind} on_time`;
}

describe('the demo history plan', () => {
  it('is the same for the same seed and the same now, and another for another seed', () => {
    expect(JSON.stringify(demoPlan(NOW))).toBe(JSON.stringify(plan));
    expect(demoPlan(NOW, 'autre').tickets.map((ticket) => ticket.ticket.subject)).not.toEqual(plan.tickets.map((ticket) => ticket.ticket.subject));
  }, 60_000);

  it('holds a few hundred Demandes in every state a Demande can reach, and every outcome of its clocks', () => {
    expect(plan.refused).toEqual([]);
    expect(plan.tickets.length).toBeGreaterThan(250);
    expect(plan.tickets.length).toBeLessThan(500);
    // 'qualifying' is left out: no operation of the server leads there yet.
    expect(new Set(plan.tickets.map(({ ticket }) => ticket.status))).toEqual(
      new Set(['registered', 'in_charge', 'waiting_client', 'in_correction', 'resolved', 'closed', 'cancelled']),
    );
    const states = new Set(clocks.map((clock) => standing(clock, NOW)));
    for (const state of [
      'pickup met',
      'pickup breached',
      'pickup cancelled',
      'pickup on_time',
      'pickup at_risk',
      'pickup overdue',
      'actionPlan met',
      'actionPlan breached',
      'actionPlan superseded',
      'actionPlan at_risk',
      'actionPlan overdue',
      'remedy met',
      'remedy breached',
      'remedy superseded',
      'remedy on_time',
      'remedy at_risk',
      'remedy overdue',
      'remedy paused',
    ]) {
      expect(states, state).toContain(state);
    }
    // Every kind of history event, but a suspension of support (none in the demo).
    const types = new Set(events.map((event) => event.type));
    expect(types).toEqual(new Set(TICKET_EVENT_TYPES.filter((type) => type !== 'clocks_suspended' && type !== 'clocks_resumed')));
    expect(new Set(plan.tickets.map(({ ticket }) => ticket.type))).toEqual(new Set(['standard', 'restore', 'software_account']));
    expect(plan.tickets.some(({ ticket }) => ticket.status === 'waiting_client' && ticket.waitingReminderSentAt !== null)).toBe(true);
    expect(plan.tickets.filter(({ ticket }) => ticket.pickupExclusionReason).length).toBeGreaterThan(0);
    expect(plan.tickets.flatMap((ticket) => ticket.attachments).length).toBeGreaterThan(0);
    expect(plan.tickets.flatMap((ticket) => ticket.messages).some((message) => message.kind === 'internal')).toBe(true);
  });

  it('records a requalification after the deadline as breached (DOMAIN "Support clocks")', () => {
    const requalifiedLate = plan.tickets.filter(({ clocks: own }) =>
      own.some(
        (clock) =>
          clock.kind !== 'pickup' &&
          clock.outcome === 'breached' &&
          own.some((other) => other.startedAt.getTime() === clock.stoppedAt?.getTime() && other.id !== clock.id),
      ),
    );
    expect(requalifiedLate.length).toBeGreaterThan(0);
    for (const { events: own } of requalifiedLate) expect(own.map((event) => event.type)).toContain('requalified');
  });

  it('computes every deadline as lib/sla does: dueAt and atRiskAt are the budget plus the pauses on the clock’s calendar', () => {
    for (const clock of clocks) {
      expect(clock.calendar).toEqual(clockCalendar(clock.kind, DEFAULT_SUPPORT_CALENDAR));
      expect(clock.dueAt).toEqual(addBusinessTime(clock.calendar, clock.startedAt, clock.budgetMs + clock.pausedBusinessMs));
      expect(clock.atRiskAt).toEqual(addBusinessTime(clock.calendar, clock.startedAt, Math.round(clock.budgetMs * clock.atRiskRatio) + clock.pausedBusinessMs));
      if (clock.outcome === 'met') expect(clock.stoppedAt!.getTime()).toBeLessThanOrEqual(clock.dueAt.getTime());
      if (clock.outcome === 'breached') expect((clock.pausedAt ?? clock.stoppedAt)!.getTime()).toBeGreaterThan(clock.dueAt.getTime());
    }
  });

  it('has flagged, with their event, every transition the sweeper would have announced before now, and nothing else', () => {
    for (const { clocks: own, events: history } of plan.tickets) {
      for (const clock of own) {
        const running = clock.stoppedAt === null && clock.pausedAt === null;
        if (running && clock.atRiskAt.getTime() <= NOW.getTime()) expect(clock.atRiskFlaggedAt).not.toBeNull();
        if (running && clock.dueAt.getTime() < NOW.getTime()) expect(clock.breachFlaggedAt).not.toBeNull();
        if (clock.breachFlaggedAt) expect(clock.breachFlaggedAt.getTime()).toBeGreaterThan(clock.dueAt.getTime());
        if (clock.atRiskFlaggedAt) expect(clock.atRiskFlaggedAt.getTime()).toBeGreaterThanOrEqual(clock.atRiskAt.getTime());
      }
      const flags = own.flatMap((clock) => [clock.atRiskFlaggedAt, clock.breachFlaggedAt]).filter((flag) => flag !== null);
      expect(history.filter((event) => event.type === 'clock_at_risk' || event.type === 'clock_breached')).toHaveLength(flags.length);
    }
  });

  it('never writes anything before its Demande was created nor after now; a call is received before it is typed, within 7 days', () => {
    for (const { ticket, events: history, messages, notifications, clocks: own } of plan.tickets) {
      const created = ticket.createdAt.getTime();
      const instants = [...history.map((event) => event.at), ...messages.map((message) => message.createdAt), ...notifications.map((n) => n.createdAt)];
      for (const at of instants) {
        expect(at.getTime()).toBeGreaterThanOrEqual(created);
        expect(at.getTime()).toBeLessThanOrEqual(NOW.getTime());
      }
      expect(history.map((event) => event.at.getTime())).toEqual(history.map((event) => event.at.getTime()).sort((a, b) => a - b));
      expect(history[0]?.type).toBe('created');
      expect(ticket.receivedAt.getTime()).toBeLessThanOrEqual(created);
      expect(created - ticket.receivedAt.getTime()).toBeLessThan(7 * 24 * 3_600_000);
      expect(ticket.channel === 'phone').toBe(ticket.receivedAt.getTime() < created);
      expect(own[0]?.startedAt).toEqual(ticket.receivedAt);
    }
    expect(plan.tickets.some(({ ticket }) => ticket.channel === 'phone')).toBe(true);
  });

  it('numbers the references in the order the Demandes were filed', () => {
    const references = plan.tickets.map(({ ticket }) => ticket.reference);
    for (const reference of references) expect(reference).toMatch(TICKET_REFERENCE_PATTERN);
    expect(references.map((reference) => Number(reference.slice(-6)))).toEqual(references.map((_, index) => index + 1));
    expect(plan.lastNumber).toBe(references.length);
  });

  it('leaves notifications unread for every demo account, and reads the older ones', () => {
    const notifications = plan.tickets.flatMap((ticket) => ticket.notifications);
    for (const user of [...STAFF.map((member) => member.id), '00000000-0000-4000-8000-000000000012', '00000000-0000-4000-8000-000000000022']) {
      const own = notifications.filter((notification) => notification.userId === user);
      expect(own.some((notification) => notification.readAt === null)).toBe(true);
      expect(own.some((notification) => notification.readAt !== null)).toBe(true);
    }
  });

  it('is told through the rules at any instant: no story refused, whatever the day, the hour or the clock change', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2026-02-01T00:00:00Z'), max: new Date('2028-12-31T23:59:59Z'), noInvalidDate: true }), fc.nat(1000), (now, seed) => {
        expect(demoPlan(now, `graine-${seed}`, 40).refused).toEqual([]);
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it.each([
    ['a Sunday evening', '2026-11-29T21:00:00Z'],
    ['Christmas Day', '2026-12-25T10:00:00Z'],
    ['a Friday at the support’s closing', '2026-11-27T16:30:00Z'],
    ['a spring Wednesday at lunch', '2026-04-15T10:45:00Z'],
  ])(
    'on %s too, the queues hold Demandes at risk and overdue, with their clocks flagged',
    (_, instant) => {
      const now = new Date(instant);
      const other = demoPlan(now);
      expect(other.refused).toEqual([]);
      const states = new Set(other.tickets.flatMap((ticket) => ticket.clocks).map((clock) => standing(clock, now)));
      for (const state of [
        'pickup on_time',
        'pickup at_risk',
        'pickup overdue',
        'actionPlan at_risk',
        'actionPlan overdue',
        'remedy at_risk',
        'remedy overdue',
        'remedy paused',
      ]) {
        expect(states, state).toContain(state);
      }
    },
    30_000,
  );
});

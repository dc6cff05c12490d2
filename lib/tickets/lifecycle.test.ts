import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { applyClockEffects, SEVERITIES, type Clock } from '@/lib/sla';
import { REMEDY_KINDS } from './actions';
import { ROLES, type Role } from '@/lib/accounts/roles';
import type { ActorContext } from './actor';
import { can } from './can';
import { TicketError } from './ticket-error';
import { registerTicket, transition, type TicketCommand } from './transition';
import type { TicketState } from './ticket-state';
import { TRANSITIONS } from './transitions';

const ACTOR_IDS: Readonly<Record<Role, string>> = {
  technician: 'tech-1',
  support_manager: 'manager',
  client_user: 'requester',
  client_admin: 'admin',
};

/** Every command the portal can send, with each payload variant. */
const COMMANDS: readonly TicketCommand[] = [
  ...(
    [
      'start_qualification',
      'request_information',
      'provide_information',
      'deliver_action_plan',
      'resolve',
      'close',
      'reopen',
      'cancel',
      'comment',
      'add_internal_note',
    ] as const
  ).map((action) => ({ action })),
  { action: 'take_in_charge', actorId: '' },
  { action: 'assign', assigneeId: 'tech-1' },
  { action: 'assign', assigneeId: 'tech-2' },
  { action: 'qualify', qualification: { outcome: 'not_anomaly' } },
  { action: 'qualify', qualification: { outcome: 'not_reproducible' } },
  ...SEVERITIES.map((severity) => ({ action: 'qualify', qualification: { outcome: 'anomaly', severity } }) as const),
  ...SEVERITIES.map((severity) => ({ action: 'requalify', severity, reason: 'Nouvel élément' }) as const),
  ...REMEDY_KINDS.flatMap((remedy) => [true, false].map((resolves) => ({ action: 'deliver_remedy', remedy, resolves }) as const)),
];

const step = fc.record({
  /** Picks one of the commands allowed at that point, so every step changes something. */
  choice: fc.nat(),
  // Up to three days between two changes, to the minute.
  minutes: fc.integer({ min: 0, max: 3 * 24 * 60 }),
});

function actorOf(role: Role, ticket: TicketState): ActorContext {
  return {
    role,
    isRequester: role === 'client_user',
    isAssignee: ticket.assigneeId === ACTOR_IDS[role],
    sameOrganization: role === 'client_user' || role === 'client_admin',
  };
}

/** What must hold between a Demande and its clocks after every change. */
function expectConsistent(ticket: TicketState, clocks: readonly Clock[]): void {
  const running = clocks.filter((clock) => clock.stoppedAt === null);
  const pickup = running.filter((clock) => clock.kind === 'pickup');
  const owed = running.filter((clock) => clock.kind !== 'pickup');
  expect(pickup.length).toBe(ticket.status === 'registered' ? 1 : 0);
  expect(owed.map((clock) => clock.kind)).toEqual(ticket.runningClock === null ? [] : [ticket.runningClock]);
  expect(owed.every((clock) => (clock.pausedAt !== null) === (ticket.status === 'waiting_client'))).toBe(true);
  expect(ticket.statusBeforeWaiting !== null).toBe(ticket.status === 'waiting_client');
  expect(ticket.resolvedAt !== null).toBe(ticket.status === 'resolved' || ticket.status === 'closed');
  if (ticket.runningClock !== null) {
    expect(['in_correction', 'waiting_client']).toContain(ticket.status);
    expect(ticket.qualification?.outcome).toBe('anomaly');
  }
  if (ticket.status !== 'registered' && ticket.status !== 'cancelled') expect(ticket.assigneeId).not.toBeNull();
  expect(clocks.every((clock) => clock.outcome === null || clock.stoppedAt !== null)).toBe(true);
}

describe('the lifecycle of a Demande with its clocks', () => {
  it('keeps the Demande and its clocks consistent whatever the allowed sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 40 }), (steps) => {
        let now = new Date('2026-03-06T16:00:00Z');
        const registered = registerTicket();
        let ticket = registered.ticket;
        let clocks: Clock[] = applyClockEffects([], registered.clockEffects, { supportCalendar: DEFAULT_SUPPORT_CALENDAR, now });

        for (const { choice, minutes } of steps) {
          now = new Date(now.getTime() + minutes * 60_000);
          const allowed = ROLES.flatMap((role) =>
            COMMANDS.filter((command) => can(command.action, { actor: actorOf(role, ticket), ticket, now, timeZone: 'Europe/Paris' }).ok).map((command) =>
              command.action === 'take_in_charge' ? { ...command, actorId: ACTOR_IDS[role] } : command,
            ),
          );
          const command = allowed[choice % allowed.length];
          if (command === undefined) break;
          let result;
          try {
            result = transition(ticket, command, now);
          } catch (error) {
            // Only a payload may be refused once allowed: the same severity, the same assignee.
            expect(error).toBeInstanceOf(TicketError);
            continue;
          }
          const rule = TRANSITIONS[command.action];
          if (rule.to === 'unchanged') expect(result.ticket.status).toBe(ticket.status);
          else expect(rule.to).toContain(result.ticket.status);

          clocks = applyClockEffects(clocks, result.clockEffects, { supportCalendar: DEFAULT_SUPPORT_CALENDAR, now });
          ticket = result.ticket;
          expectConsistent(ticket, clocks);
        }
      }),
      { numRuns: 300 },
    );
  });
});

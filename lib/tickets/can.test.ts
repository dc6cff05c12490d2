import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { TICKET_ACTIONS, type TicketAction } from './actions';
import { ROLES, type Role } from '@/lib/accounts/roles';
import type { ActorContext } from './actor';
import { can, type DecisionContext } from './can';
import { TICKET_STATUSES, type TicketStatus } from './statuses';
import type { TicketState } from './ticket-state';

const now = new Date('2026-03-10T10:00:00Z');
const yesterday = new Date('2026-03-09T10:00:00Z');
const blocking = { outcome: 'anomaly', severity: 'blocking' } as const;

/** A representative Demande in each status: in correction (or waiting from it) for a blocking anomaly. */
const TICKETS: Readonly<Record<TicketStatus, TicketState>> = {
  registered: ticket({}),
  in_charge: ticket({ status: 'in_charge', assigneeId: 'tech' }),
  qualifying: ticket({ status: 'qualifying', assigneeId: 'tech' }),
  waiting_client: ticket({
    status: 'waiting_client',
    assigneeId: 'tech',
    qualification: blocking,
    runningClock: 'actionPlan',
    statusBeforeWaiting: 'in_correction',
  }),
  in_correction: ticket({ status: 'in_correction', assigneeId: 'tech', qualification: blocking, runningClock: 'actionPlan' }),
  resolved: ticket({ status: 'resolved', assigneeId: 'tech', qualification: blocking, resolvedAt: yesterday }),
  closed: ticket({ status: 'closed', assigneeId: 'tech', qualification: blocking, resolvedAt: yesterday }),
  cancelled: ticket({ status: 'cancelled' }),
};

function ticket(fields: Partial<TicketState>): TicketState {
  return {
    type: 'standard',
    requestStep: null,
    status: 'registered',
    qualification: null,
    runningClock: null,
    statusBeforeWaiting: null,
    assigneeId: null,
    resolvedAt: null,
    ...fields,
  };
}

/** Each role at its most entitled: the assigned technician, the requester, of the Demande's organization. */
const ENTITLED: Readonly<Record<Role, ActorContext>> = {
  technician: { role: 'technician', isRequester: false, isAssignee: true, sameOrganization: false },
  support_manager: { role: 'support_manager', isRequester: false, isAssignee: false, sameOrganization: false },
  client_user: { role: 'client_user', isRequester: true, isAssignee: false, sameOrganization: true },
  client_admin: { role: 'client_admin', isRequester: false, isAssignee: false, sameOrganization: true },
};
const LETTER: Readonly<Record<Role, string>> = { technician: 'T', support_manager: 'M', client_user: 'U', client_admin: 'A' };

const context = (actor: ActorContext, status: TicketStatus, at = now): DecisionContext => ({
  actor,
  ticket: TICKETS[status],
  now: at,
  timeZone: 'Europe/Paris',
});

const allowedRoles = (action: TicketAction, status: TicketStatus, actorOf = (role: Role) => ENTITLED[role]) =>
  ROLES.filter((role) => can(action, context(actorOf(role), status)).ok)
    .map((role) => LETTER[role])
    .sort((a, b) => 'TMUA'.indexOf(a) - 'TMUA'.indexOf(b))
    .join('');

// Who may do what, status by status. T technician (assigned), M support manager,
// U client user (the requester), A client administrator (same organization).
//                            registered in_charge qualifying waiting  correction resolved closed cancelled
const EXPECTED: Readonly<Record<TicketAction, readonly string[]>> = {
  take_in_charge: ['TM', '', '', '', '', '', '', ''],
  assign: ['TM', 'TM', 'TM', 'TM', 'TM', 'TM', '', ''],
  start_qualification: ['', 'TM', '', '', '', '', '', ''],
  qualify: ['', 'TM', 'TM', '', '', '', '', ''],
  requalify: ['', '', '', 'TM', 'TM', '', '', ''],
  request_information: ['', 'TM', 'TM', '', 'TM', '', '', ''],
  provide_information: ['', '', '', 'TMUA', '', '', '', ''],
  deliver_action_plan: ['', '', '', '', 'TM', '', '', ''],
  deliver_remedy: ['', '', '', '', 'TM', '', '', ''],
  resolve: ['', 'TM', 'TM', 'TM', 'TM', '', '', ''],
  close: ['', '', '', '', '', 'TMUA', '', ''],
  reopen: ['', '', '', '', '', 'TMUA', '', ''],
  cancel: ['TMUA', '', '', '', '', '', '', ''],
  comment: ['TMUA', 'TMUA', 'TMUA', 'TMUA', 'TMUA', 'TMUA', '', ''],
  add_internal_note: ['TM', 'TM', 'TM', 'TM', 'TM', 'TM', 'TM', 'TM'],
  // Typed requests only (below): never on an ordinary Demande.
  plan_request: ['', '', '', '', '', '', '', ''],
  complete_request: ['', '', '', '', '', '', '', ''],
  refuse_request: ['', '', '', '', '', '', '', ''],
};

/** The actions a technician may do only on the Demandes assigned to them. */
const ASSIGNEE_WORK: readonly TicketAction[] = [
  'start_qualification',
  'qualify',
  'requalify',
  'request_information',
  'deliver_action_plan',
  'deliver_remedy',
  'resolve',
];
/** The actions a client user may do only on the Demandes they registered. */
const REQUESTER_DECISIONS: readonly TicketAction[] = ['close', 'reopen', 'cancel'];

describe('can: every status × action × role', () => {
  it.each(TICKET_ACTIONS.flatMap((action) => TICKET_STATUSES.map((status, column) => [action, status, column] as const)))(
    '%s on a Demande %s',
    (action, status, column) => {
      expect(allowedRoles(action, status)).toBe(EXPECTED[action][column]);
    },
  );

  it('lets a technician not assigned to the Demande do all but its work', () => {
    const bystander = (role: Role) => (role === 'technician' ? { ...ENTITLED.technician, isAssignee: false } : ENTITLED[role]);
    for (const action of TICKET_ACTIONS) {
      TICKET_STATUSES.forEach((status, column) => {
        const expected = ASSIGNEE_WORK.includes(action) ? (EXPECTED[action][column] ?? '').replace('T', '') : EXPECTED[action][column];
        expect(allowedRoles(action, status, bystander), `${action} on ${status}`).toBe(expected);
      });
    }
  });

  it("lets a client user contribute to a colleague's Demande but not decide its fate", () => {
    const colleague = (role: Role) => (role === 'client_user' ? { ...ENTITLED.client_user, isRequester: false } : ENTITLED[role]);
    for (const action of TICKET_ACTIONS) {
      TICKET_STATUSES.forEach((status, column) => {
        const expected = REQUESTER_DECISIONS.includes(action) ? (EXPECTED[action][column] ?? '').replace('U', '') : EXPECTED[action][column];
        expect(allowedRoles(action, status, colleague), `${action} on ${status}`).toBe(expected);
      });
    }
  });

  it('refuses everything to a client of another organization, with the reason', () => {
    for (const role of ['client_user', 'client_admin'] as const) {
      const outsider = { ...ENTITLED[role], sameOrganization: false };
      for (const action of TICKET_ACTIONS) {
        for (const status of TICKET_STATUSES) {
          expect(can(action, context(outsider, status))).toEqual({
            ok: false,
            reason: "Cette Demande n'appartient pas à votre collectivité.",
          });
        }
      }
    }
  });
});

// A typed request (restore §7, software account §11): its own steps instead of §14's qualification.
//                                 registered in_charge qualifying waiting  correction resolved closed cancelled
const EXPECTED_TYPED: Readonly<Partial<Record<TicketAction, readonly string[]>>> = {
  take_in_charge: ['TM', '', '', '', '', '', '', ''],
  start_qualification: ['', '', '', '', '', '', '', ''],
  qualify: ['', '', '', '', '', '', '', ''],
  requalify: ['', '', '', '', '', '', '', ''],
  deliver_action_plan: ['', '', '', '', '', '', '', ''],
  deliver_remedy: ['', '', '', '', '', '', '', ''],
  resolve: ['', '', '', '', '', '', '', ''],
  request_information: ['', 'TM', 'TM', '', 'TM', '', '', ''],
  plan_request: ['', 'TM', '', '', 'TM', '', '', ''],
  complete_request: ['', 'TM', '', '', 'TM', '', '', ''],
  refuse_request: ['', 'TM', '', '', 'TM', '', '', ''],
  close: ['', '', '', '', '', 'TMUA', '', ''],
  cancel: ['TMUA', '', '', '', '', '', '', ''],
};

describe('can: typed requests follow their own steps', () => {
  const typed = (status: TicketStatus): TicketState => ({ ...TICKETS[status], type: 'restore', qualification: null, requestStep: 'requested' });
  it.each((Object.keys(EXPECTED_TYPED) as TicketAction[]).flatMap((action) => TICKET_STATUSES.map((status, column) => [action, status, column] as const)))(
    '%s on a restore request %s',
    (action, status, column) => {
      const allowed = ROLES.filter((role) => can(action, { ...context(ENTITLED[role], status), ticket: typed(status) }).ok)
        .map((role) => LETTER[role])
        .sort((a, b) => 'TMUA'.indexOf(a) - 'TMUA'.indexOf(b))
        .join('');
      expect(allowed).toBe(EXPECTED_TYPED[action]?.[column]);
    },
  );

  it('explains in French why a qualification does not apply to it', () => {
    expect(can('qualify', { ...context(ENTITLED.support_manager, 'in_charge'), ticket: typed('in_charge') })).toEqual({
      ok: false,
      reason: '« Qualifier » ne s’applique pas à une demande de restauration.',
    });
    expect(can('plan_request', context(ENTITLED.support_manager, 'in_charge'))).toEqual({
      ok: false,
      reason: '« Planifier » ne s’applique qu’aux restaurations et comptes logiciels.',
    });
  });
});

describe('can: conditions and reasons', () => {
  const manager = ENTITLED.support_manager;
  const inCorrection = (severity: 'blocking' | 'major' | 'minor') => ticket({ status: 'in_correction', qualification: { outcome: 'anomaly', severity } });

  it('owes the action plan for a blocking anomaly only (§14)', () => {
    expect(can('deliver_action_plan', { ...context(manager, 'in_correction'), ticket: inCorrection('major') })).toEqual({
      ok: false,
      reason: "Un plan d'action corrective n'est dû que pour une anomalie bloquante.",
    });
    expect(can('deliver_remedy', { ...context(manager, 'in_correction'), ticket: inCorrection('minor') }).ok).toBe(true);
  });

  it('requalifies an anomaly only', () => {
    const answered = ticket({ status: 'waiting_client', statusBeforeWaiting: 'qualifying', assigneeId: 'tech' });
    expect(can('requalify', { ...context(manager, 'waiting_client'), ticket: answered })).toEqual({
      ok: false,
      reason: "La Demande n'est pas qualifiée comme anomalie.",
    });
  });

  it('explains a refused status, role, assignment or requester in French', () => {
    expect(can('close', context(manager, 'in_charge'))).toEqual({
      ok: false,
      reason: '« Clôturer » est impossible pour une Demande au statut « Prise en charge ».',
    });
    expect(can('qualify', context(ENTITLED.client_admin, 'in_charge'))).toEqual({
      ok: false,
      reason: 'Votre rôle ne permet pas cette action.',
    });
    expect(can('resolve', context({ ...ENTITLED.technician, isAssignee: false }, 'in_charge'))).toEqual({
      ok: false,
      reason: 'Seul le technicien assigné à la Demande ou un responsable support peut le faire.',
    });
    expect(can('cancel', context({ ...ENTITLED.client_user, isRequester: false }, 'registered'))).toEqual({
      ok: false,
      reason: 'Seul le demandeur ou un administrateur de la collectivité peut le faire.',
    });
  });

  describe('reopening by a client within 15 calendar days of the resolution', () => {
    // Resolved on Friday 20 March 2026 at 16:00 in Paris; the clocks go forward on 29 March,
    // so the deadline is Sunday 5 April 16:00 Paris time, 15 × 24 h − 1 h later.
    const resolvedAt = DateTime.fromISO('2026-03-20T16:00', { zone: 'Europe/Paris' });
    const deadline = resolvedAt.plus({ days: 15 });
    const resolved = ticket({ status: 'resolved', assigneeId: 'tech', qualification: blocking, resolvedAt: resolvedAt.toJSDate() });
    const reopen = (actor: ActorContext, at: DateTime) => can('reopen', { actor, ticket: resolved, now: at.toJSDate(), timeZone: 'Europe/Paris' });

    it('counts calendar days in the zone, across a clock change', () => {
      expect(deadline.toJSDate().getTime() - resolvedAt.toJSDate().getTime()).toBe((15 * 24 - 1) * 3_600_000);
    });

    it.each(['client_user', 'client_admin'] as const)('lets the %s reopen until the deadline, not after', (role) => {
      expect(reopen(ENTITLED[role], deadline).ok).toBe(true);
      expect(reopen(ENTITLED[role], deadline.plus({ milliseconds: 1 }))).toEqual({
        ok: false,
        reason: 'Le délai de 15 jours pour rouvrir cette Demande est dépassé : le support peut encore la rouvrir.',
      });
    });

    it.each(['technician', 'support_manager'] as const)('lets the %s reopen at any time', (role) => {
      expect(reopen(ENTITLED[role], deadline.plus({ years: 1 })).ok).toBe(true);
    });
  });
});

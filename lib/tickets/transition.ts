import { clockKindForSeverity, type ClockEffect, type Severity } from '@/lib/sla';
import type { RemedyKind } from './actions';
import { stateDenial } from './can';
import { SEVERITY_LABELS, type Qualification } from './qualification';
import { STATUSES_BEFORE_WAITING } from './statuses';
import { TicketError } from './ticket-error';
import type { TicketType } from './ticket-types';
import type { TicketState } from './ticket-state';

/** An action with what it needs; the actor's right to perform it is checked by `can`. */
export type TicketCommand =
  | { action: 'take_in_charge'; actorId: string }
  | { action: 'assign'; assigneeId: string }
  | { action: 'start_qualification' }
  | { action: 'qualify'; qualification: Qualification }
  | { action: 'requalify'; severity: Severity; reason: string }
  | { action: 'request_information' }
  | { action: 'provide_information' }
  | { action: 'deliver_action_plan' }
  /** `resolves: false` keeps the Demande in correction, e.g. a workaround while the fix is built. */
  | { action: 'deliver_remedy'; remedy: RemedyKind; resolves: boolean }
  | { action: 'resolve' }
  | { action: 'close' }
  | { action: 'reopen' }
  | { action: 'cancel' }
  | { action: 'comment' }
  | { action: 'add_internal_note' }
  | { action: 'plan_request' }
  | { action: 'complete_request' }
  | { action: 'refuse_request' };

export interface TransitionResult<T extends TicketState> {
  ticket: T;
  /** For lib/sla's applyClockEffects, in order. */
  clockEffects: ClockEffect[];
}

/** DOMAIN "Support clocks": a new Demande is Enregistrée and its pickup clock starts (§13), whatever its type. */
export function registerTicket(type: TicketType = 'standard'): TransitionResult<TicketState> {
  return {
    ticket: {
      type,
      requestStep: type === 'standard' ? null : 'requested',
      status: 'registered',
      qualification: null,
      runningClock: null,
      statusBeforeWaiting: null,
      assigneeId: null,
      resolvedAt: null,
    },
    clockEffects: [{ type: 'start', kind: 'pickup' }],
  };
}

/**
 * The Demande after the command, and what it does to the clocks. Throws a TicketError
 * when the Demande's status or qualification refuses the command, or its payload is invalid.
 */
export function transition<T extends TicketState>(ticket: T, command: TicketCommand, now: Date): TransitionResult<T> {
  const denial = stateDenial(command.action, ticket);
  if (denial !== null) throw new TicketError(denial);
  const unchanged = { ticket, clockEffects: [] };

  switch (command.action) {
    case 'take_in_charge':
      return {
        ticket: { ...ticket, status: 'in_charge', assigneeId: command.actorId },
        clockEffects: [{ type: 'stop', kind: 'pickup' }],
      };
    case 'assign':
      if (command.assigneeId === ticket.assigneeId) throw new TicketError('La Demande est déjà assignée à cette personne.');
      return { ticket: { ...ticket, assigneeId: command.assigneeId }, clockEffects: [] };
    case 'start_qualification':
      return { ticket: { ...ticket, status: 'qualifying' }, clockEffects: [] };
    case 'qualify':
      return qualify(ticket, command.qualification, now);
    case 'requalify':
      return requalify(ticket, command.severity, command.reason);
    case 'request_information': {
      // stateDenial let through the statuses before waiting alone; the lookup gives their type.
      const statusBeforeWaiting = STATUSES_BEFORE_WAITING.find((status) => status === ticket.status) ?? null;
      // DOMAIN "Support clocks": waiting for the client pauses the action-plan and remedy clocks.
      return {
        ticket: { ...ticket, status: 'waiting_client', statusBeforeWaiting },
        clockEffects: ticket.runningClock === null ? [] : [{ type: 'pause', kind: ticket.runningClock }],
      };
    }
    case 'provide_information':
      if (ticket.statusBeforeWaiting === null) {
        throw new TicketError("Cette Demande en attente du client n'indique pas où reprendre son traitement.");
      }
      return {
        ticket: { ...ticket, status: ticket.statusBeforeWaiting, statusBeforeWaiting: null },
        clockEffects: ticket.runningClock === null ? [] : [{ type: 'resume', kind: ticket.runningClock }],
      };
    case 'deliver_action_plan':
      // A revised plan may follow the first one: only the first stops the clock.
      return ticket.runningClock === 'actionPlan' ? stopRunningClock(ticket) : unchanged;
    case 'deliver_remedy':
      if (command.resolves) return resolve(ticket, now);
      // Without its clock (blocking, minor, or already delivered), a remedy changes nothing but the history.
      return ticket.runningClock === 'remedy' ? stopRunningClock(ticket) : unchanged;
    case 'resolve':
      return resolve(ticket, now);
    case 'close':
      return { ticket: { ...ticket, status: 'closed' }, clockEffects: [] };
    case 'reopen':
      // Every resolved Demande went through pickup, so it goes back to its assignee, without a
      // new pickup clock; it is qualified again, and that qualification starts its own clock (§14).
      return {
        ticket: {
          ...ticket,
          status: 'in_charge',
          qualification: null,
          runningClock: null,
          resolvedAt: null,
          requestStep: ticket.type === 'standard' ? null : 'requested',
        },
        clockEffects: [],
      };
    case 'cancel':
      return { ticket: { ...ticket, status: 'cancelled' }, clockEffects: [{ type: 'cancel', kind: 'pickup' }] };
    case 'comment':
    case 'add_internal_note':
      return unchanged;
    case 'plan_request':
      return { ticket: { ...ticket, status: 'in_correction', requestStep: 'planned' }, clockEffects: [] };
    case 'complete_request':
      return { ticket: { ...ticket, status: 'resolved', requestStep: 'done', resolvedAt: new Date(now) }, clockEffects: [] };
    case 'refuse_request':
      return { ticket: { ...ticket, status: 'resolved', requestStep: 'refused', resolvedAt: new Date(now) }, clockEffects: [] };
  }
}

function qualify<T extends TicketState>(ticket: T, qualification: Qualification, now: Date): TransitionResult<T> {
  if (qualification.outcome !== 'anomaly') {
    // Not an anomaly, or not reproducible: staff answer the client, which resolves the Demande.
    return { ticket: { ...ticket, status: 'resolved', qualification, resolvedAt: new Date(now) }, clockEffects: [] };
  }
  const kind = clockKindForSeverity(qualification.severity);
  return {
    ticket: { ...ticket, status: 'in_correction', qualification, runningClock: kind },
    clockEffects: kind === null ? [] : [{ type: 'start', kind }],
  };
}

function requalify<T extends TicketState>(ticket: T, severity: Severity, reason: string): TransitionResult<T> {
  if (ticket.qualification?.outcome === 'anomaly' && ticket.qualification.severity === severity) {
    throw new TicketError(`L'anomalie est déjà qualifiée « ${SEVERITY_LABELS[severity]} ».`);
  }
  if (reason.trim() === '') throw new TicketError('Le motif de la requalification est obligatoire.');
  return {
    ticket: { ...ticket, qualification: { outcome: 'anomaly', severity }, runningClock: clockKindForSeverity(severity) },
    clockEffects: [{ type: 'requalify', severity, paused: ticket.status === 'waiting_client' }],
  };
}

/** The resolution answers whatever the running clock owed: a fix is more than an action plan. */
function resolve<T extends TicketState>(ticket: T, now: Date): TransitionResult<T> {
  const { clockEffects } = stopRunningClock(ticket);
  return {
    ticket: { ...ticket, status: 'resolved', runningClock: null, statusBeforeWaiting: null, resolvedAt: new Date(now) },
    clockEffects,
  };
}

function stopRunningClock<T extends TicketState>(ticket: T): TransitionResult<T> {
  return {
    ticket: { ...ticket, runningClock: null },
    clockEffects: ticket.runningClock === null ? [] : [{ type: 'stop', kind: ticket.runningClock }],
  };
}

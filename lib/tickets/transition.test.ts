import { describe, expect, it } from 'vitest';
import { registerTicket, transition, type TicketCommand } from './transition';
import { TicketError } from './ticket-error';
import type { TicketState } from './ticket-state';

const now = new Date('2026-03-10T10:00:00Z');
const earlier = new Date('2026-03-05T10:00:00Z');

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

const anomaly = (severity: 'blocking' | 'major' | 'minor') => ({ outcome: 'anomaly', severity }) as const;
const inCorrection = (severity: 'blocking' | 'major' | 'minor', runningClock: TicketState['runningClock']) =>
  ticket({ status: 'in_correction', assigneeId: 'tech', qualification: anomaly(severity), runningClock });
const waitingFromCorrection = (severity: 'blocking' | 'major', runningClock: TicketState['runningClock']) => ({
  ...inCorrection(severity, runningClock),
  status: 'waiting_client' as const,
  statusBeforeWaiting: 'in_correction' as const,
});

describe('registerTicket', () => {
  it('is Enregistrée and starts the pickup clock (§13)', () => {
    expect(registerTicket()).toEqual({
      ticket: ticket({}),
      clockEffects: [{ type: 'start', kind: 'pickup' }],
    });
  });
});

describe('transition', () => {
  it.each<[string, TicketState, TicketCommand, Partial<TicketState>, unknown[]]>([
    [
      'pickup assigns the technician and stops the pickup clock',
      ticket({}),
      { action: 'take_in_charge', actorId: 'tech' },
      { status: 'in_charge', assigneeId: 'tech' },
      [{ type: 'stop', kind: 'pickup' }],
    ],
    ['assigning changes the assignee only', ticket({}), { action: 'assign', assigneeId: 'tech' }, { status: 'registered', assigneeId: 'tech' }, []],
    [
      'qualification may start explicitly',
      ticket({ status: 'in_charge', assigneeId: 'tech' }),
      { action: 'start_qualification' },
      { status: 'qualifying' },
      [],
    ],
    [
      'a blocking anomaly starts the action-plan clock',
      ticket({ status: 'qualifying', assigneeId: 'tech' }),
      { action: 'qualify', qualification: anomaly('blocking') },
      { status: 'in_correction', qualification: anomaly('blocking'), runningClock: 'actionPlan' },
      [{ type: 'start', kind: 'actionPlan' }],
    ],
    [
      'a major anomaly qualified straight from pickup starts the remedy clock',
      ticket({ status: 'in_charge', assigneeId: 'tech' }),
      { action: 'qualify', qualification: anomaly('major') },
      { status: 'in_correction', qualification: anomaly('major'), runningClock: 'remedy' },
      [{ type: 'start', kind: 'remedy' }],
    ],
    [
      'a minor anomaly goes to correction without a clock',
      ticket({ status: 'qualifying', assigneeId: 'tech' }),
      { action: 'qualify', qualification: anomaly('minor') },
      { status: 'in_correction', qualification: anomaly('minor'), runningClock: null },
      [],
    ],
    [
      'not an anomaly: the answer resolves the Demande',
      ticket({ status: 'qualifying', assigneeId: 'tech' }),
      { action: 'qualify', qualification: { outcome: 'not_anomaly' } },
      { status: 'resolved', qualification: { outcome: 'not_anomaly' }, resolvedAt: now },
      [],
    ],
    [
      'not reproducible: the answer resolves the Demande',
      ticket({ status: 'in_charge', assigneeId: 'tech' }),
      { action: 'qualify', qualification: { outcome: 'not_reproducible' } },
      { status: 'resolved', qualification: { outcome: 'not_reproducible' }, resolvedAt: now },
      [],
    ],
    [
      'major → blocking requalifies the clocks',
      inCorrection('major', 'remedy'),
      { action: 'requalify', severity: 'blocking', reason: 'Aucun contournement possible' },
      { qualification: anomaly('blocking'), runningClock: 'actionPlan', status: 'in_correction' },
      [{ type: 'requalify', severity: 'blocking', paused: false }],
    ],
    [
      'requalifying while waiting for the client starts the new clock paused',
      waitingFromCorrection('blocking', 'actionPlan'),
      { action: 'requalify', severity: 'major', reason: 'Contournement trouvé' },
      { qualification: anomaly('major'), runningClock: 'remedy', status: 'waiting_client' },
      [{ type: 'requalify', severity: 'major', paused: true }],
    ],
    [
      '→ minor leaves no clock owed',
      inCorrection('major', 'remedy'),
      { action: 'requalify', severity: 'minor', reason: 'Impact limité' },
      { qualification: anomaly('minor'), runningClock: null },
      [{ type: 'requalify', severity: 'minor', paused: false }],
    ],
    [
      'asking the client during qualification pauses nothing',
      ticket({ status: 'qualifying', assigneeId: 'tech' }),
      { action: 'request_information' },
      { status: 'waiting_client', statusBeforeWaiting: 'qualifying' },
      [],
    ],
    [
      'asking the client during correction pauses the running clock',
      inCorrection('major', 'remedy'),
      { action: 'request_information' },
      { status: 'waiting_client', statusBeforeWaiting: 'in_correction' },
      [{ type: 'pause', kind: 'remedy' }],
    ],
    [
      'the answer returns the Demande where it was and resumes its clock',
      waitingFromCorrection('blocking', 'actionPlan'),
      { action: 'provide_information' },
      { status: 'in_correction', statusBeforeWaiting: null },
      [{ type: 'resume', kind: 'actionPlan' }],
    ],
    [
      'the answer during qualification resumes no clock',
      ticket({ status: 'waiting_client', assigneeId: 'tech', statusBeforeWaiting: 'in_charge' }),
      { action: 'provide_information' },
      { status: 'in_charge', statusBeforeWaiting: null },
      [],
    ],
    [
      'the action plan stops its clock and the Demande stays in correction',
      inCorrection('blocking', 'actionPlan'),
      { action: 'deliver_action_plan' },
      { status: 'in_correction', runningClock: null },
      [{ type: 'stop', kind: 'actionPlan' }],
    ],
    [
      'a revised action plan changes nothing',
      inCorrection('blocking', null),
      { action: 'deliver_action_plan' },
      { status: 'in_correction', runningClock: null },
      [],
    ],
    [
      'a fix of a major anomaly stops the remedy clock and resolves',
      inCorrection('major', 'remedy'),
      { action: 'deliver_remedy', remedy: 'fix', resolves: true },
      { status: 'resolved', runningClock: null, resolvedAt: now },
      [{ type: 'stop', kind: 'remedy' }],
    ],
    [
      'a workaround kept in correction stops the remedy clock',
      inCorrection('major', 'remedy'),
      { action: 'deliver_remedy', remedy: 'workaround', resolves: false },
      { status: 'in_correction', runningClock: null, resolvedAt: null },
      [{ type: 'stop', kind: 'remedy' }],
    ],
    [
      'a workaround of a blocking anomaly leaves the action plan owed',
      inCorrection('blocking', 'actionPlan'),
      { action: 'deliver_remedy', remedy: 'workaround', resolves: false },
      { status: 'in_correction', runningClock: 'actionPlan' },
      [],
    ],
    [
      'a fix of a blocking anomaly answers its action plan too',
      inCorrection('blocking', 'actionPlan'),
      { action: 'deliver_remedy', remedy: 'fix', resolves: true },
      { status: 'resolved', runningClock: null, resolvedAt: now },
      [{ type: 'stop', kind: 'actionPlan' }],
    ],
    [
      'a fix of a minor anomaly resolves without a clock',
      inCorrection('minor', null),
      { action: 'deliver_remedy', remedy: 'fix', resolves: true },
      { status: 'resolved', resolvedAt: now },
      [],
    ],
    [
      'resolving while waiting stops the paused clock',
      waitingFromCorrection('major', 'remedy'),
      { action: 'resolve' },
      { status: 'resolved', statusBeforeWaiting: null, runningClock: null, resolvedAt: now },
      [{ type: 'stop', kind: 'remedy' }],
    ],
    [
      'closing keeps the resolution date',
      ticket({ status: 'resolved', assigneeId: 'tech', resolvedAt: earlier }),
      { action: 'close' },
      { status: 'closed', resolvedAt: earlier },
      [],
    ],
    [
      'reopening returns to the assignee, to be qualified again',
      ticket({ status: 'resolved', assigneeId: 'tech', qualification: anomaly('major'), resolvedAt: earlier }),
      { action: 'reopen' },
      { status: 'in_charge', assigneeId: 'tech', qualification: null, runningClock: null, resolvedAt: null },
      [],
    ],
    ['cancelling before pickup cancels the pickup clock', ticket({}), { action: 'cancel' }, { status: 'cancelled' }, [{ type: 'cancel', kind: 'pickup' }]],
  ])('%s', (_, before, command, after, clockEffects) => {
    const result = transition(before, command, now);
    expect(result.ticket).toEqual({ ...before, ...after });
    expect(result.clockEffects).toEqual(clockEffects);
  });

  it.each(['comment', 'add_internal_note'] as const)('%s changes nothing', (action) => {
    const before = inCorrection('major', 'remedy');
    expect(transition(before, { action }, now)).toEqual({ ticket: before, clockEffects: [] });
  });

  it('keeps the fields it does not own and never mutates its input', () => {
    const before = { ...ticket({}), id: 42, reference: 'DEM-2026-000123' };
    const copy = structuredClone(before);
    const { ticket: after } = transition(before, { action: 'take_in_charge', actorId: 'tech' }, now);
    expect(after).toMatchObject({ id: 42, reference: 'DEM-2026-000123', status: 'in_charge' });
    expect(before).toEqual(copy);
  });

  it.each<[string, TicketState, TicketCommand, string]>([
    [
      'a status that refuses the action',
      ticket({ status: 'in_charge', assigneeId: 'tech' }),
      { action: 'close' },
      '« Clôturer » est impossible pour une Demande au statut « Prise en charge ».',
    ],
    [
      'an action plan for a major anomaly',
      inCorrection('major', 'remedy'),
      { action: 'deliver_action_plan' },
      "Un plan d'action corrective n'est dû que pour une anomalie bloquante.",
    ],
    [
      'a requalification to the same severity',
      inCorrection('major', 'remedy'),
      { action: 'requalify', severity: 'major', reason: 'Pour voir' },
      "L'anomalie est déjà qualifiée « Majeure ».",
    ],
    [
      'a requalification without a reason',
      inCorrection('major', 'remedy'),
      { action: 'requalify', severity: 'blocking', reason: '  ' },
      'Le motif de la requalification est obligatoire.',
    ],
    [
      'an assignment to the current assignee',
      ticket({ status: 'in_charge', assigneeId: 'tech' }),
      { action: 'assign', assigneeId: 'tech' },
      'La Demande est déjà assignée à cette personne.',
    ],
    [
      'an answer to a Demande that does not know where to return',
      ticket({ status: 'waiting_client', assigneeId: 'tech' }),
      { action: 'provide_information' },
      "Cette Demande en attente du client n'indique pas où reprendre son traitement.",
    ],
  ])('refuses %s with a TicketError', (_, before, command, message) => {
    expect(() => transition(before, command, now)).toThrow(new TicketError(message));
  });
});

describe('transition: a typed request’s steps (§7, §11)', () => {
  const request = (fields: Partial<TicketState>) => ticket({ type: 'restore', requestStep: 'requested', assigneeId: 'tech', ...fields });

  it('registers a typed request at its first step, with its pickup clock', () => {
    expect(registerTicket('software_account')).toMatchObject({ ticket: { type: 'software_account', requestStep: 'requested', status: 'registered' } });
  });

  it('is planned, then done or refused, resolving it; no §14 clock is ever involved', () => {
    const planned = transition(request({ status: 'in_charge' }), { action: 'plan_request' }, now);
    expect(planned).toEqual({ ticket: request({ status: 'in_correction', requestStep: 'planned' }), clockEffects: [] });
    expect(transition(planned.ticket, { action: 'plan_request' }, now).ticket.requestStep).toBe('planned');
    expect(transition(planned.ticket, { action: 'complete_request' }, now)).toEqual({
      ticket: request({ status: 'resolved', requestStep: 'done', resolvedAt: now }),
      clockEffects: [],
    });
    expect(transition(request({ status: 'in_charge' }), { action: 'refuse_request' }, now).ticket).toMatchObject({
      status: 'resolved',
      requestStep: 'refused',
    });
  });

  it('goes back to its first step when reopened', () => {
    const done = request({ status: 'resolved', requestStep: 'done', resolvedAt: earlier });
    expect(transition(done, { action: 'reopen' }, now).ticket).toMatchObject({ status: 'in_charge', requestStep: 'requested', resolvedAt: null });
  });

  it('refuses a qualification, and an ordinary Demande refuses the steps', () => {
    expect(() => transition(request({ status: 'in_charge' }), { action: 'qualify', qualification: { outcome: 'not_anomaly' } }, now)).toThrow(TicketError);
    expect(() => transition(ticket({ status: 'in_charge', assigneeId: 'tech' }), { action: 'plan_request' }, now)).toThrow(TicketError);
  });
});

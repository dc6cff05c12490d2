import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { IDLE } from '@/lib/forms/action-state';
import { can, requestResultWording, TICKET_ACTIONS, type TicketState } from '@/lib/tickets';
import { ConsoleTicketActionsPanel, type ConsoleTicketActions, type TypedRequestPanel } from './console-ticket-actions';

const action = () => Promise.resolve(IDLE);
const ACTIONS = Object.fromEntries(
  [
    'take',
    'assign',
    'qualify',
    'requalify',
    'requestInformation',
    'deliverActionPlan',
    'deliverRemedy',
    'resolve',
    'close',
    'reopen',
    'comment',
    'planRequest',
    'completeRequest',
    'refuseRequest',
  ].map((name) => [name, action]),
) as unknown as ConsoleTicketActions;

const now = new Date('2026-03-31T10:00:00Z');
const assignee = { role: 'technician' as const, sameOrganization: false, isAssignee: true, isRequester: false };

/** The panel as the page renders it: offered exactly what `can` allows the assignee on this Demande now. */
function render(ticket: Partial<TicketState>, request: TypedRequestPanel | null) {
  const state: TicketState = {
    type: 'standard',
    requestStep: null,
    status: 'in_charge',
    qualification: null,
    runningClock: null,
    statusBeforeWaiting: null,
    assigneeId: 'me',
    resolvedAt: null,
    ...ticket,
  };
  const allowed = TICKET_ACTIONS.filter((name) => can(name, { actor: assignee, ticket: state, now, timeZone: 'Europe/Paris' }).ok);
  return renderToStaticMarkup(
    createElement(ConsoleTicketActionsPanel, {
      actions: ACTIONS,
      hidden: { ticketId: 'id', reference: 'DEM-2026-000001' },
      allowed,
      staff: [],
      assigneeId: 'me',
      severity: null,
      request,
    }),
  );
}

const summaries = (html: string) => [...html.matchAll(/<summary[^>]*>([^<]+)<\/summary>/g)].map((match) => match[1]);

const panel = (type: 'restore' | 'software_account', planned = false): TypedRequestPanel => ({
  planned,
  planMin: '2026-03-31T12:00',
  zoneHint: 'À l’heure de Paris.',
  result: requestResultWording(type, null),
});

describe('the console’s action panel', () => {
  it('offers a typed request its own steps and none of the qualification forms', () => {
    const html = render({ type: 'restore', requestStep: 'requested' }, panel('restore'));
    expect(summaries(html)).toEqual(['Planifier', 'Marquer comme réalisée', 'Refuser', 'Demander des informations', 'Répondre ou noter', 'Assigner']);
    expect(html).toContain('Compte rendu de la restauration (lu par le client)');
    expect(html).toContain('type="datetime-local"');
    expect(html).toContain('min="2026-03-31T12:00"');
  });

  it('names the answer after the request: the identifier given for a software account; moving a planned date', () => {
    const html = render({ type: 'software_account', requestStep: 'planned', status: 'in_correction' }, panel('software_account', true));
    expect(summaries(html).slice(0, 3)).toEqual(['Changer la date prévue', 'Marquer comme réalisée', 'Refuser']);
    expect(html).toContain('Identifiant donné (lu par le client)');
  });

  it('offers an ordinary Demande its qualification, never the typed steps', () => {
    const html = render({}, null);
    expect(summaries(html)).toContain('Qualifier');
    expect(summaries(html)).toContain('Résoudre');
    expect(summaries(html)).not.toContain('Planifier');
    expect(summaries(html)).not.toContain('Marquer comme réalisée');
  });
});

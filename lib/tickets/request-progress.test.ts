import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RequestDetails } from './request-details';
import { describeRequest } from './request-details';
import {
  describeRequestProgress,
  REQUEST_STATE_LABELS,
  requestAnswer,
  requestResultWording,
  requestStateOf,
  requestStepNotice,
  type RequestProgressInput,
} from './request-progress';
import { TICKET_STATUSES } from './statuses';
import { REQUEST_STEPS } from './ticket-types';

const createdAt = new Date('2026-03-31T08:00:00Z');
const plannedFor = new Date('2026-04-01T18:00:00Z');
const resolvedAt = new Date('2026-04-01T19:30:00Z');
const request = (overrides: Partial<RequestProgressInput>): RequestProgressInput => ({
  status: 'registered',
  requestStep: 'requested',
  createdAt,
  requestPlannedFor: null,
  resolvedAt: null,
  ...overrides,
});

describe('a typed request’s step in words (§7, §11)', () => {
  it.each([
    ['Demandée le mardi 31 mars 2026 à 10:00', request({})],
    ['Planifiée le mercredi 1 avril 2026 à 20:00', request({ status: 'in_correction', requestStep: 'planned', requestPlannedFor: plannedFor })],
    ['Réalisée le mercredi 1 avril 2026 à 21:30', request({ status: 'resolved', requestStep: 'done', requestPlannedFor: plannedFor, resolvedAt })],
    ['Refusée le mercredi 1 avril 2026 à 21:30', request({ status: 'closed', requestStep: 'refused', resolvedAt })],
    ['En attente du client', request({ status: 'waiting_client', requestStep: 'planned', requestPlannedFor: plannedFor })],
    ['Annulée', request({ status: 'cancelled' })],
  ])('%s', (expected, input) => {
    expect(describeRequestProgress(input, 'Europe/Paris')).toBe(expected);
  });

  it('reads the planned date in the reader’s zone, naming it when asked', () => {
    const planned = request({ status: 'in_correction', requestStep: 'planned', requestPlannedFor: plannedFor });
    expect(describeRequestProgress(planned, 'Indian/Reunion', { showZone: true })).toBe('Planifiée le mercredi 1 avril 2026 à 22:00 (heure de La Réunion)');
  });

  it('always starts with the label its badge shows', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TICKET_STATUSES), fc.constantFrom(...REQUEST_STEPS), (status, requestStep) => {
        const sentence = describeRequestProgress(request({ status, requestStep, requestPlannedFor: plannedFor, resolvedAt }), 'Europe/Paris');
        expect(sentence.startsWith(REQUEST_STATE_LABELS[requestStateOf(status, requestStep)])).toBe(true);
      }),
    );
  });
});

const restore: RequestDetails = {
  kind: 'restore',
  pointTakenAt: '2026-03-30T00:00:00.000Z',
  pointKind: 'daily',
  pointExpiresAt: '2026-04-29T00:00:00.000Z',
  scope: 'État civil',
  scopeDetail: null,
  reason: 'Des actes supprimés par erreur.',
  acknowledgedLoss: true,
};
const account = (action: 'create' | 'delete'): RequestDetails => ({
  kind: 'software_account',
  action,
  personName: 'Marie Dupont',
  personEmail: 'marie.dupont@saint-exemple.fr',
  personRole: 'Officier d’état civil',
  modules: ['État civil'],
});

describe('the answer to a typed request is named after what was asked', () => {
  it('a report for a restore, the identifier for an account created, a report for an account deleted', () => {
    expect(requestResultWording('restore', restore).heading).toBe('Compte rendu de la restauration');
    expect(requestResultWording('software_account', account('create'))).toMatchObject({
      label: 'Identifiant donné (lu par le client)',
      heading: 'Identifiant du compte',
    });
    expect(requestResultWording('software_account', account('create')).hint).toContain('pour Marie Dupont');
    expect(requestResultWording('software_account', account('delete')).heading).toBe('Compte rendu de la suppression');
    expect(requestResultWording('software_account', null).heading).toBe('Identifiant du compte');
  });
});

describe('the answer the administrator waits for', () => {
  it('is the identifier or the report once done, the reason once refused, nothing before or after a reopening', () => {
    expect(requestAnswer({ type: 'software_account', requestStep: 'done', requestResult: 'mdupont' }, account('create'))).toEqual({
      heading: 'Identifiant du compte',
      text: 'mdupont',
      refused: false,
    });
    expect(requestAnswer({ type: 'restore', requestStep: 'refused', requestResult: 'Point expiré.' }, restore)).toEqual({
      heading: 'Motif du refus',
      text: 'Point expiré.',
      refused: true,
    });
    expect(requestAnswer({ type: 'restore', requestStep: 'planned', requestResult: null }, restore)).toBeNull();
    expect(requestAnswer({ type: 'restore', requestStep: 'requested', requestResult: 'Ancien compte rendu' }, restore)).toBeNull();
  });
});

describe('what a restore request asked', () => {
  it('names the zone of the point for a reader elsewhere', () => {
    expect(describeRequest(restore, 'Europe/Paris')[0]).toEqual({
      label: 'Point de restauration',
      value: 'Sauvegarde quotidienne du lundi 30 mars 2026 à 02:00',
    });
    expect(describeRequest(restore, 'Indian/Reunion', { showZone: true })[0]?.value).toBe(
      'Sauvegarde quotidienne du lundi 30 mars 2026 à 04:00 (heure de La Réunion)',
    );
  });
});

describe('each step of a typed request is told in one text (server and demo history alike)', () => {
  const filed = { reference: 'DEM-2026-000042', subject: 'Restauration depuis la sauvegarde du lundi 30 mars 2026 à 02:00' };
  it('the date planned in the organization’s zone, the answer under the heading the client reads it under, the reason of a refusal', () => {
    expect(requestStepNotice({ ...filed, type: 'restore', details: restore }, { step: 'plan', plannedFor }, 'Indian/Reunion')).toEqual({
      title: 'Restauration DEM-2026-000042 : planifiée',
      body: `« ${filed.subject} » est planifiée le mercredi 1 avril 2026 à 22:00.`,
    });
    expect(requestStepNotice({ ...filed, type: 'restore', details: restore }, { step: 'complete', result: 'Actes restaurés.' }, 'Europe/Paris').body).toBe(
      `« ${filed.subject} » est réalisée. Compte rendu de la restauration : Actes restaurés.`,
    );
    expect(
      requestStepNotice({ ...filed, type: 'software_account', details: account('create') }, { step: 'complete', result: 'mdupont' }, 'Europe/Paris').body,
    ).toContain('Identifiant du compte : mdupont');
    expect(
      requestStepNotice({ ...filed, type: 'software_account', details: account('delete') }, { step: 'refuse', reason: 'Compte inconnu.' }, 'Europe/Paris'),
    ).toEqual({
      title: 'Compte logiciel DEM-2026-000042 : refusée',
      body: `« ${filed.subject} » est refusée. Motif du refus : Compte inconnu.`,
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  ANNOUNCEMENT_REQUIRED_MESSAGE,
  END_BEFORE_START_MESSAGE,
  END_IN_FUTURE_MESSAGE,
  NO_ORGANIZATION_MESSAGE,
  START_IN_FUTURE_MESSAGE,
  closeIncidentSchema,
  correctIncidentSchema,
  incidentTimeIssues,
  incidentUpdateSchema,
  openIncidentSchema,
  withInstants,
} from './availability';

const ORGANIZATION = '0b7e3f4a-5c6d-4e8f-9a0b-1c2d3e4f5a6b';
const OTHER = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const INCIDENT = '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a';
const base = { title: 'Lenteurs à l’édition', description: 'Les éditions d’actes sont lentes.', cause: 'fault', environment: 'production', scope: 'all' };

function fieldErrors(
  schema: { safeParse(input: unknown): { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } } },
  input: unknown,
) {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('opening an incident', () => {
  it('resolves the scope and drops what the cause does not carry', () => {
    expect(openIncidentSchema.parse({ ...base, causeDetail: 'inutile', organizationIds: [ORGANIZATION], announcementId: '' })).toEqual({
      title: base.title,
      description: base.description,
      cause: 'fault',
      causeDetail: null,
      environment: 'production',
      allOrganizations: true,
      organizationIds: [],
      announcementId: null,
      startedAt: undefined,
      endedAt: undefined,
    });
    // One box checked arrives as a single value, several as a list; twice the same is once.
    expect(openIncidentSchema.parse({ ...base, scope: 'some', organizationIds: ORGANIZATION })).toMatchObject({
      allOrganizations: false,
      organizationIds: [ORGANIZATION],
    });
    expect(openIncidentSchema.parse({ ...base, scope: 'some', organizationIds: [ORGANIZATION, OTHER, ORGANIZATION] }).organizationIds).toEqual([
      ORGANIZATION,
      OTHER,
    ]);
  });

  it('a scope naming no organization is refused, in French', () => {
    expect(fieldErrors(openIncidentSchema, { ...base, scope: 'some' })).toEqual({ organizationIds: NO_ORGANIZATION_MESSAGE });
    expect(fieldErrors(openIncidentSchema, { ...base, scope: 'some', organizationIds: '' })).toEqual({ organizationIds: NO_ORGANIZATION_MESSAGE });
    expect(fieldErrors(openIncidentSchema, { ...base, scope: 'some', organizationIds: ['mairie'] })).toEqual({ 'organizationIds.0': 'Collectivité inconnue.' });
  });

  it('an external system or a force majeure is named; a planned maintenance points to its announcement (§5)', () => {
    expect(fieldErrors(openIncidentSchema, { ...base, cause: 'external_system' })).toEqual({
      causeDetail: 'Précisez le système extérieur en cause (COMEDEC/ANTS, REU/INSEE, opérateur télécom…).',
    });
    expect(fieldErrors(openIncidentSchema, { ...base, cause: 'force_majeure', causeDetail: '  ' })).toEqual({
      causeDetail: 'Précisez l’événement de force majeure.',
    });
    expect(openIncidentSchema.parse({ ...base, cause: 'external_system', causeDetail: 'COMEDEC (ANTS)' }).causeDetail).toBe('COMEDEC (ANTS)');
    expect(fieldErrors(openIncidentSchema, { ...base, cause: 'planned_maintenance' })).toEqual({ announcementId: ANNOUNCEMENT_REQUIRED_MESSAGE });
    expect(openIncidentSchema.parse({ ...base, cause: 'planned_maintenance', announcementId: INCIDENT }).announcementId).toBe(INCIDENT);
  });

  it('gives every missing field its French message at once', () => {
    expect(fieldErrors(openIncidentSchema, { startedAt: 'hier' })).toEqual({
      title: 'Indiquez le titre de l’incident (3 caractères au moins).',
      description: 'Décrivez l’incident tel que les clients le liront.',
      cause: 'Choisissez la cause de l’incident.',
      environment: 'Choisissez l’environnement touché.',
      scope: 'Choisissez les collectivités touchées.',
      startedAt: 'Date et heure invalides (jj/mm/aaaa hh:mm).',
    });
    expect(fieldErrors(openIncidentSchema, { ...base, title: ' a ', description: ' ' })).toEqual({
      title: 'Indiquez le titre de l’incident (3 caractères au moins).',
      description: 'Décrivez l’incident tel que les clients le liront.',
    });
  });
});

describe('correcting, closing, and the timeline', () => {
  it('a correction names its incident and its start', () => {
    expect(fieldErrors(correctIncidentSchema, { ...base, incidentId: 'x' })).toEqual({ incidentId: 'Incident introuvable.', startedAt: 'Indiquez le début.' });
    expect(correctIncidentSchema.parse({ ...base, incidentId: INCIDENT, startedAt: '2026-03-02T09:30' })).toMatchObject({
      incidentId: INCIDENT,
      startedAt: '2026-03-02T09:30',
    });
  });

  it('closing takes an optional end; an update needs words', () => {
    expect(closeIncidentSchema.parse({ incidentId: INCIDENT, endedAt: '' })).toEqual({ incidentId: INCIDENT, endedAt: undefined });
    expect(fieldErrors(closeIncidentSchema, { incidentId: INCIDENT, endedAt: '2026-02-30T10:00' })).toEqual({
      endedAt: 'Date et heure invalides (jj/mm/aaaa hh:mm).',
    });
    expect(fieldErrors(incidentUpdateSchema, { incidentId: INCIDENT, body: '   ' })).toEqual({ body: 'Rédigez le point d’étape.' });
  });

  it('reads the typed times in the staff member’s zone', () => {
    expect(withInstants({ startedAt: '2026-03-02T09:30', endedAt: undefined, title: 't' }, 'Europe/Paris')).toEqual({
      title: 't',
      startedAt: new Date('2026-03-02T08:30:00Z'),
      endedAt: undefined,
    });
    expect(withInstants({ startedAt: '2026-03-02T09:30', endedAt: '2026-03-02T10:00' }, 'Indian/Reunion')).toEqual({
      startedAt: new Date('2026-03-02T05:30:00Z'),
      endedAt: new Date('2026-03-02T06:00:00Z'),
    });
  });
});

describe('§6: an incident is recorded once it has happened', () => {
  const now = new Date('2026-03-02T10:00:00Z');
  const minutes = (count: number) => new Date(now.getTime() + count * 60_000);

  it('accepts a start up to now, and an end from the start up to now', () => {
    expect(incidentTimeIssues({ startedAt: now, endedAt: null }, now)).toEqual({});
    expect(incidentTimeIssues({ startedAt: minutes(-30), endedAt: minutes(-30) }, now)).toEqual({});
    expect(incidentTimeIssues({ startedAt: minutes(-30), endedAt: now }, now)).toEqual({});
  });

  it('refuses a start or an end in the future, and an end before the start', () => {
    expect(incidentTimeIssues({ startedAt: minutes(1), endedAt: null }, now)).toEqual({ startedAt: START_IN_FUTURE_MESSAGE });
    expect(incidentTimeIssues({ startedAt: minutes(-30), endedAt: minutes(1) }, now)).toEqual({ endedAt: END_IN_FUTURE_MESSAGE });
    expect(incidentTimeIssues({ startedAt: minutes(-30), endedAt: minutes(-31) }, now)).toEqual({ endedAt: END_BEFORE_START_MESSAGE });
    expect(incidentTimeIssues({ startedAt: minutes(5), endedAt: minutes(10) }, now)).toEqual({
      startedAt: START_IN_FUTURE_MESSAGE,
      endedAt: END_IN_FUTURE_MESSAGE,
    });
  });
});

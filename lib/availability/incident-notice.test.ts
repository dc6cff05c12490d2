import { describe, expect, it } from 'vitest';

import { INCIDENT_CAUSES, incidentNotice, type IncidentCause } from './index';

const start = new Date('2026-03-03T09:00:00Z');
const end = new Date('2026-03-03T09:40:00Z');
const incident = (cause: IncidentCause = 'fault') => ({ title: 'Lenteurs à l’édition des actes', start, end: null, cause, environment: 'production' as const });

describe('what users read of an incident that affects them', () => {
  it('when it starts: since when, in their zone', () => {
    expect(incidentNotice(incident(), 'started', 'Europe/Paris')).toEqual({
      type: 'incident.started',
      title: 'Incident en cours : Lenteurs à l’édition des actes',
      body: 'Depuis mardi 3 mars 2026 à 10:00. Suivez son évolution sur la page Disponibilité.',
    });
  });

  it('when it ends: from when to when; overseas, the zone is named', () => {
    expect(incidentNotice({ ...incident(), end }, 'ended', 'Indian/Reunion')).toEqual({
      type: 'incident.ended',
      title: 'Incident terminé : Lenteurs à l’édition des actes',
      body: 'Du mardi 3 mars 2026 à 13:00 (heure de La Réunion) au mardi 3 mars 2026 à 13:40 (heure de La Réunion). Son effet sur le taux de disponibilité du mois est détaillé sur la page Disponibilité.',
    });
  });

  it('a maintenance reads as one (§5), and the state it names is the one the portal shows', () => {
    for (const cause of INCIDENT_CAUSES) {
      const maintenance = cause === 'planned_maintenance' || cause === 'emergency_maintenance';
      expect(incidentNotice(incident(cause), 'started', 'Europe/Paris').title).toMatch(maintenance ? /^Maintenance en cours : / : /^Incident en cours : /);
      expect(incidentNotice({ ...incident(cause), end }, 'ended', 'Europe/Paris').title).toMatch(
        maintenance ? /^Maintenance terminée : / : /^Incident terminé : /,
      );
    }
  });

  it('says when production is not the environment touched', () => {
    expect(incidentNotice({ ...incident(), environment: 'other' }, 'started', 'Europe/Paris').body).toContain('Hors environnement de production.');
  });

  it('an incident still under way has no end to tell of', () => {
    expect(() => incidentNotice(incident(), 'ended', 'Europe/Paris')).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';

import {
  INCIDENT_CAUSES,
  INCIDENT_CAUSE_LABELS,
  INCIDENT_ENVIRONMENTS,
  INCIDENT_ENVIRONMENT_LABELS,
  countsAsDowntime,
  isIncidentCause,
  isIncidentEnvironment,
} from './index';

describe('incident causes and environments (§6)', () => {
  it('only a fault of production is downtime', () => {
    for (const cause of INCIDENT_CAUSES) {
      for (const environment of INCIDENT_ENVIRONMENTS) {
        expect(countsAsDowntime({ cause, environment })).toBe(cause === 'fault' && environment === 'production');
      }
    }
  });

  it('labels every cause and environment in French', () => {
    expect(Object.keys(INCIDENT_CAUSE_LABELS)).toEqual([...INCIDENT_CAUSES]);
    expect(INCIDENT_CAUSE_LABELS.client_equipment).toBe('Équipement ou réseau du client');
    expect(INCIDENT_ENVIRONMENT_LABELS).toEqual({ production: 'Production', other: 'Autre environnement' });
  });

  it('recognises its values, for data read from outside', () => {
    expect(isIncidentCause('external_system')).toBe(true);
    expect(isIncidentCause('maintenance')).toBe(false);
    expect(isIncidentEnvironment('production')).toBe(true);
    expect(isIncidentEnvironment('staging')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';

import { SERVICE_STATE_LABELS, ongoingIncidents, serviceState, type Incident, type IncidentCause } from './index';

const NOW = new Date('2026-03-10T10:00:00Z');
const BEFORE = new Date('2026-03-10T09:00:00Z');
const AFTER = new Date('2026-03-10T11:00:00Z');

const incident = (cause: IncidentCause, overrides: Partial<Incident> = {}): Incident => ({
  start: BEFORE,
  end: null,
  cause,
  environment: 'production',
  ...overrides,
});

describe('the service state shown to clients', () => {
  it('is operational with no incident under way', () => {
    expect(serviceState([], NOW)).toBe('operational');
    expect(serviceState([incident('fault', { end: NOW })], NOW)).toBe('operational');
    expect(serviceState([incident('fault', { start: AFTER })], NOW)).toBe('operational');
    expect(serviceState([incident('fault', { environment: 'other' })], NOW)).toBe('operational');
  });

  it.each(['planned_maintenance', 'emergency_maintenance'] as const)('is maintenance during %s', (cause) => {
    expect(serviceState([incident(cause)], NOW)).toBe('maintenance');
  });

  it.each(['fault', 'force_majeure', 'client_equipment', 'external_system'] as const)('is an incident during %s', (cause) => {
    expect(serviceState([incident(cause)], NOW)).toBe('incident');
  });

  it('an incident outranks a maintenance under way', () => {
    expect(serviceState([incident('planned_maintenance'), incident('fault')], NOW)).toBe('incident');
  });

  it('an incident with an end still to come is under way; one starting exactly now too', () => {
    expect(serviceState([incident('fault', { end: AFTER })], NOW)).toBe('incident');
    expect(serviceState([incident('fault', { start: NOW })], NOW)).toBe('incident');
  });

  it('ongoingIncidents keeps the incidents of production under way, as given', () => {
    const running = { ...incident('fault'), id: 'r' };
    const over = { ...incident('fault', { end: NOW }), id: 'o' };
    const test = { ...incident('fault', { environment: 'other' }), id: 't' };
    expect(ongoingIncidents([over, running, test], NOW)).toEqual([running]);
  });

  it('labels each state in French', () => {
    expect(SERVICE_STATE_LABELS).toEqual({
      operational: 'Opérationnel',
      incident: 'Incident en cours',
      maintenance: 'Maintenance en cours',
    });
  });

  it('refuses an invalid now', () => {
    expect(() => serviceState([], new Date(NaN))).toThrow(RangeError);
  });
});

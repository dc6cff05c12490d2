// §6: what an interruption of the service is caused by decides whether it is downtime (TI).
// These lists are the one source of truth: the database enums are built from them.

/** §6: a fault of the service, or one of the interruptions (ii)–(v) that TI leaves out. */
export const INCIDENT_CAUSES = ['fault', 'emergency_maintenance', 'planned_maintenance', 'force_majeure', 'client_equipment', 'external_system'] as const;
export type IncidentCause = (typeof INCIDENT_CAUSES)[number];

/** §6: only the production environment is held to the availability rate. */
export const INCIDENT_ENVIRONMENTS = ['production', 'other'] as const;
export type IncidentEnvironment = (typeof INCIDENT_ENVIRONMENTS)[number];

export const INCIDENT_CAUSE_LABELS: Readonly<Record<IncidentCause, string>> = {
  fault: 'Panne du service',
  emergency_maintenance: 'Maintenance urgente',
  planned_maintenance: 'Maintenance planifiée',
  force_majeure: 'Force majeure',
  client_equipment: 'Équipement ou réseau du client',
  external_system: 'Système extérieur au service (COMEDEC/ANTS, REU/INSEE, télécoms)',
};

export const INCIDENT_ENVIRONMENT_LABELS: Readonly<Record<IncidentEnvironment, string>> = {
  production: 'Production',
  other: 'Autre environnement',
};

/** An interruption of the service: `end` is null while it lasts. */
export interface Incident {
  start: Date;
  end: Date | null;
  cause: IncidentCause;
  environment: IncidentEnvironment;
}

export function isIncidentCause(value: unknown): value is IncidentCause {
  return (INCIDENT_CAUSES as readonly unknown[]).includes(value);
}

export function isIncidentEnvironment(value: unknown): value is IncidentEnvironment {
  return (INCIDENT_ENVIRONMENTS as readonly unknown[]).includes(value);
}

/** §5: a maintenance, planned (announced 48 h ahead) or urgent, rather than an interruption the service suffers. */
export function isMaintenanceCause(cause: IncidentCause): boolean {
  return cause === 'planned_maintenance' || cause === 'emergency_maintenance';
}

/**
 * §6: TI leaves out maintenance, whether urgent (ii) or announced 48 h ahead (§5, i), force
 * majeure (iii), the client's own equipment or network (iv) and systems outside the service
 * such as COMEDEC or the REU (v, §4); and every environment but production. A fault of
 * production is what remains.
 */
export function countsAsDowntime(incident: Pick<Incident, 'cause' | 'environment'>): boolean {
  return incident.cause === 'fault' && incident.environment === 'production';
}

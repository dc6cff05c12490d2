import { isMaintenanceCause, type Incident } from './incident';
import { instantOf } from './spans';

/** What the portal says of the service right now (§5: open 24/7 outside maintenance). */
export const SERVICE_STATES = ['operational', 'incident', 'maintenance'] as const;
export type ServiceState = (typeof SERVICE_STATES)[number];

export const SERVICE_STATE_LABELS: Readonly<Record<ServiceState, string>> = {
  operational: 'Opérationnel',
  incident: 'Incident en cours',
  maintenance: 'Maintenance en cours',
};

type IncidentTimes = Pick<Incident, 'start' | 'end' | 'cause' | 'environment'>;

/** The incidents of production under way at `now`: started, and not ended (or ending later). */
export function ongoingIncidents<T extends IncidentTimes>(incidents: readonly T[], now: Date): T[] {
  const at = instantOf(now, 'now');
  return incidents.filter(
    (incident) => incident.environment === 'production' && incident.start.getTime() <= at && (incident.end === null || incident.end.getTime() > at),
  );
}

/**
 * The state of production at `now`, from the incidents that concern the reader's
 * organization (scope already resolved). Maintenance, planned or urgent (§5), reads as
 * maintenance; any other interruption, even one the rate leaves out (COMEDEC down, §6 v), is
 * an incident for the user who meets it, and it outranks a maintenance under way.
 */
export function serviceState(incidents: readonly IncidentTimes[], now: Date): ServiceState {
  const ongoing = ongoingIncidents(incidents, now);
  if (ongoing.some((incident) => !isMaintenanceCause(incident.cause))) return 'incident';
  return ongoing.length > 0 ? 'maintenance' : 'operational';
}

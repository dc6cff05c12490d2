import { formatDateTime } from '@/lib/format/french-date';
import { isOverseas } from '@/lib/time-zones';

import { isMaintenanceCause, type Incident } from './incident';
import { SERVICE_STATE_LABELS } from './service-state';

/** An incident is told to the users it affects twice: when it starts, and when it ends. */
export type IncidentPhase = 'started' | 'ended';

export const INCIDENT_NOTIFICATION_TYPES: Readonly<Record<IncidentPhase, string>> = {
  started: 'incident.started',
  ended: 'incident.ended',
};

const ENDED_LABELS = { incident: 'Incident terminé', maintenance: 'Maintenance terminée' } as const;

export interface IncidentNotice {
  type: string;
  title: string;
  body: string;
}

/**
 * What the users of an organization read of an incident (§5, §6), in their organization's zone
 * (named when overseas): that it started, or that it ended and when.
 */
export function incidentNotice(
  incident: Pick<Incident, 'start' | 'end' | 'cause' | 'environment'> & { title: string },
  phase: IncidentPhase,
  timeZone: string,
): IncidentNotice {
  const format = (instant: Date) => formatDateTime(instant, timeZone, { showZone: isOverseas(timeZone) });
  const kind = isMaintenanceCause(incident.cause) ? 'maintenance' : 'incident';
  const environment = incident.environment === 'production' ? '' : ' Hors environnement de production.';
  if (phase === 'started') {
    return {
      type: INCIDENT_NOTIFICATION_TYPES.started,
      title: `${SERVICE_STATE_LABELS[kind]} : ${incident.title}`,
      body: `Depuis ${format(incident.start)}.${environment} Suivez son évolution sur la page Disponibilité.`,
    };
  }
  if (incident.end === null) throw new RangeError('An incident that has not ended has no end to tell of');
  return {
    type: INCIDENT_NOTIFICATION_TYPES.ended,
    title: `${ENDED_LABELS[kind]} : ${incident.title}`,
    body: `Du ${format(incident.start)} au ${format(incident.end)}.${environment} Son effet sur le taux de disponibilité du mois est détaillé sur la page Disponibilité.`,
  };
}

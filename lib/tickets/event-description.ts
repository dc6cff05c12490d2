import { CLOCK_KIND_LABELS, type ClockKind, type Severity } from '@/lib/sla';
import { QUALIFICATION_OUTCOME_LABELS, SEVERITY_LABELS, type QualificationOutcome } from './qualification';
import { REMEDY_KIND_LABELS, type RemedyKind } from './actions';
import type { TicketEventType } from './event-types';
import { formatDateTime } from '@/lib/format/french-date';

type Details = Record<string, unknown> | null;

/**
 * A history event in French words ("Qualifiée : anomalie majeure"), or null when its message says
 * it all; instants it names (a typed request's planned date) are read in `timeZone`.
 */
export function describeTicketEvent(type: TicketEventType, after: Details, timeZone: string): string | null {
  switch (type) {
    case 'created':
      return after?.channel === 'phone' ? 'Demande enregistrée par téléphone' : 'Demande enregistrée';
    case 'taken_in_charge':
      return 'Prise en charge';
    case 'assigned':
      return 'Assignée';
    case 'qualified':
      return `Qualifiée : ${qualificationLabel(after)}`;
    case 'requalified':
      return `Requalifiée : ${qualificationLabel(after)}`;
    case 'information_requested':
      return 'Informations demandées au client';
    case 'information_provided':
      return 'Informations apportées par le client';
    case 'action_plan_delivered':
      return 'Plan d’action corrective transmis';
    case 'remedy_delivered':
      return `${REMEDY_KIND_LABELS[(after?.remedy as RemedyKind) ?? 'fix']} livrée`;
    case 'resolved':
      return 'Résolue';
    case 'closed':
      return 'Clôturée';
    case 'auto_closed':
      return 'Clôturée automatiquement, 15 jours après sa résolution';
    case 'reopened':
      return 'Rouverte';
    case 'cancelled':
      return 'Annulée';
    case 'clock_at_risk':
      return `Délai « ${CLOCK_KIND_LABELS[(after?.clock as ClockKind) ?? 'pickup']} » à risque`;
    case 'clock_breached':
      return `Délai « ${CLOCK_KIND_LABELS[(after?.clock as ClockKind) ?? 'pickup']} » dépassé`;
    case 'clocks_suspended':
      return after?.reason ? `Délais suspendus : support suspendu (${String(after.reason)})` : 'Délais suspendus : support suspendu';
    case 'clocks_resumed':
      return 'Délais repris : support rétabli';
    case 'pickup_excluded':
      return `Retirée du calcul de l’engagement de prise en charge : ${String(after?.reason ?? '')}`;
    case 'waiting_reminder_sent':
      return 'Relance envoyée : votre réponse est attendue';
    // §7, §11: the date given and the answer, as the requester was told them.
    case 'request_planned':
      return typeof after?.plannedFor === 'string' ? `Planifiée le ${formatDateTime(new Date(after.plannedFor), timeZone)}` : 'Planifiée';
    case 'request_done':
      return typeof after?.result === 'string' ? `Réalisée : ${after.result}` : 'Réalisée';
    case 'request_refused':
      return typeof after?.reason === 'string' ? `Refusée : ${after.reason}` : 'Refusée';
    case 'replied':
    case 'internal_note_added':
      return null;
  }
}

function qualificationLabel(after: Details): string {
  const outcome = after?.qualification as QualificationOutcome | undefined;
  const severity = after?.severity as Severity | undefined;
  if (severity) return `anomalie ${SEVERITY_LABELS[severity].toLowerCase()}`;
  return outcome ? QUALIFICATION_OUTCOME_LABELS[outcome].toLowerCase() : 'mise à jour';
}

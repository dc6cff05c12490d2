import { formatDateTime } from '@/lib/format/french-date';
import type { RequestDetails } from './request-details';
import { TICKET_STATUS_LABELS, type TicketStatus } from './statuses';
import { REQUEST_STEP_LABELS, TICKET_TYPE_LABELS, type RequestStep, type TicketType } from './ticket-types';

/**
 * Where a typed request stands, as people read it: its step (Demandée, Planifiée, Réalisée,
 * Refusée), unless it waits for the client or was cancelled, which its step does not say.
 */
export type RequestState = RequestStep | 'waiting_client' | 'cancelled';

export const REQUEST_STATE_LABELS: Readonly<Record<RequestState, string>> = {
  ...REQUEST_STEP_LABELS,
  waiting_client: TICKET_STATUS_LABELS.waiting_client,
  cancelled: TICKET_STATUS_LABELS.cancelled,
};

export function requestStateOf(status: TicketStatus, step: RequestStep): RequestState {
  return status === 'waiting_client' || status === 'cancelled' ? status : step;
}

/** The part of a typed request its progress is read from. */
export interface RequestProgressInput {
  status: TicketStatus;
  requestStep: RequestStep;
  createdAt: Date;
  requestPlannedFor: Date | null;
  resolvedAt: Date | null;
}

/**
 * The step in words with its date, in the reader's zone: "Demandée le …", "Planifiée le …" (the
 * date the support gave), "Réalisée le …", "Refusée le …"; `showZone` names the zone when it is
 * not the reader's own.
 */
export function describeRequestProgress(request: RequestProgressInput, timeZone: string, options: { showZone?: boolean } = {}): string {
  const state = requestStateOf(request.status, request.requestStep);
  const at = (instant: Date | null) => (instant ? ` le ${formatDateTime(instant, timeZone, options)}` : '');
  switch (state) {
    case 'requested':
      return `Demandée${at(request.createdAt)}`;
    case 'planned':
      return `Planifiée${at(request.requestPlannedFor)}`;
    case 'done':
    case 'refused':
      return `${REQUEST_STATE_LABELS[state]}${at(request.resolvedAt)}`;
    case 'waiting_client':
    case 'cancelled':
      return REQUEST_STATE_LABELS[state];
  }
}

/** How the support's answer to a typed request is named: on the form that records it and where the client reads it. */
export interface RequestResultWording {
  /** The field of "Marquer comme réalisée". */
  label: string;
  hint: string;
  /** The heading the client reads it under. */
  heading: string;
}

export const REFUSAL_HEADING = 'Motif du refus';

/**
 * §7: a restore is done with a report; §11: an account created is done with the identifier given,
 * an account deleted with a report. Without its details (never expected), the type decides.
 */
export function requestResultWording(type: Exclude<TicketType, 'standard'>, details: RequestDetails | null): RequestResultWording {
  if (type === 'restore') {
    return {
      label: 'Compte rendu de la restauration (lu par le client)',
      hint: 'Ce qui a été restauré, depuis quel point, et ce que le client doit vérifier.',
      heading: 'Compte rendu de la restauration',
    };
  }
  const account = details?.kind === 'software_account' ? details : null;
  if (account?.action === 'delete') {
    return {
      label: 'Compte rendu de la suppression (lu par le client)',
      hint: `L’identifiant supprimé de ${account.personName} et la date d’effet.`,
      heading: 'Compte rendu de la suppression',
    };
  }
  return {
    label: 'Identifiant donné (lu par le client)',
    hint: `L’identifiant du compte créé${account ? ` pour ${account.personName}` : ''} et, s’il le faut, comment se connecter la première fois. Jamais de mot de passe ici.`,
    heading: 'Identifiant du compte',
  };
}

/** The support's answer the client reads once a typed request is done or refused: under its heading, as it was written. */
export interface RequestAnswer {
  heading: string;
  text: string;
  refused: boolean;
}

export function requestAnswer(
  request: { type: Exclude<TicketType, 'standard'>; requestStep: RequestStep; requestResult: string | null },
  details: RequestDetails | null,
): RequestAnswer | null {
  if (request.requestResult === null) return null;
  if (request.requestStep === 'refused') return { heading: REFUSAL_HEADING, text: request.requestResult, refused: true };
  if (request.requestStep === 'done') return { heading: requestResultWording(request.type, details).heading, text: request.requestResult, refused: false };
  // Reopened: the earlier answer stays in the history, the request is being handled again.
  return null;
}

/** A step of a typed request as the support takes it (§7, §11). */
export type RequestStepTaken = { step: 'plan'; plannedFor: Date } | { step: 'complete'; result: string } | { step: 'refuse'; reason: string };

const STEP_WORDS: Readonly<Record<RequestStepTaken['step'], string>> = { plan: 'planifiée', complete: 'réalisée', refuse: 'refusée' };

/**
 * What the requester and the organization's administrators are told at each step of a typed
 * request: the date given (in the organization's zone), or the answer under the heading the
 * client reads it under on the Demande's page. One text for the server and the demo history.
 */
export function requestStepNotice(
  request: { type: TicketType; reference: string; subject: string; details: RequestDetails | null },
  taken: RequestStepTaken,
  organizationTimeZone: string,
): { title: string; body: string } {
  const title = `${TICKET_TYPE_LABELS[request.type]} ${request.reference} : ${STEP_WORDS[taken.step]}`;
  const subject = `« ${request.subject} »`;
  switch (taken.step) {
    case 'plan':
      return { title, body: `${subject} est planifiée le ${formatDateTime(taken.plannedFor, organizationTimeZone)}.` };
    case 'complete': {
      const heading = request.type === 'standard' ? 'Compte rendu' : requestResultWording(request.type, request.details).heading;
      return { title, body: `${subject} est réalisée. ${heading} : ${taken.result}` };
    }
    case 'refuse':
      return { title, body: `${subject} est refusée. ${REFUSAL_HEADING} : ${taken.reason}` };
  }
}

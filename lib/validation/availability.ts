import { z } from 'zod';
import { INCIDENT_CAUSES, INCIDENT_ENVIRONMENTS, type IncidentCause, type IncidentEnvironment } from '@/lib/availability';
import { localDateTimeToInstant } from '@/lib/calendar';
import { userText } from './user-text';

// The console's incident forms (§5, §6), parsed once by the action wrapper. Instants are typed as
// `datetime-local` values in the staff member's zone; the action reads them in that zone
// (withInstants) and the operations check what needs "now" (incidentTimeIssues).

/** §6: which organizations an incident affects. */
export const INCIDENT_SCOPES = ['all', 'some'] as const;
export type IncidentScope = (typeof INCIDENT_SCOPES)[number];

export const INCIDENT_SCOPE_LABELS: Readonly<Record<IncidentScope, string>> = {
  all: 'Toutes les collectivités',
  some: 'Certaines collectivités',
};

/** What the cause detail names, for the causes that need one (§4, §6 iii and v). */
export const CAUSE_DETAIL_REQUIRED: Readonly<Partial<Record<IncidentCause, string>>> = {
  external_system: 'Précisez le système extérieur en cause (COMEDEC/ANTS, REU/INSEE, opérateur télécom…).',
  force_majeure: 'Précisez l’événement de force majeure.',
};

export const START_IN_FUTURE_MESSAGE = 'Le début ne peut pas être dans le futur : un incident s’enregistre une fois commencé.';
export const END_IN_FUTURE_MESSAGE = 'La fin ne peut pas être dans le futur : un incident se termine une fois le service rétabli.';
export const END_BEFORE_START_MESSAGE = 'La fin ne peut pas précéder le début.';
export const NO_ORGANIZATION_MESSAGE = 'Cochez au moins une collectivité touchée, ou choisissez « Toutes les collectivités ».';
export const ANNOUNCEMENT_REQUIRED_MESSAGE =
  'Choisissez l’annonce de cette maintenance : une maintenance planifiée est annoncée au moins 48 heures à l’avance (§5). Sans annonce, c’est une maintenance urgente.';

const TITLE_MESSAGE = 'Indiquez le titre de l’incident (3 caractères au moins).';
const DESCRIPTION_MESSAGE = 'Décrivez l’incident tel que les clients le liront.';

/** A `datetime-local` value ("2026-03-02T09:30"); empty is none. */
const localDateTime = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .refine((value) => value === undefined || localDateTimeToInstant(value, 'UTC') !== null, 'Date et heure invalides (jj/mm/aaaa hh:mm).');

const optionalUuid = (message: string) =>
  z
    .union([z.literal(''), z.uuid(message)])
    .optional()
    .transform((value) => value || null);

/** Checked boxes: absent, one value, or several. */
const organizationIds = z.preprocess(
  (value) => (Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value]),
  z.array(z.uuid('Collectivité inconnue.')).max(10_000, '10 000 collectivités au plus : choisissez plutôt « Toutes les collectivités ».'),
);

const contentShape = {
  title: userText({ message: TITLE_MESSAGE }).trim().min(3, TITLE_MESSAGE).max(200, 'Le titre : 200 caractères au plus.'),
  description: userText({ message: DESCRIPTION_MESSAGE }).trim().min(1, DESCRIPTION_MESSAGE).max(5_000, 'La description : 5 000 caractères au plus.'),
  cause: z.enum(INCIDENT_CAUSES, { message: 'Choisissez la cause de l’incident.' }),
  causeDetail: userText().trim().max(200, 'La précision : 200 caractères au plus.').optional(),
  environment: z.enum(INCIDENT_ENVIRONMENTS, { message: 'Choisissez l’environnement touché.' }),
  scope: z.enum(INCIDENT_SCOPES, { message: 'Choisissez les collectivités touchées.' }),
  organizationIds,
  announcementId: optionalUuid('Annonce inconnue.'),
  startedAt: localDateTime,
  endedAt: localDateTime,
};

interface ContentFields {
  cause: IncidentCause;
  causeDetail?: string;
  scope: IncidentScope;
  organizationIds: string[];
  announcementId: string | null;
}

function checkContent(value: ContentFields, context: z.RefinementCtx): void {
  const detailMessage = CAUSE_DETAIL_REQUIRED[value.cause];
  if (detailMessage && !value.causeDetail) context.addIssue({ code: 'custom', path: ['causeDetail'], message: detailMessage });
  if (value.scope === 'some' && value.organizationIds.length === 0)
    context.addIssue({ code: 'custom', path: ['organizationIds'], message: NO_ORGANIZATION_MESSAGE });
  if (value.cause === 'planned_maintenance' && !value.announcementId) {
    context.addIssue({ code: 'custom', path: ['announcementId'], message: ANNOUNCEMENT_REQUIRED_MESSAGE });
  }
}

/** The incident's content as the operations take it: the scope resolved, what the cause does not carry dropped. */
function toContent<T extends ContentFields & { title: string; description: string; environment: IncidentEnvironment }>(value: T) {
  const { scope, causeDetail, organizationIds: ids, announcementId, ...rest } = value;
  return {
    ...rest,
    causeDetail: CAUSE_DETAIL_REQUIRED[value.cause] ? (causeDetail ?? null) : null,
    allOrganizations: scope === 'all',
    organizationIds: scope === 'all' ? [] : [...new Set(ids)],
    announcementId: value.cause === 'planned_maintenance' ? announcementId : null,
  };
}

/**
 * Opening an incident: its start defaults to now; an end may be given when it is recorded
 * after the service came back.
 */
export const openIncidentSchema = z.object(contentShape).superRefine(checkContent).transform(toContent);
export type OpenIncidentForm = z.output<typeof openIncidentSchema>;

/** Correcting an incident: the start is shown and required; the end too once it has ended. */
export const correctIncidentSchema = z
  .object({
    ...contentShape,
    incidentId: z.uuid('Incident introuvable.'),
    startedAt: localDateTime.refine((value) => value !== undefined, 'Indiquez le début.'),
  })
  .superRefine(checkContent)
  .transform(toContent);
export type CorrectIncidentForm = z.output<typeof correctIncidentSchema>;

/** Closing an incident: the end defaults to now. */
export const closeIncidentSchema = z.object({ incidentId: z.uuid('Incident introuvable.'), endedAt: localDateTime });

/** A public message on the incident's timeline. */
export const incidentUpdateSchema = z.object({
  incidentId: z.uuid('Incident introuvable.'),
  body: userText({ message: 'Rédigez le point d’étape.' })
    .trim()
    .min(1, 'Rédigez le point d’étape.')
    .max(5_000, 'Le point d’étape : 5 000 caractères au plus.'),
});

/** What the operations take: the content of an incident, its scope resolved. */
export type IncidentContent = Omit<OpenIncidentForm, 'startedAt' | 'endedAt'>;

type WithInstants<T> = Omit<T, 'startedAt' | 'endedAt'> & { startedAt?: Date; endedAt?: Date };

/** A form's `datetime-local` values read as wall-clock time in `timeZone` (the staff member's). */
export function withInstants<T extends { startedAt?: string; endedAt?: string }>(form: T, timeZone: string): WithInstants<T> {
  const { startedAt, endedAt, ...rest } = form;
  const read = (value: string | undefined) => (value === undefined ? undefined : (localDateTimeToInstant(value, timeZone) ?? undefined));
  return { ...rest, startedAt: read(startedAt), endedAt: read(endedAt) };
}

/**
 * §6: an incident is recorded once it has happened: neither its start nor its end in the future,
 * and never an end before its start. Each problem by field, in French; empty when all is well.
 */
export function incidentTimeIssues({ startedAt, endedAt }: { startedAt: Date; endedAt: Date | null }, now: Date): Record<string, string> {
  const issues: Record<string, string> = {};
  if (startedAt.getTime() > now.getTime()) issues.startedAt = START_IN_FUTURE_MESSAGE;
  if (endedAt !== null) {
    if (endedAt.getTime() > now.getTime()) issues.endedAt = END_IN_FUTURE_MESSAGE;
    else if (endedAt.getTime() < startedAt.getTime()) issues.endedAt = END_BEFORE_START_MESSAGE;
  }
  return issues;
}

import { z } from 'zod';
import { userText } from './user-text';
import { attachmentsField } from './attachments';
import { announcementIssues, keepKindFields, type AnnouncementFields, type AnnouncementIssue } from '@/lib/announcements/announcement-rules';
import { ANNOUNCEMENT_KINDS, type AnnouncementKind } from '@/lib/announcements/kinds';
import { ANNOUNCEMENT_INPUT_ZONE, fromInputTime } from '@/lib/announcements/support-time';
import { formatDateTime } from '@/lib/format/french-date';

const optionalText = (max: number, label: string) =>
  userText()
    .trim()
    .max(max, `${label} : ${max} caractères au plus.`)
    .nullish()
    .transform((value) => (value ? value : null));

/** An instant: a Date, or a form's `datetime-local` value read in Paris time; empty is none. */
const instant = z
  .union([z.date(), z.string()])
  .nullish()
  .transform((value, context): Date | null => {
    if (value === null || value === undefined || value === '') return null;
    if (value instanceof Date) return value;
    const parsed = fromInputTime(value);
    if (!parsed) {
      context.addIssue({ code: 'custom', message: 'Date et heure invalides (jj/mm/aaaa hh:mm).' });
      return z.NEVER;
    }
    return parsed;
  });

const announcementShape = {
  kind: z.enum(ANNOUNCEMENT_KINDS, { message: 'Choisissez le type d’annonce.' }),
  title: userText().trim().min(3, 'Indiquez le titre (3 caractères au moins).').max(200, 'Le titre : 200 caractères au plus.'),
  version: optionalText(50, 'La version'),
  module: optionalText(100, 'Le module'),
  startsAt: instant,
  endsAt: instant,
  body: userText().trim().min(1, 'Rédigez le texte de l’annonce.').max(50_000, 'Le texte : 50 000 caractères au plus.'),
  // §10.2 "formation à prévoir": a checkbox ('on' when checked), kept for a release only.
  trainingRequired: z
    .union([z.boolean(), z.literal('on')])
    .optional()
    .transform((value) => value === true || value === 'on'),
};

const START_REQUIRED: Readonly<Record<AnnouncementKind, string>> = {
  release: 'Indiquez la date de mise en service : une nouvelle version s’annonce avec sa date (§10.2).',
  patch: 'Indiquez la date d’installation.',
  planned_maintenance: 'Indiquez le début de la maintenance.',
  emergency_maintenance: 'Indiquez le début de la maintenance.',
  document: 'Indiquez la date.',
};

function messageOf(issue: AnnouncementIssue, kind: AnnouncementKind): string {
  switch (issue.code) {
    case 'version_required':
      return 'Indiquez le numéro de version (obligatoire pour une version ou un correctif).';
    case 'start_required':
      return START_REQUIRED[kind];
    case 'end_required':
      return 'Indiquez la fin prévue de la maintenance.';
    case 'end_not_after_start':
      return 'La fin doit être postérieure au début.';
  }
}

function addRuleIssues(value: AnnouncementFields, context: z.RefinementCtx): void {
  for (const issue of announcementIssues(value)) {
    context.addIssue({ code: 'custom', path: [issue.field], message: messageOf(issue, value.kind) });
  }
}

/**
 * An announcement as staff write it (§5, §10.2, §12), shared by the console form and the server
 * operations: what each kind requires, and nothing it does not carry (see lib/announcements).
 * The 48-hour notice of a planned maintenance depends on "now": the operations check it.
 */
export const announcementContentSchema = z
  .object(announcementShape)
  .superRefine(addRuleIssues)
  .transform((value) => keepKindFields(value));

export type AnnouncementContentInput = z.input<typeof announcementContentSchema>;
export type AnnouncementContent = z.output<typeof announcementContentSchema>;

/**
 * The console form: the content, the files it sends, and on edit the announcement's id, every
 * field reported at once. The operations check what needs "now" and the database (the notice).
 */
export const announcementFormSchema = z
  .object({ ...announcementShape, attachments: attachmentsField, announcementId: z.uuid('Annonce introuvable.').optional() })
  .superRefine(addRuleIssues)
  .transform(({ attachments, announcementId, ...fields }) => ({ content: keepKindFields(fields), attachments, announcementId }));

const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an identifier from an address can be a row's id (anything else is simply not found). */
export function isRecordId(value: string): boolean {
  return RECORD_ID.test(value);
}

/** The form's message when a planned maintenance comes too late; the form then offers the emergency kind. */
export const SHORT_NOTICE_MESSAGE =
  'Une maintenance planifiée s’annonce au moins 48 heures avant son début (livret de service, §5). Enregistrez-la comme maintenance urgente, ou choisissez un début plus tardif.';

/** §10.2: a new version's date is told beforehand; a patch may be announced once installed. */
export const RELEASE_IN_PAST_MESSAGE =
  'Date passée : une nouvelle version s’annonce avant sa mise en service (livret de service, §10.2). Choisissez une date à venir ; un correctif, lui, peut être daté du passé.';

/** Under the start field: the earliest start a planned maintenance could have, in Paris time. */
export function shortNoticeFieldMessage(earliestStart: Date): string {
  // Inputs are to the minute: the first whole minute at or after the earliest instant.
  const minute = 60_000;
  const rounded = new Date(Math.ceil(earliestStart.getTime() / minute) * minute);
  return `Moins de 48 heures d’avance : une maintenance planifiée commencerait au plus tôt ${formatDateTime(rounded, ANNOUNCEMENT_INPUT_ZONE)}.`;
}

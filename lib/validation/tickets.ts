import { z } from 'zod';
import { userText } from './user-text';
import { localDateTimeToInstant } from '@/lib/calendar';
import { SEVERITIES } from '@/lib/sla';
import { MESSAGE_KINDS, REMEDY_KINDS, REPLY_PREFERENCES } from '@/lib/tickets';
import { attachmentsField } from './attachments';
import { FAQ_SEARCH_OUTCOMES } from '@/lib/reports/usage';

const optionalText = (max: number, label: string) =>
  userText()
    .trim()
    .max(max, `${label} : ${max} caractères au plus.`)
    .optional()
    .transform((value) => (value ? value : null));

// A French number (0X XX XX XX XX, +33…, overseas included), spaces, dots and dashes allowed.
export const PHONE = /^(?:\+|00)?[0-9][0-9 .-]{7,18}[0-9]$/;

/** What a client describes when filing a Demande (§13), shared by the form and the server. */
export const ticketContentSchema = z
  .object({
    subject: userText().trim().min(3, 'Indiquez l’objet de la demande (3 caractères au moins).').max(200, 'L’objet : 200 caractères au plus.'),
    module: userText().trim().min(1, 'Choisissez le module concerné.'),
    context: userText().trim().min(10, 'Décrivez le contexte (10 caractères au moins).').max(20_000, 'Le contexte : 20 000 caractères au plus.'),
    errorMessage: optionalText(5_000, 'Le message d’erreur'),
    menuPath: optionalText(1_000, 'L’enchaînement des menus'),
    replyPreference: z.enum(REPLY_PREFERENCES, { message: 'Choisissez le mode de réponse souhaité.' }),
    callbackPhone: optionalText(30, 'Le téléphone'),
  })
  .superRefine((value, context) => {
    if (value.replyPreference !== 'callback') return;
    if (!value.callbackPhone) {
      context.addIssue({ code: 'custom', path: ['callbackPhone'], message: 'Indiquez le numéro auquel vous rappeler.' });
    } else if (!PHONE.test(value.callbackPhone)) {
      context.addIssue({ code: 'custom', path: ['callbackPhone'], message: 'Numéro de téléphone invalide.' });
    }
  });

export type TicketContentInput = z.input<typeof ticketContentSchema>;
export type TicketContent = z.output<typeof ticketContentSchema>;

/** §16: a technician records a phone call as a Demande for a client, answered by call-back. */
export const phoneIntakeSchema = z.object({
  organizationId: z.string().uuid('Choisissez la collectivité.'),
  requesterId: z.string().uuid('Choisissez le demandeur.'),
});

/** "Appel reçu à": a `datetime-local` value, read in the technician's zone by the action; empty is now. */
export const callReceivedAtField = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .refine((value) => value === undefined || localDateTimeToInstant(value, 'UTC') !== null, 'Date et heure invalides (jj/mm/aaaa hh:mm).');

/** A phone call: for whom, when it came in, and what the caller says. */
export const phoneCallSchema = z.intersection(phoneIntakeSchema.extend({ receivedAt: callReceivedAtField }), ticketContentSchema);

export const messageBodySchema = userText().trim().min(1, 'Le message est vide.').max(20_000, 'Le message : 20 000 caractères au plus.');

export const reasonSchema = userText().trim().min(3, 'Indiquez le motif.').max(2_000, 'Le motif : 2 000 caractères au plus.');

// ——— The forms on a Demande. Each is parsed once, by the action wrapper; the operation
// receives the typed output (lib/server/tickets/*).

/** Which Demande a form acts on: its id (scoped again by the operation) and reference (for the page). */
export const onTicketSchema = z.object({
  ticketId: z.uuid('Demande inconnue.'),
  reference: userText().trim().max(40),
});

/** A portal Demande with its attachments (§13). */
export const newTicketSchema = ticketContentSchema.and(
  // §17: whether a FAQ search of the same browser tab preceded it (never the search's words); anything else is ignored.
  z.object({ attachments: attachmentsField, faqSearch: z.enum(FAQ_SEARCH_OUTCOMES).optional().catch(undefined) }),
);
export type NewTicketInput = z.output<typeof newTicketSchema>;

/** A reply: public (client or staff) or, from the console, an internal note never shown to clients. */
export const replySchema = onTicketSchema.extend({
  kind: z.enum(MESSAGE_KINDS).catch('public'),
  body: messageBodySchema,
  attachments: attachmentsField,
});

export const provideInformationSchema = onTicketSchema.extend({ answer: messageBodySchema, attachments: attachmentsField });

export const reopenSchema = onTicketSchema.extend({ reason: reasonSchema });

export const assignSchema = onTicketSchema.extend({ assigneeId: z.uuid('Choisissez un membre du support.') });

const qualificationNotes = userText().trim().max(20_000, 'Les notes : 20 000 caractères au plus.').default('');

/** §14 qualification: an anomaly with its severity, or not an anomaly, or not reproducible. */
export const qualificationSchema = z.discriminatedUnion(
  'outcome',
  [
    z.object({ outcome: z.literal('anomaly'), severity: z.enum(SEVERITIES, { message: 'Choisissez la criticité.' }), notes: qualificationNotes }),
    z.object({ outcome: z.literal('not_anomaly'), notes: qualificationNotes }),
    z.object({ outcome: z.literal('not_reproducible'), notes: qualificationNotes }),
  ],
  { message: 'Choisissez le résultat de la qualification.' },
);
export type QualificationInput = z.output<typeof qualificationSchema>;

export const qualifySchema = onTicketSchema.and(qualificationSchema);

export const requalifySchema = onTicketSchema.extend({ severity: z.enum(SEVERITIES, { message: 'Choisissez la criticité.' }), reason: reasonSchema });

export const requestInformationSchema = onTicketSchema.extend({ question: messageBodySchema });

export const actionPlanSchema = onTicketSchema.extend({ plan: messageBodySchema, attachments: attachmentsField });

/** §14: a fix or a workaround; a workaround may leave the Demande in correction while the fix is built. */
export const remedySchema = onTicketSchema.extend({
  remedy: z.enum(REMEDY_KINDS, { message: 'Choisissez : correction ou contournement.' }),
  description: messageBodySchema,
  keepOpen: z.literal('on').optional(),
  attachments: attachmentsField,
});

export const resolveSchema = onTicketSchema.extend({ answer: messageBodySchema });

/** §13: a manager takes a Demande out of the 75 % ratio, with the reason the client will read. */
export const pickupExclusionSchema = onTicketSchema.extend({ reason: reasonSchema });

import { z } from 'zod';
import { localDateTimeToInstant } from '@/lib/calendar';
import { SOFTWARE_ACCOUNT_ACTIONS } from '@/lib/tickets';
import { onTicketSchema, reasonSchema } from './tickets';

const INSTANT = z.iso.datetime({ offset: true, message: 'Choisissez un point de restauration de la liste.' });

/**
 * §7 "Demander une restauration": a point of the catalogue (its instant), the module or data to
 * restore, a reason, and the explicit acknowledgment that later changes will be lost. Whether the
 * point is still within retention is decided by the operation, at the instant it runs.
 */
export const restoreRequestSchema = z.object({
  pointTakenAt: INSTANT,
  scope: z.string({ message: 'Choisissez le module à restaurer.' }).trim().min(1, 'Choisissez le module à restaurer.'),
  scopeDetail: z
    .string()
    .trim()
    .max(1_000, 'Les données concernées : 1 000 caractères au plus.')
    .optional()
    .transform((value) => value || null),
  reason: z.string().trim().min(10, 'Expliquez pourquoi restaurer (10 caractères au moins).').max(5_000, 'Le motif : 5 000 caractères au plus.'),
  acknowledgedLoss: z.literal('on', { message: 'Cochez la case : les modifications faites après ce point seront perdues.' }),
});
export type RestoreRequestForm = z.output<typeof restoreRequestSchema>;

/** §11 "Compte logiciel": create or delete an account of the software for a person, on the modules concerned. */
export const softwareAccountRequestSchema = z.object({
  action: z.enum(SOFTWARE_ACCOUNT_ACTIONS, { message: 'Choisissez : création ou suppression.' }),
  personName: z.string().trim().min(3, 'Indiquez le nom et le prénom de la personne.').max(200, 'Le nom : 200 caractères au plus.'),
  personEmail: z.email('Adresse e-mail invalide.').trim().max(254),
  personRole: z
    .string()
    .trim()
    .min(2, 'Indiquez son rôle dans le logiciel (par exemple « officier d’état civil »).')
    .max(200, 'Le rôle : 200 caractères au plus.'),
  modules: z
    .union([z.string(), z.array(z.string())], { message: 'Choisissez au moins un module.' })
    .transform((value) => [...new Set((Array.isArray(value) ? value : [value]).map((module) => module.trim()).filter(Boolean))])
    .refine((modules) => modules.length > 0, 'Choisissez au moins un module.'),
});
export type SoftwareAccountRequestForm = z.output<typeof softwareAccountRequestSchema>;

/**
 * The support gives a date to a typed request (planned again if it moves): a `datetime-local`
 * value, read by the action in the staff member's zone; whether it is to come is the operation's.
 */
export const planRequestSchema = onTicketSchema.extend({
  plannedFor: z
    .string({ message: 'Indiquez la date prévue.' })
    .trim()
    .min(1, 'Indiquez la date prévue.')
    .refine((value) => localDateTimeToInstant(value, 'UTC') !== null, 'Date et heure invalides (jj/mm/aaaa hh:mm).'),
});

/** Done: the report of a restore, or the identifier given for a software account. */
export const completeRequestSchema = onTicketSchema.extend({
  result: z.string().trim().min(2, 'Indiquez le compte rendu (ou l’identifiant donné).').max(20_000, 'Le compte rendu : 20 000 caractères au plus.'),
});

export const refuseRequestSchema = onTicketSchema.extend({ reason: reasonSchema });

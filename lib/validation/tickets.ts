import { z } from 'zod';

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} : ${max} caractères au plus.`)
    .optional()
    .transform((value) => (value ? value : null));

// A French number (0X XX XX XX XX, +33…, overseas included), spaces, dots and dashes allowed.
const PHONE = /^(?:\+|00)?[0-9][0-9 .-]{7,18}[0-9]$/;

/** What a client describes when filing a Demande (§13), shared by the form and the server. */
export const ticketContentSchema = z
  .object({
    subject: z.string().trim().min(3, 'Indiquez l’objet de la demande (3 caractères au moins).').max(200, 'L’objet : 200 caractères au plus.'),
    module: z.string().trim().min(1, 'Choisissez le module concerné.'),
    context: z.string().trim().min(10, 'Décrivez le contexte (10 caractères au moins).').max(20_000, 'Le contexte : 20 000 caractères au plus.'),
    errorMessage: optionalText(5_000, 'Le message d’erreur'),
    menuPath: optionalText(1_000, 'L’enchaînement des menus'),
    replyPreference: z.enum(['electronic', 'callback'], { message: 'Choisissez le mode de réponse souhaité.' }),
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

/** §16: a technician records a phone call as a Demande for a client, answered by call-back. */
export const phoneIntakeSchema = z.object({
  organizationId: z.string().uuid('Choisissez la collectivité.'),
  requesterId: z.string().uuid('Choisissez le demandeur.'),
});

export const messageBodySchema = z.string().trim().min(1, 'Le message est vide.').max(20_000, 'Le message : 20 000 caractères au plus.');

export const reasonSchema = z.string().trim().min(3, 'Indiquez le motif.').max(2_000, 'Le motif : 2 000 caractères au plus.');

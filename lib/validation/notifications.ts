import { z } from 'zod';

/** A form with nothing to fill in (a single button, such as "Tout marquer comme lu"). */
export const noFieldsSchema = z.object({});

/** "Recevoir aussi les notifications par courriel": yes or no. */
export const emailPreferenceSchema = z.object({
  emailEnabled: z.enum(['on', 'off'], { message: 'Choisissez oui ou non.' }).transform((choice) => choice === 'on'),
});

/** Opening a Demande reads its notifications: which Demande. */
export const ticketNotificationsSchema = z.object({ ticketId: z.uuid('Demande inconnue.') });

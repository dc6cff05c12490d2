import { z } from 'zod';
import { userText } from './user-text';
import { FAQ_MODULES } from '@/lib/faq/modules';
import { TICKET_REFERENCE_PATTERN } from '@/lib/tickets/reference';

/** An FAQ article as staff write it (§15), shared by the console form and the server. */
export const faqArticleSchema = z.object({
  title: userText({ message: 'Indiquez la question.' })
    .trim()
    .min(5, 'Indiquez la question (5 caractères au moins).')
    .max(200, 'La question : 200 caractères au plus.'),
  module: z.enum(FAQ_MODULES, { message: 'Choisissez la catégorie.' }),
  body: userText({ message: 'Rédigez la réponse.' })
    .trim()
    .min(20, 'Rédigez la réponse (20 caractères au moins).')
    .max(50_000, 'La réponse : 50 000 caractères au plus.'),
  // A checkbox: "on" when ticked, absent otherwise.
  published: z
    .union([z.boolean(), z.literal('on')])
    .optional()
    .transform((value) => value === true || value === 'on'),
  sourceTicketId: z
    .union([z.uuid('Demande d’origine invalide.'), z.literal(''), z.null()])
    .optional()
    .transform((value) => value || null),
});

export type FaqArticleInput = z.input<typeof faqArticleSchema>;
export type FaqArticleForm = z.output<typeof faqArticleSchema>;

export const faqArticleUpdateSchema = faqArticleSchema.extend({ articleId: z.uuid('Article introuvable.') });

/** Publishing or withdrawing an article from the list. */
export const faqPublicationSchema = z.object({
  articleId: z.uuid('Article introuvable.'),
  published: z.enum(['oui', 'non'], { message: 'Choix de publication invalide.' }).transform((answer) => answer === 'oui'),
});

/** "Cette réponse vous a-t-elle aidé ?": yes or no, as the form's buttons or a boolean. */
export const faqVoteSchema = z.object({
  articleId: z.uuid('Article introuvable.'),
  helpful: z.union([z.boolean(), z.enum(['oui', 'non']).transform((answer) => answer === 'oui')], {
    message: 'Répondez par oui ou par non.',
  }),
});

export type FaqVoteInput = z.input<typeof faqVoteSchema>;
export type FaqVoteForm = z.output<typeof faqVoteSchema>;

/** `?demande=DEM-2026-000123` on the new-article page. */
export const ticketReferenceSchema = userText().trim().toUpperCase().regex(TICKET_REFERENCE_PATTERN, 'Référence de demande invalide.');

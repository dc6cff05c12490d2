import { z } from 'zod';
import { FAQ_MODULES } from '@/lib/faq/modules';
import { TICKET_REFERENCE_PATTERN } from '@/lib/tickets/reference';

/** What a search may hold: the portal's search box, the console filter and the suggestions. */
export const faqSearchSchema = z.string().trim().max(200, 'La recherche : 200 caractères au plus.');

/** An FAQ article as staff write it (§15), shared by the console form and the server. */
export const faqArticleSchema = z.object({
  title: z
    .string({ message: 'Indiquez la question.' })
    .trim()
    .min(5, 'Indiquez la question (5 caractères au moins).')
    .max(200, 'La question : 200 caractères au plus.'),
  module: z.enum(FAQ_MODULES, { message: 'Choisissez la catégorie.' }),
  body: z
    .string({ message: 'Rédigez la réponse.' })
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

/** "Cette réponse vous a-t-elle aidé ?": yes or no, as the form's buttons or a boolean. */
export const faqVoteSchema = z.object({
  articleId: z.uuid('Article introuvable.'),
  helpful: z.union([z.boolean(), z.enum(['oui', 'non']).transform((answer) => answer === 'oui')], {
    message: 'Répondez par oui ou par non.',
  }),
});

export type FaqVoteInput = z.input<typeof faqVoteSchema>;

/** The console list's filters, read from the URL: a value that makes no sense is ignored. */
export const faqListFilterSchema = z.object({
  q: faqSearchSchema.optional().catch(undefined),
  module: z.enum(FAQ_MODULES).optional().catch(undefined),
  etat: z.enum(['publiees', 'brouillons']).optional().catch(undefined),
});

export type FaqListFilter = z.output<typeof faqListFilterSchema>;

/** `?demande=DEM-2026-000123` on the new-article page. */
export const ticketReferenceSchema = z.string().trim().toUpperCase().regex(TICKET_REFERENCE_PATTERN, 'Référence de demande invalide.');

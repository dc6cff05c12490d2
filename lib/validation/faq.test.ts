import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/forms/field-errors';
import { faqArticleSchema, faqVoteSchema, ticketReferenceSchema } from './faq';

const article = { title: '  Imprimer les listes  ', module: 'Élections', body: 'Ouvrez Élections > Scrutins, puis imprimez.' };

describe('faqArticleSchema', () => {
  it('trims, reads the publish checkbox and an empty Demande of origin', () => {
    expect(faqArticleSchema.parse({ ...article, published: 'on', sourceTicketId: '' })).toEqual({
      ...article,
      title: 'Imprimer les listes',
      published: true,
      sourceTicketId: null,
    });
    expect(faqArticleSchema.parse(article).published).toBe(false);
  });

  it('refuses a category outside the modules, in French', () => {
    const result = faqArticleSchema.safeParse({ ...article, module: 'Paie' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Choisissez la catégorie.']);
  });

  it('refuses bad input with French messages per field', () => {
    const result = faqArticleSchema.safeParse({ title: ' ab ', module: 'Paie', body: 'court' });
    expect(fieldErrorsOf(result.error?.issues ?? [])).toEqual({
      title: 'Indiquez la question (5 caractères au moins).',
      module: 'Choisissez la catégorie.',
      body: 'Rédigez la réponse (20 caractères au moins).',
    });
  });
});

describe('faqVoteSchema', () => {
  it('takes the buttons’ oui/non or a boolean', () => {
    const articleId = '6f1d2a8e-2b4c-4d3e-9f00-1234567890ab';
    expect(faqVoteSchema.parse({ articleId, helpful: 'oui' }).helpful).toBe(true);
    expect(faqVoteSchema.parse({ articleId, helpful: 'non' }).helpful).toBe(false);
    expect(faqVoteSchema.parse({ articleId, helpful: true }).helpful).toBe(true);
    expect(faqVoteSchema.safeParse({ articleId, helpful: 'bof' }).error?.issues[0]?.message).toBe('Répondez par oui ou par non.');
    expect(fieldErrorsOf(faqVoteSchema.safeParse({ articleId, helpful: 'peut-être' }).error?.issues ?? [])).toEqual({
      helpful: 'Répondez par oui ou par non.',
    });
  });
});

describe('ticketReferenceSchema', () => {
  it('accepts a reference in any case, nothing else', () => {
    expect(ticketReferenceSchema.parse(' dem-2026-000123 ')).toBe('DEM-2026-000123');
    expect(ticketReferenceSchema.safeParse('DEM-2026-12').success).toBe(false);
  });
});

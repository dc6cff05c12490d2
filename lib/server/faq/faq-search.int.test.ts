import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { faqArticles } from '@/db/schema';
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E } from '@/lib/faq/highlight';
import { faqArticleSchema } from '@/lib/validation/faq';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { createFaqArticle } from './create-faq-article';
import { listFaqArticles } from './list-faq-articles';
import { listPopularFaqArticles } from './list-popular-faq-articles';
import { searchFaqArticles } from './search-faq-articles';
import { viewFaqArticle } from './view-faq-article';

const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);

beforeAll(async () => {
  await createFaqArticle(handle.db, {
    actor: actors.technician,
    input: faqArticleSchema.parse({
      title: 'Procédure de sécurité interne (brouillon)',
      module: 'Général',
      body: 'Un brouillon sur la sécurité que les clients ne doivent pas voir.',
    }),
  });
});

describe('searching the FAQ (§15)', () => {
  it('ignores accents: "securite" finds the articles titled with "sécurité", the match marked', async () => {
    const results = await searchFaqArticles(handle.db, { actor: actors.agent, query: 'securite' });
    expect(results.map((result) => result.slug)).toEqual([
      'renforcer-la-securite-de-votre-mot-de-passe',
      'securite-des-echanges-comedec-certificats-et-habilitations',
    ]);
    expect(results[0]?.titleHeadline).toBe(`Renforcer la ${S}sécurité${E} de votre mot de passe`);
  });

  it('finds accented words typed without accents and the other way round, by French stem', async () => {
    const withoutAccents = await searchFaqArticles(handle.db, { actor: actors.agent, query: 'cimetieres concession' });
    const withAccents = await searchFaqArticles(handle.db, { actor: actors.agent, query: 'concessions funéraires' });
    expect(withoutAccents.map((result) => result.slug)).toEqual(['gerer-le-renouvellement-d-une-concession-funeraire']);
    expect(withAccents.map((result) => result.slug)).toEqual(['gerer-le-renouvellement-d-une-concession-funeraire']);
  });

  it('ranks a match in the title above a match in the answer only', async () => {
    const results = await searchFaqArticles(handle.db, { actor: actors.agent, query: 'certificat' });
    expect(results[0]?.slug).toBe('securite-des-echanges-comedec-certificats-et-habilitations');
    // "mention" is in the title of one article and only in the answer of another.
    const mentions = await searchFaqArticles(handle.db, { actor: actors.agent, query: 'mention marginale' });
    expect(mentions[0]?.slug).toBe('apposer-une-mention-marginale-sur-un-acte');
    expect(mentions.map((result) => result.slug)).toContain('editer-une-copie-integrale-d-acte-de-naissance');
  });

  it('gives a plain-text excerpt of the answer with the matches marked', async () => {
    const [result] = await searchFaqArticles(handle.db, { actor: actors.agent, query: 'phrase de passe' });
    expect(result?.slug).toBe('renforcer-la-securite-de-votre-mot-de-passe');
    expect(result?.excerptHeadline).toContain(`${S}phrase${E} de ${S}passe${E}`);
    // No Markdown markup in an excerpt.
    expect(result?.excerptHeadline).not.toMatch(/\*\*|##/);
  });

  it('falls back to prefixes, so a half-typed word finds', async () => {
    const results = await searchFaqArticles(handle.db, { actor: actors.agent, query: 'émarg' });
    expect(results.map((result) => result.slug)).toEqual(['imprimer-les-listes-d-emargement']);
  });

  it('shows clients the published articles only; staff see the drafts too', async () => {
    const client = await searchFaqArticles(handle.db, { actor: actors.agent, query: 'brouillon' });
    const staff = await searchFaqArticles(handle.db, { actor: actors.technician, query: 'brouillon' });
    expect(client).toEqual([]);
    expect(staff.map((result) => result.published)).toEqual([false]);
  });

  it('keeps search syntax and control characters harmless, and refuses an over-long search in French', async () => {
    // A NUL (`?q=%00`) made PostgreSQL refuse the query: a 500 (issue 10).
    for (const query of ['"', "':*&|!()<->", '-', 'or', '   ', '\u0000', 'certif\u0000icat', 'mot\tde\npasse']) {
      await expect(searchFaqArticles(handle.db, { actor: actors.agent, query })).resolves.toBeInstanceOf(Array);
    }
    await expect(searchFaqArticles(handle.db, { actor: actors.agent, query: 'x'.repeat(201) })).rejects.toMatchObject({
      kind: 'invalid',
      fieldErrors: { q: 'La recherche : 200 caractères au plus.' },
    });
  });

  it('filters by module', async () => {
    const results = await searchFaqArticles(handle.db, { actor: actors.agent, query: 'securite', module: 'COMEDEC' });
    expect(results.map((result) => result.module)).toEqual(['COMEDEC']);
  });
});

describe('reading the FAQ', () => {
  it('lists only published articles to clients, all of them to staff with filters', async () => {
    const client = await listFaqArticles(handle.db, { actor: actors.agent });
    expect(client).toHaveLength(7);
    expect(client.every((article) => article.published)).toBe(true);
    const drafts = await listFaqArticles(handle.db, { actor: actors.technician, filter: { state: 'draft' } });
    expect(drafts.map((article) => article.title)).toEqual(['Procédure de sécurité interne (brouillon)']);
    const clientAskingForDrafts = await listFaqArticles(handle.db, { actor: actors.agent, filter: { state: 'draft' } });
    expect(clientAskingForDrafts).toHaveLength(7);
    const comedec = await listFaqArticles(handle.db, { actor: actors.technician, filter: { module: 'COMEDEC', q: 'certif' } });
    expect(comedec.map((article) => article.module)).toEqual(['COMEDEC']);
  });

  it('counts a view each time a client opens an article, and 404s an unpublished one', async () => {
    const slug = 'imprimer-les-listes-d-emargement';
    const first = await viewFaqArticle(handle.db, { actor: actors.agent, slug });
    const second = await viewFaqArticle(handle.db, { actor: actors.agent2, slug });
    expect(second?.views).toBe((first?.views ?? 0) + 1);
    expect(first?.myVote).toBeNull();
    const [draft] = await handle.db.select().from(faqArticles).where(eq(faqArticles.published, false));
    expect(await viewFaqArticle(handle.db, { actor: actors.agent, slug: draft?.slug ?? '' })).toBeNull();
    expect(await viewFaqArticle(handle.db, { actor: actors.agent, slug: 'n-existe-pas' })).toBeNull();
  });

  it('lists the most read published articles first', async () => {
    const popular = await listPopularFaqArticles(handle.db, { limit: 3 });
    expect(popular.map((article) => article.slug)).toEqual([
      'renforcer-la-securite-de-votre-mot-de-passe',
      'editer-une-copie-integrale-d-acte-de-naissance',
      'preparer-la-commission-de-controle-avant-un-scrutin',
    ]);
  });
});

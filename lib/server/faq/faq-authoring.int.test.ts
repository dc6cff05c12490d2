import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { faqArticles, faqVotes } from '@/db/schema';
import { createTicket } from '@/lib/server/tickets/create-ticket';
import { faqArticleSchema, faqVoteSchema, type FaqArticleForm, type FaqArticleInput, type FaqVoteInput } from '@/lib/validation/faq';
import { ticketContent } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { createFaqArticle } from './create-faq-article';
import { getFaqArticle } from './get-faq-article';
import { getFaqDraftFromTicket } from './get-faq-draft-from-ticket';
import { setFaqArticlePublication } from './set-faq-article-publication';
import { updateFaqArticle } from './update-faq-article';
import { viewFaqArticle } from './view-faq-article';
import { voteFaqArticle } from './vote-faq-article';

const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);

/** An article as the console's action hands it to the operations: parsed by the shared schema. */
const article = (title: string, extra: Partial<FaqArticleInput> = {}): FaqArticleForm =>
  faqArticleSchema.parse({ title, module: 'État civil', body: 'Ouvrez le menu Actes, puis suivez les étapes décrites ici.', ...extra });

const vote = (articleId: string, helpful: FaqVoteInput['helpful']) => faqVoteSchema.parse({ articleId, helpful });

describe('writing the FAQ is for the support only', () => {
  it('refuses clients, and writes nothing', async () => {
    const before = await handle.db.$count(faqArticles);
    for (const actor of [actors.agent, actors.clientAdmin]) {
      await expect(createFaqArticle(handle.db, { actor, input: article('Une question de client') })).rejects.toMatchObject({ kind: 'forbidden' });
    }
    const [existing] = await handle.db.select().from(faqArticles).limit(1);
    await expect(
      updateFaqArticle(handle.db, { actor: actors.agent, articleId: existing?.id ?? '', input: article('Réécrite par un client') }),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(setFaqArticlePublication(handle.db, { actor: actors.agent, articleId: existing?.id ?? '', published: false })).rejects.toMatchObject({
      kind: 'forbidden',
    });
    await expect(getFaqArticle(handle.db, { actor: actors.agent, articleId: existing?.id ?? '' })).rejects.toMatchObject({ kind: 'forbidden' });
    expect(await handle.db.$count(faqArticles)).toBe(before);
    const [after] = await handle.db
      .select()
      .from(faqArticles)
      .where(eq(faqArticles.id, existing?.id ?? ''));
    expect(after).toEqual(existing);
  });

  it('lets technicians and managers write', async () => {
    const byTechnician = await createFaqArticle(handle.db, { actor: actors.technician, input: article('Question du technicien') });
    const byManager = await createFaqArticle(handle.db, { actor: actors.manager, input: article('Question du responsable') });
    expect([byTechnician.authorId, byManager.authorId]).toEqual([actors.technician.id, actors.manager.id]);
    expect(byTechnician).toMatchObject({ published: false, publishedAt: null, views: 0, helpfulYes: 0, helpfulNo: 0 });
  });

  // A short title or answer, a category outside the modules: the schema's (lib/validation/faq.test.ts).
  it('refuses an unknown Demande of origin in French, and writes nothing', async () => {
    const before = await handle.db.$count(faqArticles);
    await expect(
      createFaqArticle(handle.db, {
        actor: actors.technician,
        input: article('Depuis une demande inconnue', { sourceTicketId: '00000000-0000-4000-8000-000000000000' }),
      }),
    ).rejects.toMatchObject({ kind: 'invalid', fieldErrors: { sourceTicketId: 'La demande d’origine est introuvable.' } });
    expect(await handle.db.$count(faqArticles)).toBe(before);
  });
});

describe('slugs', () => {
  it('come from the title, accents stripped, made unique by -2, -3', async () => {
    const title = 'Délivrer un extrait d’acte de décès';
    const slugs = [];
    for (let i = 0; i < 3; i += 1) slugs.push((await createFaqArticle(handle.db, { actor: actors.technician, input: article(title) })).slug);
    expect(slugs).toEqual(['delivrer-un-extrait-d-acte-de-deces', 'delivrer-un-extrait-d-acte-de-deces-2', 'delivrer-un-extrait-d-acte-de-deces-3']);
  });

  it('stay unique when authors save the same title at the same moment', async () => {
    const title = 'Question posée deux fois en même temps';
    const created = await Promise.all(
      Array.from({ length: 4 }, (_, i) => createFaqArticle(handle.db, { actor: i % 2 ? actors.technician : actors.manager, input: article(title) })),
    );
    expect(new Set(created.map((row) => row.slug)).size).toBe(4);
  });

  it('follow a new title until the first publication, then stay', async () => {
    const draft = await createFaqArticle(handle.db, { actor: actors.technician, input: article('Titre provisoire de brouillon') });
    const renamed = await updateFaqArticle(handle.db, {
      actor: actors.technician,
      articleId: draft.id,
      input: article('Titre définitif', { published: 'on' }),
    });
    expect(renamed).toMatchObject({ slug: 'titre-definitif', published: true });
    expect(renamed.publishedAt).not.toBeNull();
    const retitled = await updateFaqArticle(handle.db, {
      actor: actors.technician,
      articleId: draft.id,
      input: article('Titre encore changé', { published: 'on' }),
    });
    expect(retitled.slug).toBe('titre-definitif');
  });
});

describe('publication', () => {
  it('shows an article to clients once published, and 404s it again once withdrawn', async () => {
    const draft = await createFaqArticle(handle.db, { actor: actors.technician, input: article('Article à publier plus tard') });
    expect(await viewFaqArticle(handle.db, { actor: actors.agent, slug: draft.slug })).toBeNull();
    await setFaqArticlePublication(handle.db, { actor: actors.manager, articleId: draft.id, published: true });
    expect(await viewFaqArticle(handle.db, { actor: actors.agent, slug: draft.slug })).toMatchObject({ id: draft.id, views: 1 });
    await setFaqArticlePublication(handle.db, { actor: actors.manager, articleId: draft.id, published: false });
    expect(await viewFaqArticle(handle.db, { actor: actors.agent, slug: draft.slug })).toBeNull();
  });

  it('answers "not found" for an unknown article', async () => {
    for (const articleId of ['00000000-0000-4000-8000-000000000000', 'pas-un-id']) {
      await expect(setFaqArticlePublication(handle.db, { actor: actors.manager, articleId, published: true })).rejects.toMatchObject({ kind: 'not_found' });
      await expect(updateFaqArticle(handle.db, { actor: actors.manager, articleId, input: article('Sans article') })).rejects.toMatchObject({
        kind: 'not_found',
      });
      expect(await getFaqArticle(handle.db, { actor: actors.manager, articleId })).toBeNull();
    }
  });
});

describe('votes: "Cette réponse vous a-t-elle aidé ?"', () => {
  async function publishedArticle(title: string) {
    return createFaqArticle(handle.db, { actor: actors.technician, input: article(title, { published: true }) });
  }

  async function stored(articleId: string) {
    const [row] = await handle.db.select().from(faqArticles).where(eq(faqArticles.id, articleId));
    const votes = await handle.db.select().from(faqVotes).where(eq(faqVotes.articleId, articleId));
    return { yes: row?.helpfulYes, no: row?.helpfulNo, votes: votes.length };
  }

  it('counts one vote per reader; changing it moves the count, repeating it changes nothing', async () => {
    const { id } = await publishedArticle('Article soumis aux votes');
    expect(await voteFaqArticle(handle.db, { actor: actors.agent, input: vote(id, 'oui') })).toEqual({
      helpful: true,
      helpfulYes: 1,
      helpfulNo: 0,
    });
    expect(await voteFaqArticle(handle.db, { actor: actors.agent2, input: vote(id, 'oui') })).toEqual({
      helpful: true,
      helpfulYes: 2,
      helpfulNo: 0,
    });
    expect(await voteFaqArticle(handle.db, { actor: actors.agent, input: vote(id, 'non') })).toEqual({
      helpful: false,
      helpfulYes: 1,
      helpfulNo: 1,
    });
    expect(await voteFaqArticle(handle.db, { actor: actors.agent, input: vote(id, false) })).toEqual({
      helpful: false,
      helpfulYes: 1,
      helpfulNo: 1,
    });
    expect(await stored(id)).toEqual({ yes: 1, no: 1, votes: 2 });
    expect((await viewFaqArticle(handle.db, { actor: actors.agent, slug: 'article-soumis-aux-votes' }))?.myVote).toBe(false);
  });

  it('keeps the counters equal to the votes when many readers answer at once', async () => {
    const { id } = await publishedArticle('Article très consulté le lundi matin');
    const readers = [actors.agent, actors.agent2, actors.clientAdmin, actors.reunionAgent];
    await Promise.all(
      readers.flatMap((actor, i) => [
        voteFaqArticle(handle.db, { actor, input: vote(id, i % 2 === 0) }),
        voteFaqArticle(handle.db, { actor, input: vote(id, true) }),
      ]),
    );
    const votes = await handle.db.select().from(faqVotes).where(eq(faqVotes.articleId, id));
    const counts = await stored(id);
    expect(counts.votes).toBe(4);
    expect([counts.yes, counts.no]).toEqual([votes.filter((vote) => vote.helpful).length, votes.filter((vote) => !vote.helpful).length]);
  });

  // An answer other than oui or non is the schema's: lib/validation/faq.test.ts.
  it('is for client readers of published articles, with French refusals', async () => {
    const { id } = await publishedArticle('Article que le support ne note pas');
    await expect(voteFaqArticle(handle.db, { actor: actors.technician, input: vote(id, true) })).rejects.toMatchObject({ kind: 'forbidden' });
    const draft = await createFaqArticle(handle.db, { actor: actors.technician, input: article('Brouillon non votable') });
    await expect(voteFaqArticle(handle.db, { actor: actors.agent, input: vote(draft.id, true) })).rejects.toMatchObject({
      kind: 'not_found',
    });
    expect(await stored(id)).toEqual({ yes: 0, no: 0, votes: 0 });
  });
});

describe('"Créer une FAQ à partir de cette demande"', () => {
  it('drafts the article from the Demande, and links it back', async () => {
    const { ticket } = await createTicket(handle.db, { actor: actors.agent, content: ticketContent() });
    const found = await getFaqDraftFromTicket(handle.db, { actor: actors.technician, reference: ticket.reference.toLowerCase() });
    expect(found).toMatchObject({
      ticketId: ticket.id,
      reference: ticket.reference,
      draft: { title: 'Impossible d’éditer un acte de naissance', module: 'État civil' },
    });
    expect(found?.draft.body).toContain('Depuis ce matin, la génération du PDF échoue pour tous les actes.');
    expect(found?.draft.body).toContain('Erreur 500');

    const created = await createFaqArticle(handle.db, {
      actor: actors.technician,
      input: faqArticleSchema.parse({ ...found!.draft, body: `${found!.draft.body}\n\nRelancez la génération.`, sourceTicketId: ticket.id }),
    });
    expect((await getFaqArticle(handle.db, { actor: actors.technician, articleId: created.id }))?.sourceTicketReference).toBe(ticket.reference);
  });

  it('is for staff, and finds nothing for an unknown or malformed reference', async () => {
    await expect(getFaqDraftFromTicket(handle.db, { actor: actors.agent, reference: 'DEM-2026-000001' })).rejects.toMatchObject({ kind: 'forbidden' });
    expect(await getFaqDraftFromTicket(handle.db, { actor: actors.technician, reference: 'DEM-1999-999999' })).toBeNull();
    expect(await getFaqDraftFromTicket(handle.db, { actor: actors.technician, reference: "'; drop table tickets; --" })).toBeNull();
  });
});

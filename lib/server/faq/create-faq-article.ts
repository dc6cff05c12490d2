import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { faqArticles, tickets, type FaqArticle } from '@/db/schema';
import type { FaqArticleForm } from '@/lib/validation/faq';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { allocateFaqSlug } from './allocate-faq-slug';
import { requireFaqAuthor } from './faq-access';

/**
 * A member of the support writes an FAQ article (§15), possibly from a Demande, as a draft or
 * published at once. Its slug comes from the title, made unique.
 */
export async function createFaqArticle(
  db: Database,
  { actor, input, now = new Date() }: { actor: Actor; input: FaqArticleForm; now?: Date },
): Promise<FaqArticle> {
  requireFaqAuthor(actor);
  const article = input;
  return db.transaction(async (tx) => {
    if (article.sourceTicketId) await requireTicket(tx, article.sourceTicketId);
    const slug = await allocateFaqSlug(tx, article.title);
    const [created] = await tx
      .insert(faqArticles)
      .values({ ...article, slug, authorId: actor.id, createdAt: now, updatedAt: now, publishedAt: article.published ? now : null })
      .returning();
    if (!created) throw new Error('Article non enregistré.');
    return created;
  });
}

async function requireTicket(tx: Transaction, ticketId: string): Promise<void> {
  const [ticket] = await tx.select({ id: tickets.id }).from(tickets).where(eq(tickets.id, ticketId));
  if (!ticket) throw new ServiceError('invalid', 'La demande d’origine est introuvable.', { sourceTicketId: 'La demande d’origine est introuvable.' });
}

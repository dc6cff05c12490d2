import 'server-only';
import { eq, getTableColumns } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { faqArticles, tickets, users } from '@/db/schema';
import type { Actor } from '@/lib/server/actor';
import { isArticleId, requireFaqAuthor } from './faq-access';

export type FaqArticleForEditing = NonNullable<Awaited<ReturnType<typeof getFaqArticle>>>;

/** An article as the support edits it, published or not, with its author and its Demande of origin; null if none. */
export async function getFaqArticle(db: Executor, { actor, articleId }: { actor: Actor; articleId: string }) {
  requireFaqAuthor(actor);
  if (!isArticleId(articleId)) return null;
  const [row] = await db
    .select({ ...getTableColumns(faqArticles), authorName: users.name, sourceTicketReference: tickets.reference })
    .from(faqArticles)
    .innerJoin(users, eq(users.id, faqArticles.authorId))
    .leftJoin(tickets, eq(tickets.id, faqArticles.sourceTicketId))
    .where(eq(faqArticles.id, articleId));
  return row ?? null;
}

import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { faqArticles, faqVotes } from '@/db/schema';
import type { Actor } from '@/lib/server/actor';

export type ViewedFaqArticle = NonNullable<Awaited<ReturnType<typeof viewFaqArticle>>>;

/**
 * A client opens a published article: its view is counted (one statement, so simultaneous
 * readers are all counted) and it comes back with the reader's own vote. Null for an unknown
 * or unpublished slug, which the page shows as "not found".
 */
export async function viewFaqArticle(db: Executor, { actor, slug }: { actor: Actor; slug: string }) {
  if (slug.length > 200) return null;
  const [article] = await db
    .update(faqArticles)
    .set({ views: sql`${faqArticles.views} + 1` })
    .where(and(eq(faqArticles.slug, slug), eq(faqArticles.published, true)))
    .returning({
      id: faqArticles.id,
      slug: faqArticles.slug,
      title: faqArticles.title,
      body: faqArticles.body,
      module: faqArticles.module,
      views: faqArticles.views,
      helpfulYes: faqArticles.helpfulYes,
      helpfulNo: faqArticles.helpfulNo,
      updatedAt: faqArticles.updatedAt,
    });
  if (!article) return null;
  const [vote] = await db
    .select({ helpful: faqVotes.helpful })
    .from(faqVotes)
    .where(and(eq(faqVotes.articleId, article.id), eq(faqVotes.userId, actor.id)));
  return { ...article, myVote: vote ? vote.helpful : null };
}

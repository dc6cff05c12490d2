import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { faqArticles, type FaqArticle } from '@/db/schema';
import type { FaqArticleForm } from '@/lib/validation/faq';
import type { Actor } from '@/lib/server/actor';
import { allocateFaqSlug } from './allocate-faq-slug';
import { articleNotFound, isArticleId, requireFaqAuthor } from './faq-access';

/**
 * The support rewrites an article. Its slug follows a new title only while the article has
 * never been published: once clients may have kept its address, the address stays.
 */
export async function updateFaqArticle(
  db: Database,
  { actor, articleId, input, now = new Date() }: { actor: Actor; articleId: string; input: FaqArticleForm; now?: Date },
): Promise<FaqArticle> {
  requireFaqAuthor(actor);
  const article = input;
  if (!isArticleId(articleId)) throw articleNotFound();
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(faqArticles).where(eq(faqArticles.id, articleId)).for('update');
    if (!existing) throw articleNotFound();
    const renamed = existing.publishedAt === null && article.title !== existing.title;
    const slug = renamed ? await allocateFaqSlug(tx, article.title, articleId) : existing.slug;
    const [updated] = await tx
      .update(faqArticles)
      .set({
        title: article.title,
        body: article.body,
        module: article.module,
        published: article.published,
        slug,
        updatedAt: now,
        // The first publication: it fixes the slug for good.
        publishedAt: existing.publishedAt ?? (article.published ? now : null),
      })
      .where(eq(faqArticles.id, articleId))
      .returning();
    if (!updated) throw articleNotFound();
    return updated;
  });
}

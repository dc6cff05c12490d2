import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { faqArticles } from '@/db/schema';
import type { Actor } from '@/lib/server/actor';
import { articleNotFound, isArticleId, requireFaqAuthor } from './faq-access';

/** The support publishes an article (clients see it at once) or takes it back (its URL then answers "not found"). */
export async function setFaqArticlePublication(
  db: Database,
  { actor, articleId, published, now = new Date() }: { actor: Actor; articleId: string; published: boolean; now?: Date },
): Promise<{ id: string; slug: string; published: boolean }> {
  requireFaqAuthor(actor);
  if (!isArticleId(articleId)) throw articleNotFound();
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ publishedAt: faqArticles.publishedAt }).from(faqArticles).where(eq(faqArticles.id, articleId)).for('update');
    if (!existing) throw articleNotFound();
    const [updated] = await tx
      .update(faqArticles)
      .set({ published, publishedAt: existing.publishedAt ?? (published ? now : null) })
      .where(eq(faqArticles.id, articleId))
      .returning({ id: faqArticles.id, slug: faqArticles.slug, published: faqArticles.published });
    if (!updated) throw articleNotFound();
    return updated;
  });
}

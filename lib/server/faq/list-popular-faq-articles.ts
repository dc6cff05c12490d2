import 'server-only';
import { and, asc, desc, eq, gt } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { faqArticles } from '@/db/schema';

/** "Les plus consultées": the published articles read most, for every client alike. */
export async function listPopularFaqArticles(db: Executor, { limit = 5 }: { limit?: number } = {}) {
  return db
    .select({ id: faqArticles.id, slug: faqArticles.slug, title: faqArticles.title, module: faqArticles.module, views: faqArticles.views })
    .from(faqArticles)
    .where(and(eq(faqArticles.published, true), gt(faqArticles.views, 0)))
    .orderBy(desc(faqArticles.views), asc(faqArticles.title))
    .limit(limit);
}

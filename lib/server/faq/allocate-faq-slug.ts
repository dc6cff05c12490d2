import 'server-only';
import { and, eq, like, ne, or, sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { faqArticles } from '@/db/schema';
import { slugify, uniqueSlug } from '@/lib/faq/slugify';

/**
 * A slug no other article has, from a title (`-2`, `-3`… when taken). Two authors saving the
 * same title at once would pick the same free name, so allocations wait for one another until
 * the transaction ends; the unique constraint stays the last word.
 */
export async function allocateFaqSlug(tx: Transaction, title: string, articleId?: string): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('faq_articles.slug'))`);
  const base = slugify(title);
  // A slug is made of [a-z0-9-] only: no LIKE wildcard can slip in.
  const rows = await tx
    .select({ slug: faqArticles.slug })
    .from(faqArticles)
    .where(and(or(eq(faqArticles.slug, base), like(faqArticles.slug, `${base}-%`)), articleId ? ne(faqArticles.id, articleId) : undefined));
  return uniqueSlug(
    base,
    rows.map((row) => row.slug),
  );
}

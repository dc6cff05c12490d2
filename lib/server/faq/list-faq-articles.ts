import 'server-only';
import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { faqArticles } from '@/db/schema';
import { isStaff } from '@/lib/accounts/roles';
import { faqListSearch, type FaqListSearch } from '@/lib/search-params/faq';
import type { Actor } from '@/lib/server/actor';
import { visibleFaqArticles } from './faq-access';

export interface FaqArticleSummary {
  id: string;
  slug: string;
  title: string;
  module: string;
  published: boolean;
  views: number;
  helpfulYes: number;
  helpfulNo: number;
  updatedAt: Date;
}

/**
 * The articles an actor may read, without their answers: for clients the published ones by
 * category; for staff all of them, newest change first, filtered by text, module and state.
 */
export async function listFaqArticles(db: Executor, { actor, filter = {} }: { actor: Actor; filter?: Partial<FaqListSearch> }): Promise<FaqArticleSummary[]> {
  // Through the URL codec again: no NUL nor unknown category reaches SQL.
  const { q, module, state: publication } = faqListSearch.normalize(filter);
  const staff = isStaff(actor.role);
  const state = staff && publication ? eq(faqArticles.published, publication === 'published') : undefined;
  // A filter, not a search: the words in French (accents ignored) or any part of the title.
  const text = q ? or(sql`${faqArticles.search} @@ websearch_to_tsquery('french_unaccent', ${q})`, ilike(faqArticles.title, `%${escapeLike(q)}%`)) : undefined;
  return db
    .select({
      id: faqArticles.id,
      slug: faqArticles.slug,
      title: faqArticles.title,
      module: faqArticles.module,
      published: faqArticles.published,
      views: faqArticles.views,
      helpfulYes: faqArticles.helpfulYes,
      helpfulNo: faqArticles.helpfulNo,
      updatedAt: faqArticles.updatedAt,
    })
    .from(faqArticles)
    .where(and(visibleFaqArticles(actor), module ? eq(faqArticles.module, module) : undefined, state, text))
    .orderBy(...(staff ? [desc(faqArticles.updatedAt), asc(faqArticles.title)] : [asc(faqArticles.module), asc(faqArticles.title)]));
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

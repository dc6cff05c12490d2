import { faqSearch } from '@/lib/search-params/faq';
import { withSession } from '@/lib/server/api/route-handler';
import { searchFaqArticles } from '@/lib/server/faq/search-faq-articles';
import { ServiceError } from '@/lib/server/service-error';

/** What the new-Demande form receives while its subject is typed. */
export interface FaqSuggestionsResponse {
  suggestions: Array<{ slug: string; title: string }>;
}

// Fewer letters than this match too much to help.
const MIN_LENGTH = 3;

/**
 * GET /api/faq/suggestions?q=… — the five published articles that best match a Demande's
 * subject as it is typed (half-typed last word included), for clients only. 422 beyond 200
 * characters; control characters (a NUL) are dropped.
 */
export const GET = withSession('portal', async (request, { user, db }) => {
  const { values, ignored } = faqSearch.read(new URL(request.url).searchParams);
  if (ignored[0]) throw new ServiceError('invalid', ignored[0].message, { q: ignored[0].message });
  const query = values.q ?? '';
  const results = query.length < MIN_LENGTH ? [] : await searchFaqArticles(db, { actor: user, query, limit: 5 });
  const body: FaqSuggestionsResponse = { suggestions: results.map(({ slug, title }) => ({ slug, title })) };
  return Response.json(body, { headers: { 'Cache-Control': 'private, no-store' } });
});

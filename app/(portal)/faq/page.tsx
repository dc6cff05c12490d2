import type { Metadata } from 'next';
import { FaqCategories } from '@/components/faq/faq-categories';
import { FaqSearchBox } from '@/components/faq/faq-search-box';
import { FaqSearchResults } from '@/components/faq/faq-search-results';
import { PopularFaqArticles } from '@/components/faq/popular-faq-articles';
import { requireClient } from '@/lib/auth/session';
import { getDb } from '@/lib/server/db';
import { listFaqArticles } from '@/lib/server/faq/list-faq-articles';
import { listPopularFaqArticles } from '@/lib/server/faq/list-popular-faq-articles';
import { searchFaqArticles } from '@/lib/server/faq/search-faq-articles';
import { faqSearch } from '@/lib/search-params/faq';
import { FaqSearchMark } from '@/components/reports/faq-search-mark';
import { countUsage } from '@/lib/server/reports/count-usage';

export const metadata: Metadata = { title: 'FAQ' };

export default async function FaqPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireClient();
  const { values, ignored } = faqSearch.read(await searchParams);
  const query = values.q ?? '';
  // A search too long is shown back with why, for the reader to shorten it.
  const refused = ignored.find((param) => param.key === 'q');
  const db = await getDb();
  const [results, articles, popular] = await Promise.all([
    query ? searchFaqArticles(db, { actor: user, query }) : null,
    listFaqArticles(db, { actor: user }),
    listPopularFaqArticles(db),
  ]);
  // §17: a search counted with and without a result — never its words.
  const searchOutcome = results ? (results.length > 0 ? 'with_result' : 'without_result') : null;
  if (searchOutcome) await countUsage(db, { metric: 'faq_search', key: searchOutcome });
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold">Foire aux questions</h1>
        <p className="text-slate-700">Les réponses du support aux questions les plus fréquentes, par module.</p>
      </div>
      <FaqSearchBox defaultValue={refused?.input ?? query} error={refused?.message} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="flex flex-col gap-8">
          {results && <FaqSearchResults query={query} results={results} />}
          {searchOutcome && <FaqSearchMark outcome={searchOutcome} />}
          <FaqCategories articles={articles} />
        </div>
        <aside aria-label="Articles les plus consultés">
          <PopularFaqArticles articles={popular} />
        </aside>
      </div>
    </div>
  );
}

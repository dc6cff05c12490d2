import type { FaqSearchResult } from '@/lib/server/faq/search-faq-articles';
import { FaqArticleLink } from './faq-article-link';
import { FaqModuleTag } from './faq-module-tag';
import { HighlightedText } from './highlighted-text';

/** The articles found for a search, best first, with the matched words highlighted. */
export function FaqSearchResults({ query, results }: { query: string; results: FaqSearchResult[] }) {
  return (
    <section aria-labelledby="resultats" className="flex flex-col gap-4">
      <h2 id="resultats" className="text-lg font-semibold">
        Résultats de la recherche
      </h2>
      <p role="status" className="text-slate-700">
        {results.length === 0 ? `Aucun article ne correspond à « ${query} ».` : `${results.length} article${results.length > 1 ? 's' : ''} pour « ${query} ».`}
      </p>
      {results.length === 0 ? (
        <p className="text-slate-700">Essayez d’autres mots, ou parcourez les catégories ci-dessous. Si vous ne trouvez pas de réponse, déposez une demande.</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {results.map((result) => (
            <li key={result.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <FaqArticleLink slug={result.slug} className="text-base">
                  <HighlightedText headline={result.titleHeadline} />
                </FaqArticleLink>
                <FaqModuleTag module={result.module} />
              </div>
              <p className="mt-2 text-sm text-slate-700">
                <HighlightedText headline={result.excerptHeadline} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

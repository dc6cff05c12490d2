import { FaqArticleLink } from './faq-article-link';

interface PopularArticle {
  id: string;
  slug: string;
  title: string;
  views: number;
}

/** "Les plus consultées": the most read articles, most read first. */
export function PopularFaqArticles({ articles }: { articles: PopularArticle[] }) {
  return (
    <section aria-labelledby="plus-consultees" className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="plus-consultees" className="mb-3 text-lg font-semibold">
        Les plus consultées
      </h2>
      {articles.length === 0 ? (
        <p className="text-sm text-slate-700">Aucun article consulté pour l’instant.</p>
      ) : (
        <ol className="flex list-decimal flex-col gap-2 pl-5">
          {articles.map((article) => (
            <li key={article.id}>
              <FaqArticleLink slug={article.slug}>{article.title}</FaqArticleLink>
              <span className="block text-sm text-slate-600">
                {article.views} consultation{article.views > 1 ? 's' : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

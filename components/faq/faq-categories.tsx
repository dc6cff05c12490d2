import { FAQ_MODULES } from '@/lib/faq/modules';
import { slugify } from '@/lib/faq/slugify';
import type { FaqArticleSummary } from '@/lib/server/faq/list-faq-articles';
import { FaqArticleLink } from './faq-article-link';

/** §15: the published questions by module, in the order of the product's modules, "Général" last. */
export function FaqCategories({ articles }: { articles: FaqArticleSummary[] }) {
  const groups = FAQ_MODULES.map((module) => ({
    module,
    anchor: `categorie-${slugify(module)}`,
    articles: articles.filter((article) => article.module === module),
  })).filter((group) => group.articles.length > 0);
  if (groups.length === 0) return <p className="text-slate-700">La FAQ ne contient encore aucun article.</p>;
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Catégories de la FAQ">
        <ul className="flex flex-wrap gap-2">
          {groups.map((group) => (
            <li key={group.module}>
              <a
                href={`#${group.anchor}`}
                className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100"
              >
                {group.module} <span className="text-slate-600">({group.articles.length})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.module} aria-labelledby={group.anchor} className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 id={group.anchor} className="mb-3 text-lg font-semibold">
            {group.module}
          </h2>
          <ul className="flex flex-col gap-2">
            {group.articles.map((article) => (
              <li key={article.id}>
                <FaqArticleLink slug={article.slug}>{article.title}</FaqArticleLink>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

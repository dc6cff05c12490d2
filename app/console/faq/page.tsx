import type { Metadata } from 'next';
import Link from 'next/link';
import { FaqModuleTag } from '@/components/faq/faq-module-tag';
import { FaqPublicationBadge } from '@/components/faq/faq-publication-badge';
import { FaqPublicationToggle } from '@/components/faq/faq-publication-toggle';
import { buttonClasses } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { requireStaff } from '@/lib/auth/session';
import { FAQ_MODULES } from '@/lib/faq/modules';
import { formatDateTime } from '@/lib/format/french-date';
import { getDb } from '@/lib/server/db';
import { listFaqArticles } from '@/lib/server/faq/list-faq-articles';
import { faqListFilterSchema } from '@/lib/validation/faq';
import { setFaqArticlePublicationAction } from './actions';

export const metadata: Metadata = { title: 'FAQ – Console' };

// The support centre's zone: staff read times as the support counts them.
const SUPPORT_ZONE = 'Europe/Paris';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ConsoleFaqPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireStaff();
  const params = await searchParams;
  const filter = faqListFilterSchema.parse({
    q: first(params.q) || undefined,
    module: first(params.module) || undefined,
    etat: first(params.etat) || undefined,
  });
  const articles = await listFaqArticles(await getDb(), { actor: user, filter });
  const filtered = Boolean(filter.q || filter.module || filter.etat);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">FAQ</h1>
          <p className="text-slate-700">Les articles de la FAQ du portail, publiés ou en brouillon.</p>
        </div>
        <Link href="/console/faq/nouvelle" className={buttonClasses('primary')}>
          Nouvel article
        </Link>
      </div>
      <form
        method="get"
        action="/console/faq"
        aria-label="Filtrer les articles"
        className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        <Field label="Rechercher" name="q" type="search" defaultValue={filter.q ?? ''} maxLength={200} className="min-w-56 flex-1" />
        <SelectField
          label="Catégorie"
          name="module"
          defaultValue={filter.module ?? ''}
          placeholder="Toutes"
          options={FAQ_MODULES.map((module) => ({ value: module, label: module }))}
        />
        <SelectField
          label="État"
          name="etat"
          defaultValue={filter.etat ?? ''}
          placeholder="Tous"
          options={[
            { value: 'publiees', label: 'Publiés' },
            { value: 'brouillons', label: 'Brouillons' },
          ]}
        />
        <button type="submit" className={buttonClasses('secondary')}>
          Filtrer
        </button>
        {filtered && (
          <Link href="/console/faq" className="py-2 text-sm font-medium text-brand-800 underline">
            Effacer les filtres
          </Link>
        )}
      </form>
      <section aria-labelledby="articles" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="articles" className="mb-4 text-lg font-semibold">
          {articles.length} article{articles.length > 1 ? 's' : ''}
          {filtered ? ' correspondant aux filtres' : ''}
        </h2>
        {articles.length === 0 ? (
          <p className="text-slate-700">Aucun article.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-300 text-slate-700">
                <tr>
                  <th scope="col" className="py-2 pr-4">
                    Question
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Catégorie
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    État
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Consultations
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Avis (oui / non)
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Mis à jour
                  </th>
                  <th scope="col" className="py-2">
                    Publication
                  </th>
                </tr>
              </thead>
              <tbody>
                {articles.map((article) => (
                  <tr key={article.id} className="border-b border-slate-100 align-top">
                    <th scope="row" className="py-2 pr-4 font-medium">
                      <Link href={`/console/faq/${article.id}`} className="text-brand-800 underline-offset-2 hover:underline">
                        {article.title}
                      </Link>
                    </th>
                    <td className="py-2 pr-4">
                      <FaqModuleTag module={article.module} />
                    </td>
                    <td className="py-2 pr-4">
                      <FaqPublicationBadge published={article.published} />
                    </td>
                    <td className="py-2 pr-4">{article.views}</td>
                    <td className="py-2 pr-4">
                      {article.helpfulYes} / {article.helpfulNo}
                    </td>
                    <td className="py-2 pr-4">{formatDateTime(article.updatedAt, SUPPORT_ZONE)}</td>
                    <td className="py-2">
                      <FaqPublicationToggle
                        articleId={article.id}
                        title={article.title}
                        published={article.published}
                        action={setFaqArticlePublicationAction}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

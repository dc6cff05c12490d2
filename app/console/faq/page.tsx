import type { Metadata } from 'next';
import Link from 'next/link';
import { FaqModuleTag } from '@/components/faq/faq-module-tag';
import { FaqPublicationBadge } from '@/components/faq/faq-publication-badge';
import { FaqPublicationToggle } from '@/components/faq/faq-publication-toggle';
import { buttonClasses } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { Cell, Row, RowHeader, Table } from '@/components/ui/table';
import { requireStaff } from '@/lib/auth/session';
import { FAQ_MODULES } from '@/lib/faq/modules';
import { formatDateTime } from '@/lib/format/french-date';
import { faqListSearch } from '@/lib/search-params/faq';
import { getDb } from '@/lib/server/db';
import { listFaqArticles } from '@/lib/server/faq/list-faq-articles';
import { setFaqArticlePublicationAction } from './actions';

export const metadata: Metadata = { title: 'FAQ – Console' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ConsoleFaqPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireStaff();
  const filter = faqListSearch.parse(await searchParams);
  const fields = faqListSearch.fields(filter);
  const articles = await listFaqArticles(await getDb(), { actor: user, filter });
  const filtered = faqListSearch.serialize(filter) !== '';
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
        <Field label="Rechercher" name={fields.q.name} type="search" defaultValue={fields.q.value} maxLength={200} className="min-w-56 flex-1" />
        <SelectField
          label="Catégorie"
          name={fields.module.name}
          defaultValue={fields.module.value}
          placeholder="Toutes"
          options={FAQ_MODULES.map((module) => ({ value: module, label: module }))}
        />
        <SelectField
          label="État"
          name={fields.state.name}
          defaultValue={fields.state.value}
          placeholder="Tous"
          options={[
            { value: faqListSearch.fields({ state: 'published' }).state.value, label: 'Publiés' },
            { value: faqListSearch.fields({ state: 'draft' }).state.value, label: 'Brouillons' },
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
          <Table columns={['Question', 'Catégorie', 'État', 'Consultations', 'Avis des lecteurs', 'Mis à jour', 'Publication']}>
            {articles.map((article) => (
              <Row key={article.id}>
                <RowHeader>
                  <Link href={`/console/faq/${article.id}`} className="text-brand-800 underline-offset-2 hover:underline">
                    {article.title}
                  </Link>
                </RowHeader>
                <Cell>
                  <FaqModuleTag module={article.module} />
                </Cell>
                <Cell>
                  <FaqPublicationBadge published={article.published} />
                </Cell>
                <Cell>{article.views}</Cell>
                <Cell>
                  {article.helpfulYes} oui, {article.helpfulNo} non
                </Cell>
                <Cell>{formatDateTime(article.updatedAt, user.timeZone)}</Cell>
                <Cell>
                  <FaqPublicationToggle articleId={article.id} title={article.title} published={article.published} action={setFaqArticlePublicationAction} />
                </Cell>
              </Row>
            ))}
          </Table>
        )}
      </section>
    </div>
  );
}

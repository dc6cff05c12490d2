import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FaqArticleForm } from '@/components/faq/faq-article-form';
import { FaqPublicationBadge } from '@/components/faq/faq-publication-badge';
import { Alert } from '@/components/ui/alert';
import { requireStaff } from '@/lib/auth/session';
import { faqSavedSearch } from '@/lib/search-params/faq';
import { formatDateTime } from '@/lib/format/french-date';
import { getDb } from '@/lib/server/db';
import { getFaqArticle } from '@/lib/server/faq/get-faq-article';
import { updateFaqArticleAction } from '../actions';

export const metadata: Metadata = { title: 'Article – FAQ' };

const SAVED: Record<'published' | 'draft', string> = {
  published: 'Article enregistré et publié : les clients le trouvent dans la FAQ.',
  draft: 'Article enregistré comme brouillon : les clients ne le voient pas encore.',
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditFaqArticlePage({ params, searchParams }: Props) {
  const user = await requireStaff();
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const { saved: lastSave } = faqSavedSearch.parse(search);
  const article = await getFaqArticle(await getDb(), { actor: user, articleId: id });
  if (!article) notFound();
  const saved = lastSave ? SAVED[lastSave] : undefined;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/console/faq" className="text-sm font-medium text-brand-800 underline">
          Retour aux articles
        </Link>
        <h1 className="mt-2 text-2xl font-bold">Modifier l’article</h1>
        <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700">
          <div className="flex gap-1">
            <dt>État :</dt>
            <dd>
              <FaqPublicationBadge published={article.published} />
            </dd>
          </div>
          <div className="flex gap-1">
            <dt>Adresse :</dt>
            <dd className="font-mono">/faq/{article.slug}</dd>
          </div>
          <div className="flex gap-1">
            <dt>Rédigé par :</dt>
            <dd>{article.authorName}</dd>
          </div>
          <div className="flex gap-1">
            <dt>Mis à jour :</dt>
            <dd>{formatDateTime(article.updatedAt, user.timeZone)}</dd>
          </div>
          <div className="flex gap-1">
            <dt>Consultations :</dt>
            <dd>{article.views}</dd>
          </div>
          <div className="flex gap-1">
            <dt>Avis :</dt>
            <dd>
              {article.helpfulYes} oui, {article.helpfulNo} non
            </dd>
          </div>
          {article.sourceTicketReference && (
            <div className="flex gap-1">
              <dt>Demande d’origine :</dt>
              <dd>
                <Link href={`/console/demandes/${article.sourceTicketReference}`} className="font-medium text-brand-800 underline">
                  {article.sourceTicketReference}
                </Link>
              </dd>
            </div>
          )}
        </dl>
      </div>
      {saved && <Alert tone="success">{saved}</Alert>}
      <FaqArticleForm
        action={updateFaqArticleAction}
        initial={{ title: article.title, module: article.module, body: article.body, published: article.published }}
        hidden={{ articleId: article.id }}
        submitLabel="Enregistrer les modifications"
      />
    </div>
  );
}

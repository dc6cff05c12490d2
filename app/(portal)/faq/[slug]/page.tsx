import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { FaqArticleMeta } from '@/components/faq/faq-article-meta';
import { FaqMarkdown } from '@/components/faq/faq-markdown';
import { FaqVote } from '@/components/faq/faq-vote';
import { requireClient } from '@/lib/auth/session';
import { getDb } from '@/lib/server/db';
import { viewFaqArticle } from '@/lib/server/faq/view-faq-article';
import { voteAction } from './actions';

// Once per request, however many times the title and the page ask: one view counted.
const viewArticle = cache(async (slug: string) => {
  const user = await requireClient();
  return viewFaqArticle(await getDb(), { actor: user, slug });
});

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await viewArticle((await params).slug);
  return { title: article ? `${article.title} – FAQ` : 'FAQ' };
}

export default async function FaqArticlePage({ params }: Props) {
  const user = await requireClient();
  const article = await viewArticle((await params).slug);
  if (!article) notFound();
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Fil d’Ariane">
        <ol className="flex flex-wrap gap-2 text-sm text-slate-700">
          <li>
            <Link href="/faq" className="font-medium text-brand-800 underline">
              FAQ
            </Link>
            <span aria-hidden="true"> ›</span>
          </li>
          <li>{article.module}</li>
        </ol>
      </nav>
      <article aria-labelledby="question" className="rounded-lg border border-slate-200 bg-white p-6">
        <h1 id="question" className="text-2xl font-bold">
          {article.title}
        </h1>
        <FaqArticleMeta module={article.module} updatedAt={article.updatedAt} views={article.views} timeZone={user.timeZone} />
        <FaqMarkdown>{article.body}</FaqMarkdown>
      </article>
      <FaqVote articleId={article.id} myVote={article.myVote} helpfulYes={article.helpfulYes} helpfulNo={article.helpfulNo} action={voteAction} />
      <p className="text-slate-700">
        Pas de réponse à votre question ?{' '}
        <Link href="/demandes/nouvelle" className="font-medium text-brand-800 underline">
          Déposez une demande au support
        </Link>
        .
      </p>
    </div>
  );
}

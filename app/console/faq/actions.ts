'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { faqSavedSearch } from '@/lib/search-params/faq';
import { consoleAction } from '@/lib/server/actions/define-action';
import { createFaqArticle } from '@/lib/server/faq/create-faq-article';
import { setFaqArticlePublication } from '@/lib/server/faq/set-faq-article-publication';
import { updateFaqArticle } from '@/lib/server/faq/update-faq-article';
import { faqArticleSchema, faqArticleUpdateSchema, faqPublicationSchema } from '@/lib/validation/faq';

function refresh(slug?: string) {
  revalidatePath('/console/faq');
  revalidatePath('/faq');
  if (slug) revalidatePath(`/faq/${slug}`);
}

export const createFaqArticleAction = consoleAction(faqArticleSchema, async (form, { user, db }) => {
  const article = await createFaqArticle(db, { actor: user, input: form });
  refresh();
  redirect(faqSavedSearch.href(`/console/faq/${article.id}`, { saved: article.published ? 'published' : 'draft' }));
});

export const updateFaqArticleAction = consoleAction(faqArticleUpdateSchema, async ({ articleId, ...input }, { user, db }) => {
  const article = await updateFaqArticle(db, { actor: user, articleId, input });
  refresh(article.slug);
  revalidatePath(`/console/faq/${article.id}`);
  return {
    status: 'success',
    message: article.published
      ? 'Modifications enregistrées : l’article est publié dans la FAQ.'
      : 'Modifications enregistrées : l’article reste un brouillon.',
  };
});

export const setFaqArticlePublicationAction = consoleAction(faqPublicationSchema, async (form, { user, db }) => {
  const article = await setFaqArticlePublication(db, { actor: user, articleId: form.articleId, published: form.published });
  refresh(article.slug);
  revalidatePath(`/console/faq/${article.id}`);
  return { status: 'success', message: article.published ? 'Article publié.' : 'Article retiré de la FAQ.' };
});

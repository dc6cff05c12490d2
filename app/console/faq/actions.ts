'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { consoleAction } from '@/lib/server/actions/define-action';
import { createFaqArticle } from '@/lib/server/faq/create-faq-article';
import { setFaqArticlePublication } from '@/lib/server/faq/set-faq-article-publication';
import { updateFaqArticle } from '@/lib/server/faq/update-faq-article';
import type { FaqArticleInput } from '@/lib/validation/faq';

// The form sends raw strings; the operations validate them with the shared FAQ schema.
const articleForm = z.object({
  title: z.string().default(''),
  module: z.string().default(''),
  body: z.string().default(''),
  published: z.string().optional(),
  sourceTicketId: z.string().optional(),
});

function articleInput(form: z.output<typeof articleForm>): FaqArticleInput {
  return { ...form, module: form.module as FaqArticleInput['module'], published: form.published === 'on' };
}

function refresh(slug?: string) {
  revalidatePath('/console/faq');
  revalidatePath('/faq');
  if (slug) revalidatePath(`/faq/${slug}`);
}

export const createFaqArticleAction = consoleAction(articleForm, async (form, { user, db }) => {
  const article = await createFaqArticle(db, { actor: user, input: articleInput(form) });
  refresh();
  redirect(`/console/faq/${article.id}?enregistre=${article.published ? 'publie' : 'brouillon'}`);
});

export const updateFaqArticleAction = consoleAction(articleForm.extend({ articleId: z.string().default('') }), async (form, { user, db }) => {
  const article = await updateFaqArticle(db, { actor: user, articleId: form.articleId, input: articleInput(form) });
  refresh(article.slug);
  revalidatePath(`/console/faq/${article.id}`);
  return {
    status: 'success',
    message: article.published
      ? 'Modifications enregistrées : l’article est publié dans la FAQ.'
      : 'Modifications enregistrées : l’article reste un brouillon.',
  };
});

export const setFaqArticlePublicationAction = consoleAction(
  z.object({ articleId: z.string().default(''), published: z.enum(['oui', 'non'], { message: 'Choix de publication invalide.' }) }),
  async (form, { user, db }) => {
    const article = await setFaqArticlePublication(db, { actor: user, articleId: form.articleId, published: form.published === 'oui' });
    refresh(article.slug);
    revalidatePath(`/console/faq/${article.id}`);
    return { status: 'success', message: article.published ? 'Article publié.' : 'Article retiré de la FAQ.' };
  },
);

'use server';

import { z } from 'zod';
import { portalAction } from '@/lib/server/actions/define-action';
import { voteFaqArticle, type FaqVoteOutcome } from '@/lib/server/faq/vote-faq-article';

// The buttons send raw strings; voteFaqArticle validates them with the shared FAQ schema.
const voteForm = z.object({ articleId: z.string().default(''), helpful: z.string().default('') });

export const voteAction = portalAction<typeof voteForm, FaqVoteOutcome>(voteForm, async (form, { user, db }) => {
  const outcome = await voteFaqArticle(db, { actor: user, input: { articleId: form.articleId, helpful: form.helpful as 'oui' | 'non' } });
  // No revalidation: the page would render again and count a second view.
  return { status: 'success', message: 'Merci, votre avis est enregistré. Vous pouvez le changer à tout moment.', data: outcome };
});

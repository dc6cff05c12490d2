'use server';

import { portalAction } from '@/lib/server/actions/define-action';
import { voteFaqArticle, type FaqVoteOutcome } from '@/lib/server/faq/vote-faq-article';
import { faqVoteSchema } from '@/lib/validation/faq';

export const voteAction = portalAction<typeof faqVoteSchema, FaqVoteOutcome>(faqVoteSchema, async (input, { user, db }) => {
  const outcome = await voteFaqArticle(db, { actor: user, input });
  // No revalidation: the page would render again and count a second view.
  return { status: 'success', message: 'Merci, votre avis est enregistré. Vous pouvez le changer à tout moment.', data: outcome };
});

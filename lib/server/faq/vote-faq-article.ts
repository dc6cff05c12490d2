import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { faqArticles, faqVotes } from '@/db/schema';
import { isStaff } from '@/lib/accounts/roles';
import type { FaqVoteForm } from '@/lib/validation/faq';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { articleNotFound } from './faq-access';

export interface FaqVoteOutcome {
  helpful: boolean;
  helpfulYes: number;
  helpfulNo: number;
}

/**
 * "Cette réponse vous a-t-elle aidé ?": one answer per reader, which they may change. The
 * counters are recounted from the votes in the same transaction, the article locked, so they
 * always equal the votes however many readers answer at once.
 */
export async function voteFaqArticle(
  db: Database,
  { actor, input, now = new Date() }: { actor: Actor; input: FaqVoteForm; now?: Date },
): Promise<FaqVoteOutcome> {
  // The question is asked to the readers of the portal; staff opinions would skew the answer.
  if (isStaff(actor.role)) throw new ServiceError('forbidden', 'Seuls les utilisateurs des collectivités donnent leur avis.');
  const { articleId, helpful } = input;
  return db.transaction(async (tx) => {
    const [article] = await tx
      .select({ id: faqArticles.id })
      .from(faqArticles)
      .where(and(eq(faqArticles.id, articleId), eq(faqArticles.published, true)))
      .for('update');
    if (!article) throw articleNotFound();
    await tx
      .insert(faqVotes)
      .values({ articleId, userId: actor.id, helpful, votedAt: now })
      .onConflictDoUpdate({ target: [faqVotes.articleId, faqVotes.userId], set: { helpful, votedAt: now } });
    const votes = (answer: boolean) =>
      sql<number>`(select count(*)::int from ${faqVotes} where ${faqVotes.articleId} = ${articleId} and ${faqVotes.helpful} = ${answer})`;
    const [counts] = await tx
      .update(faqArticles)
      .set({ helpfulYes: votes(true), helpfulNo: votes(false) })
      .where(eq(faqArticles.id, articleId))
      .returning({ helpfulYes: faqArticles.helpfulYes, helpfulNo: faqArticles.helpfulNo });
    if (!counts) throw articleNotFound();
    return { helpful, ...counts };
  });
}

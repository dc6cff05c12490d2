'use client';

import { Alert } from '@/components/ui/alert';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/forms/action-state';

interface VoteOutcome {
  helpful: boolean;
  helpfulYes: number;
  helpfulNo: number;
}

interface FaqVoteProps {
  articleId: string;
  myVote: boolean | null;
  helpfulYes: number;
  helpfulNo: number;
  action: FormAction<VoteOutcome>;
}

/** "Cette réponse vous a-t-elle aidé ?": one answer per reader, which they may change. */
export function FaqVote({ articleId, myVote, helpfulYes, helpfulNo, action }: FaqVoteProps) {
  const { state, pending, formProps } = useActionForm(action);
  const current = state.status === 'success' && state.data ? state.data : { helpful: myVote, helpfulYes, helpfulNo };
  return (
    <section aria-labelledby="avis" className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="avis" className="text-lg font-semibold">
        Cette réponse vous a-t-elle aidé ?
      </h2>
      <form {...formProps} className="mt-3 flex flex-wrap items-center gap-3">
        <input type="hidden" name="articleId" value={articleId} />
        {(['oui', 'non'] as const).map((answer) => {
          const chosen = current.helpful === (answer === 'oui');
          return (
            <button
              key={answer}
              type="submit"
              name="helpful"
              value={answer}
              disabled={pending}
              aria-pressed={chosen}
              className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100 aria-pressed:border-brand-800 aria-pressed:bg-brand-800 aria-pressed:text-white"
            >
              {answer === 'oui' ? 'Oui' : 'Non'}
            </button>
          );
        })}
      </form>
      <p className="mt-3 text-sm text-slate-700">{countsInWords(current.helpfulYes, current.helpfulNo)}</p>
      {/* Present from the start, so screen readers announce the thanks when it appears. */}
      <p role="status" className="mt-3 text-sm font-medium text-green-900 empty:hidden">
        {state.status === 'success' ? state.message : ''}
      </p>
      {state.status === 'error' && (
        <div className="mt-3">
          <Alert tone="error">{state.message}</Alert>
        </div>
      )}
    </section>
  );
}

function countsInWords(yes: number, no: number): string {
  if (yes + no === 0) return 'Personne n’a encore donné son avis.';
  return `Avis des lecteurs : ${yes} oui, ${no} non.`;
}

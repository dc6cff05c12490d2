'use client';

import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/forms/action-state';

interface FaqPublicationToggleProps {
  articleId: string;
  title: string;
  published: boolean;
  action: FormAction;
}

/** Publishes a draft or withdraws a published article, from the console list. */
export function FaqPublicationToggle({ articleId, title, published, action }: FaqPublicationToggleProps) {
  const { state, pending, formProps } = useActionForm(action);
  return (
    <form {...formProps} className="flex flex-col gap-1">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="published" value={published ? 'non' : 'oui'} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed"
      >
        {published ? 'Retirer' : 'Publier'}
        <span className="sr-only"> « {title} »</span>
      </button>
      <span role="status" className="text-xs text-slate-700 empty:hidden">
        {state.status === 'error' ? state.message : ''}
      </span>
    </form>
  );
}

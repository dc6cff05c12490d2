'use client';

import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/forms/action-state';

/** "Réessayer" on a failed email: back in the outbox, due now. */
export function RetryEmailButton({ emailId, recipient, action }: { emailId: string; recipient: string; action: FormAction }) {
  const { state, pending, formProps } = useActionForm(action);
  return (
    <form {...formProps} className="flex flex-col gap-1">
      <input type="hidden" name="emailId" value={emailId} />
      <button
        type="submit"
        disabled={pending || state.status === 'success'}
        className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-500"
      >
        Réessayer<span className="sr-only"> l’envoi à {recipient}</span>
      </button>
      <p role="status" className={`text-xs ${state.status === 'error' ? 'text-red-700' : 'text-slate-700'}`}>
        {state.status === 'error' ? state.message : state.status === 'success' ? state.message : ''}
      </p>
    </form>
  );
}

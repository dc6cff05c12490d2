import { useId } from 'react';
import { buttonClasses } from '@/components/ui/button';

interface FaqSearchBoxProps {
  defaultValue?: string;
  error?: string;
  label?: string;
}

/**
 * The FAQ's search box: a plain GET form to /faq?q=…, so it works without JavaScript and can
 * be placed on any portal page (the home page, for one).
 */
export function FaqSearchBox({ defaultValue, error, label = 'Rechercher dans la FAQ' }: FaqSearchBoxProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form role="search" action="/faq" method="get" className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {label}
      </label>
      <p id={hintId} className="text-sm text-slate-600">
        Par exemple : mot de passe, liste d’émargement, certificat COMEDEC. Les accents sont facultatifs.
      </p>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={200}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          className="min-w-0 flex-1 basis-64 rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700"
        />
        <button type="submit" className={buttonClasses('primary')}>
          Rechercher
        </button>
      </div>
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}

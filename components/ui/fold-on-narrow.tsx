'use client';

import { useId, useState, type ReactNode } from 'react';

interface FoldOnNarrowProps {
  /** The button's words: "Filtres", "Filtres (2 actifs)". */
  label: string;
  /** Open at first (e.g. a filter is active, so the person sees what narrows the list). */
  defaultOpen?: boolean;
  children: ReactNode;
}

/**
 * Below 1,024 px, the content folds behind a button (aria-expanded) so what matters starts near
 * the top of a phone's screen; wider, it is always shown and the button is not.
 */
export function FoldOnNarrow({ label, defaultOpen = false, children }: FoldOnNarrowProps) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
        className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100 lg:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className={`h-4 w-4 transition-transform ${open ? 'rotate-90' : ''}`} fill="currentColor">
          <path d="M7 4l6 6-6 6V4z" />
        </svg>
        {label}
      </button>
      <div id={id} className={open ? 'mt-3 lg:mt-0' : 'hidden lg:block'}>
        {children}
      </div>
    </div>
  );
}

import { useId, type ReactNode } from 'react';

export interface FieldA11y {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** The ids that tie a control to its hint and error, so screen readers announce them (RGAA 11.10). */
export function useFieldA11y({ id, hint, error }: { id?: string; hint?: string; error?: string }): FieldA11y & { hintId?: string; errorId?: string } {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return {
    id: inputId,
    hintId,
    errorId,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
  };
}

/** Label above, hint, the control, then the error: the layout every stacked field shares. */
export function FieldFrame({
  label,
  controlId,
  hint,
  hintId,
  error,
  errorId,
  className = '',
  children,
}: {
  label: string;
  controlId: string;
  hint?: string;
  hintId?: string;
  error?: string;
  errorId?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={controlId} className="text-sm font-semibold text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export const CONTROL_CLASSES = 'rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700';

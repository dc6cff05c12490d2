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

/** What a required field's label says (RGAA 11.10): in words, not a sign to decode. */
export const REQUIRED_MARK = '(obligatoire)';

/** " (obligatoire)" after a label or a legend. */
export function RequiredMark() {
  return <span className="font-normal text-slate-700"> {REQUIRED_MARK}</span>;
}

/** Label above, hint, the control, then the error: the layout every stacked field shares. */
export function FieldFrame({
  label,
  required = false,
  controlId,
  hint,
  hintId,
  error,
  errorId,
  className = '',
  children,
}: {
  label: string;
  /** Says "(obligatoire)" after the label. */
  required?: boolean;
  controlId: string;
  hint?: string;
  hintId?: string;
  error?: string;
  errorId?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    // min-w-0: in a grid or a row of fields, a long option never widens the page past a phone's screen.
    <div className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={controlId} className="text-sm font-semibold text-slate-800">
        {label}
        {required && <RequiredMark />}
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

export const CONTROL_CLASSES = 'max-w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700';

import type { InputHTMLAttributes } from 'react';
import { RequiredMark, useFieldA11y } from './field-frame';

interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: string;
  hint?: string;
  error?: string;
}

/** A checkbox with its label beside it, its hint and error tied to it (RGAA 11.10). */
export function CheckboxField({ label, hint, error, id, className = '', ...input }: CheckboxFieldProps) {
  const { hintId, errorId, ...a11y } = useFieldA11y({ id, hint, error });
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <div className="flex items-start gap-2">
        <input {...a11y} type="checkbox" className="mt-1 h-4 w-4 accent-brand-800" {...input} />
        <label htmlFor={a11y.id} className="text-sm font-semibold text-slate-800">
          {label}
          {input.required && <RequiredMark />}
        </label>
      </div>
      {hint && (
        <p id={hintId} className="pl-6 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="pl-6 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

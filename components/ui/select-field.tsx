import type { SelectHTMLAttributes } from 'react';
import { CONTROL_CLASSES, FieldFrame, useFieldA11y } from './field-frame';

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  options: Array<{ value: string; label: string }>;
  error?: string;
  hint?: string;
  /** A first, empty choice ("Choisir…"). */
  placeholder?: string;
}

/** A labelled select whose hint and error are tied to it. */
export function SelectField({ label, options, error, hint, placeholder, id, className, ...select }: SelectFieldProps) {
  const { hintId, errorId, ...a11y } = useFieldA11y({ id, hint, error });
  return (
    <FieldFrame label={label} required={select.required} controlId={a11y.id} hint={hint} hintId={hintId} error={error} errorId={errorId} className={className}>
      <select {...a11y} className={CONTROL_CLASSES} {...select}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

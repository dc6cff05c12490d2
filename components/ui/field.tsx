import type { InputHTMLAttributes } from 'react';
import { CONTROL_CLASSES, FieldFrame, useFieldA11y } from './field-frame';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  error?: string;
  hint?: string;
}

/** A labelled input whose hint and error are tied to it. */
export function Field({ label, error, hint, id, className, ...input }: FieldProps) {
  const { hintId, errorId, ...a11y } = useFieldA11y({ id, hint, error });
  return (
    <FieldFrame label={label} required={input.required} controlId={a11y.id} hint={hint} hintId={hintId} error={error} errorId={errorId} className={className}>
      <input {...a11y} className={CONTROL_CLASSES} {...input} />
    </FieldFrame>
  );
}

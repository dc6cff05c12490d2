import type { TextareaHTMLAttributes } from 'react';
import { CONTROL_CLASSES, FieldFrame, useFieldA11y } from './field-frame';

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  error?: string;
  hint?: string;
}

/** A labelled multi-line input whose hint and error are tied to it. */
export function TextAreaField({ label, error, hint, id, className, ...textarea }: TextAreaFieldProps) {
  const { hintId, errorId, ...a11y } = useFieldA11y({ id, hint, error });
  return (
    <FieldFrame
      label={label}
      required={textarea.required}
      controlId={a11y.id}
      hint={hint}
      hintId={hintId}
      error={error}
      errorId={errorId}
      className={className}
    >
      <textarea rows={4} {...a11y} className={CONTROL_CLASSES} {...textarea} />
    </FieldFrame>
  );
}

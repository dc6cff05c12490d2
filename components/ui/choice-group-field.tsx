import { useId, type ReactNode } from 'react';
import { RequiredMark } from './field-frame';

export interface Choice {
  value: string;
  label: ReactNode;
  /** A second line under the label. */
  description?: ReactNode;
}

interface ChoiceGroupFieldProps {
  /** One choice (radio buttons) or several (checkboxes). */
  type: 'radio' | 'checkbox';
  legend: string;
  name: string;
  choices: readonly Choice[];
  /** Says "(obligatoire)" after the legend: a group that may be left empty and must not be. */
  required?: boolean;
  hint?: string;
  error?: string;
  /** The choices checked at first (uncontrolled). */
  defaultValue?: string | readonly string[];
  /** A controlled radio group: the value checked, and what to do when another is chosen. */
  value?: string;
  onChange?: (value: string) => void;
  /** The legend's look: a field's (the default) or a section's. */
  legendClassName?: string;
  className?: string;
  /** Shown after the choices, inside the group (the list of organizations under "Certaines"…). */
  children?: ReactNode;
}

/**
 * Radio buttons or checkboxes under their legend, the hint and the error tied to the group, and
 * each checkbox marked invalid (RGAA 11.2, 11.10); each choice has an id, so an error summary can
 * lead to the first one.
 */
export function ChoiceGroupField({
  type,
  legend,
  name,
  choices,
  required = false,
  hint,
  error,
  defaultValue,
  value,
  onChange,
  legendClassName = 'text-sm font-semibold text-slate-800',
  className = '',
  children,
}: ChoiceGroupFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const checkedAtFirst = (choice: string) => (Array.isArray(defaultValue) ? defaultValue.includes(choice) : defaultValue === choice);
  return (
    <fieldset className={`flex flex-col gap-1 ${className}`} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend className={`mb-1 ${legendClassName}`}>
        {legend}
        {required && <RequiredMark />}
      </legend>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      {choices.map((choice, index) => (
        <label key={choice.value} htmlFor={`${id}-${index}`} className="flex cursor-pointer items-start gap-2 text-sm">
          <input
            id={`${id}-${index}`}
            type={type}
            name={name}
            value={choice.value}
            // A radio button cannot be invalid by itself (ARIA): its group says it, by its error.
            aria-invalid={error && type === 'checkbox' ? true : undefined}
            {...(value !== undefined
              ? { checked: value === choice.value, onChange: () => onChange?.(choice.value) }
              : { defaultChecked: checkedAtFirst(choice.value) })}
            className="mt-0.5 h-4 w-4 shrink-0 accent-brand-800"
          />
          <span>
            {choice.label}
            {choice.description && <span className="block text-slate-600">{choice.description}</span>}
          </span>
        </label>
      ))}
      {children}
    </fieldset>
  );
}

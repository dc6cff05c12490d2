'use client';

import { useEffect, useId, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import type { ActionState } from '@/lib/forms/action-state';
import { Alert } from './alert';
import { REQUIRED_MARK } from './field-frame';

interface SummaryItem {
  key: string;
  message: string;
  /** The control the error is about, and its name on screen, when the form has one. */
  controlId: string | null;
  label: string | null;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * The control an error key is about: named after it, or declaring it (`data-error-for`, a file
 * picker whose files are sent under another name), or the first one below it ("hours" →
 * "hours.1.0.start"), or the one with that id (an entry of a repeated field, "closedDays.0").
 */
function controlFor(form: HTMLFormElement, key: string): Control | null {
  const escaped = CSS.escape(key);
  const control =
    form.querySelector<Control>(`[name="${escaped}"]:not([type="hidden"]), [data-error-for="${escaped}"]`) ??
    form.querySelector<Control>(`[name^="${CSS.escape(`${key}.`)}"]:not([type="hidden"])`) ??
    form.querySelector<Control>(`#${escaped}`);
  return control;
}

/** The words that name a control: its group's legend for radios and checkbox lists, else its label. */
function labelOf(control: Control): string | null {
  const grouped =
    control instanceof HTMLInputElement &&
    (control.type === 'radio' || (control.type === 'checkbox' && control.form?.querySelectorAll(`[name="${CSS.escape(control.name)}"]`).length !== 1));
  const text = grouped ? control.closest('fieldset')?.querySelector('legend')?.textContent : control.labels?.[0]?.textContent;
  return text?.replace(REQUIRED_MARK, '').trim() || null;
}

function summaryOf(form: HTMLFormElement | null, errors: Readonly<Record<string, string>>, idPrefix: string): SummaryItem[] {
  const items = Object.entries(errors).map(([key, message]) => {
    const control = form ? controlFor(form, key) : null;
    // A control written without an id (a hand-made radio group) gets one, for the link to reach it.
    if (control && !control.id) control.id = `${idPrefix}-${key.replace(/[^\w-]/g, '-')}`;
    return { key, message, control };
  });
  // In the order of the form, the errors about the form itself first.
  items.sort((a, b) => {
    if (!a.control || !b.control) return a.control ? 1 : b.control ? -1 : 0;
    return a.control.compareDocumentPosition(b.control) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
  return items.map(({ key, message, control }) => ({ key, message, controlId: control?.id ?? null, label: control ? labelOf(control) : null }));
}

function sameItems(a: readonly SummaryItem[], b: readonly SummaryItem[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (item, index) =>
        item.key === b[index]!.key && item.message === b[index]!.message && item.controlId === b[index]!.controlId && item.label === b[index]!.label,
    )
  );
}

const NO_ERRORS: Readonly<Record<string, string>> = {};

/**
 * The outcome of a form's server action (RGAA 11.10, 11.11). A refusal takes the focus and lists
 * what to correct, each error linked to its field; `errors` (from `useActionForm`) are the errors
 * still shown, so the list follows the corrections.
 */
export function FormStatus({ state, errors }: { state: ActionState<unknown>; errors?: Readonly<Record<string, string>> }) {
  const box = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  const shown = errors ?? (state.status === 'error' ? state.fieldErrors : NO_ERRORS);
  const [items, setItems] = useState<SummaryItem[]>([]);

  // The fields' names and ids are read from the form on screen, once it shows these errors.
  useLayoutEffect(() => {
    const next = state.status === 'error' ? summaryOf(box.current?.closest('form') ?? null, shown, idPrefix) : [];
    // Measured from the rendered form, before it is painted.
    setItems((current) => (sameItems(current, next) ? current : next));
  }, [state, shown, idPrefix]);

  // Each refusal brings the reader to its summary.
  useEffect(() => {
    if (state.status === 'error') box.current?.focus();
  }, [state]);

  if (state.status === 'success' && state.message) return <Alert tone="success">{state.message}</Alert>;
  if (state.status !== 'error') return null;

  function reach(event: MouseEvent<HTMLAnchorElement>, controlId: string) {
    const control = document.getElementById(controlId);
    if (!control) return;
    // Focus the field and show its label above it, without changing the page's address.
    event.preventDefault();
    control.focus();
    (control.closest('fieldset') ?? control.parentElement ?? control).scrollIntoView({ block: 'start' });
  }

  const fieldCount = Object.keys(state.fieldErrors).length;
  return (
    <Alert tone="error" ref={box} tabIndex={-1}>
      <p className="font-semibold">{state.message}</p>
      {items.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {items.map((item) => (
            <li key={item.key}>
              {item.controlId ? (
                <a href={`#${item.controlId}`} onClick={(event) => reach(event, item.controlId!)} className="font-medium underline">
                  {item.label ? `${item.label} : ` : ''}
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          ))}
        </ul>
      )}
      {fieldCount > 0 && Object.keys(shown).length === 0 && <p className="mt-2">Tout est corrigé : vous pouvez envoyer le formulaire.</p>}
    </Alert>
  );
}

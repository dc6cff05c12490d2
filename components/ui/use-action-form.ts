'use client';

import { startTransition, useActionState, useEffect, useMemo, useRef, useState, type FormEvent, type SyntheticEvent } from 'react';
import type { z } from 'zod';
import { IDLE, type ActionState } from '@/lib/forms/action-state';
import { applyFieldEdits, fieldMessage, hasFieldError, type FieldEdits } from '@/lib/forms/field-edits';
import { formDataToObject } from '@/lib/forms/form-data';

type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

interface ActionFormOptions<T> {
  /** Clears the fields after a success. */
  resetOnSuccess?: boolean;
  /**
   * The form's shared schema (lib/validation), the one its action validates with: after a refusal,
   * a field is checked again as it changes, so its error goes as soon as it is right.
   */
  schema?: z.ZodType;
  /** What the controls do not hold (picked files…), added to what is sent; a field is checked again without it (no file is read while typing). */
  prepare?: (data: FormData) => FormData;
  /** Runs once per accepted submission (to clear a controlled form, for instance). */
  onSuccess?: (state: ActionState<T>) => void;
}

const NO_ERRORS: Readonly<Record<string, string>> = {};

type NamedControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function controlOf(target: EventTarget): NamedControl | null {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement ? target : null;
}

/**
 * A form bound to a server action, the one way every form of the portal behaves (RGAA 11.10, 11.11):
 * - fields keep what was typed on a refusal (no React form reset), and are cleared after a success
 *   when `resetOnSuccess`;
 * - after a refusal, a field with an error is checked again at each change (by `schema`, or, without
 *   one, its error goes as soon as its value changes) and any field when it is left, so `errors` (and
 *   the fields' `aria-invalid`) follow what is on screen; `FormStatus` lists them, linked to the fields.
 * Spread `formProps` on the `<form>`.
 */
export function useActionForm<T>(action: Action<T>, { resetOnSuccess = false, schema, prepare, onSuccess }: ActionFormOptions<T> = {}) {
  const [state, formAction, pending] = useActionState(action, IDLE as ActionState<T>);
  const formRef = useRef<HTMLFormElement>(null);
  // The page's corrections belong to the answer they correct: a new answer starts afresh.
  const [edits, setEdits] = useState<{ of: ActionState<T>; fields: FieldEdits }>({ of: state, fields: {} });
  const latest = useRef(state);
  const checks = useRef(new Map<string, number>());
  const succeeded = useRef(onSuccess);

  useEffect(() => {
    latest.current = state;
    succeeded.current = onSuccess;
  });
  useEffect(() => {
    if (state.status !== 'success') return;
    if (resetOnSuccess) formRef.current?.reset();
    succeeded.current?.(state);
  }, [state, resetOnSuccess]);

  const errors = useMemo(() => {
    const server = state.status === 'error' ? state.fieldErrors : NO_ERRORS;
    return edits.of === state ? applyFieldEdits(server, edits.fields) : server;
  }, [state, edits]);

  function dataOf(form: HTMLFormElement, submitter?: HTMLElement | null): FormData {
    const data = new FormData(form, submitter ?? undefined);
    return prepare ? prepare(data) : data;
  }

  /** Sends data built by the form itself (an override, a second button). */
  function send(data: FormData) {
    startTransition(() => formAction(data));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The button pressed is part of what is sent (name="intent" value="…").
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    send(dataOf(event.currentTarget, submitter));
  }

  async function check(name: string, leaving: boolean) {
    const form = formRef.current;
    const answer = state;
    if (!form || answer.status !== 'error') return;
    // While typing, only a field already in error is checked again; leaving a field checks it too.
    if (!leaving && !hasFieldError(errors, name)) return;
    let message: string | null;
    if (schema) {
      const run = (checks.current.get(name) ?? 0) + 1;
      checks.current.set(name, run);
      const result = await schema.safeParseAsync(formDataToObject(new FormData(form)));
      // A later keystroke, or a new answer from the server, has the last word.
      if (checks.current.get(name) !== run || latest.current !== answer) return;
      message = result.success ? null : fieldMessage(result.error.issues, name);
    } else {
      // Without a schema, the server's word stands until the value changes.
      if (leaving) return;
      message = null;
    }
    // Leaving a field never clears an error the server alone can judge (an address already used).
    if (leaving && message === null) return;
    setEdits((current) => ({ of: answer, fields: { ...(current.of === answer ? current.fields : {}), [name]: message } }));
  }

  function onChange(event: SyntheticEvent<HTMLFormElement>) {
    const control = controlOf(event.target);
    if (control?.name) void check(control.name, false);
  }

  function onBlur(event: SyntheticEvent<HTMLFormElement>) {
    const control = controlOf(event.target);
    if (control?.name) void check(control.name, true);
  }

  return {
    state,
    pending,
    errors,
    formRef,
    onSubmit,
    send,
    formProps: { ref: formRef, onSubmit, onChange, onBlur, noValidate: true },
  };
}

'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { IDLE, type ActionState } from '@/lib/forms/action-state';

type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/**
 * A form bound to a server action: fields keep what was typed on an error (no React form reset),
 * and are cleared after a success when `resetOnSuccess`.
 */
export function useActionForm<T>(action: Action<T>, { resetOnSuccess = false } = {}) {
  const [state, formAction, pending] = useActionState(action, IDLE as ActionState<T>);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (resetOnSuccess && state.status === 'success') formRef.current?.reset();
  }, [state, resetOnSuccess]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return { state, pending, errors, formRef, onSubmit };
}

import type { ActionState } from '@/lib/forms/action-state';
import { Alert } from './alert';

/** The outcome of a form's server action, announced to screen readers. */
export function FormStatus({ state }: { state: ActionState<unknown> }) {
  if (state.status === 'error') return <Alert tone="error">{state.message}</Alert>;
  if (state.status === 'success' && state.message) return <Alert tone="success">{state.message}</Alert>;
  return null;
}

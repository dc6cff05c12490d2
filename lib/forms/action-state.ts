/** What a server action returns to its form (useActionState); shared by the server and the browser. */
export type ActionState<T = undefined> =
  { status: 'idle' } | { status: 'success'; message?: string; data?: T } | { status: 'error'; message: string; fieldErrors: Record<string, string> };

export const IDLE: ActionState<never> = { status: 'idle' };

/**
 * A server action as a form receives it: pages import actions and hand them to form components
 * as a prop of this type, so components never import from `app/`.
 */
export type FormAction<T = undefined> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

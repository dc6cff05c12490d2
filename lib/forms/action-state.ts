/** What a server action returns to its form (useActionState). */
export type ActionState<T = undefined> =
  { status: 'idle' } | { status: 'success'; message?: string; data?: T } | { status: 'error'; message: string; fieldErrors: Record<string, string> };

export const IDLE: ActionState<never> = { status: 'idle' };

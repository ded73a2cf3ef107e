/** What every form action answers: field errors to show beside the inputs, or the result. */
export type ActionState<T = unknown> =
  | { status: 'idle' }
  | { status: 'error'; formError?: string; fieldErrors?: Record<string, string> }
  | { status: 'ok'; data: T };

export const IDLE: ActionState<never> = { status: 'idle' };

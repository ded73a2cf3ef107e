/** What was typed into a form, by field name (a name ending in "[]" holds every ticked value). */
export type FormValues = Record<string, string | string[]>;

/**
 * What every form action answers: field errors to show beside the inputs and the values to show in them again
 * (`values`, so a refused submission loses nothing, with or without JavaScript), or the result.
 */
export type ActionState<T = unknown> =
  | { status: 'idle' }
  | { status: 'error'; formError?: string; fieldErrors?: Record<string, string>; values?: FormValues }
  | { status: 'ok'; data: T };

export const IDLE: ActionState<never> = { status: 'idle' };

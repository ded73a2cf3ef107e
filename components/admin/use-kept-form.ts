'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { IDLE, type ActionState } from '@/lib/actions/action-state';

type FormAction<T> = (previous: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/**
 * useActionState for a form whose typed values must survive a refused submission: React resets a form after
 * its action attribute runs, so with JavaScript the submission is dispatched from onSubmit instead. The
 * action attribute stays, for a browser without JavaScript.
 */
export function useKeptForm<T>(formAction: FormAction<T>) {
  const [state, dispatch, pending] = useActionState<ActionState<T>, FormData>(formAction, IDLE);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }
  return { state, pending, formProps: { action: dispatch, onSubmit } };
}

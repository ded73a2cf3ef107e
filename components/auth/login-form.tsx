'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { signInAction } from '@/lib/auth/sign-in-action';
import { SIGN_IN_IDLE } from '@/lib/auth/sign-in-form-state';

/**
 * Posts to the server action, never a GET: React renders the form with method="POST" and the action's fields, so a
 * tap before the scripts have loaded (or with JavaScript off) signs in on the server and comes back with the same
 * messages; once the scripts run, useActionState sends it without a page load.
 */
export function LoginForm({ from }: { from: string }) {
  const [state, action, pending] = useActionState(signInAction, SIGN_IN_IDLE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="from" value={from} />
      <Field id="email" name="email" type="email" label="Email" autoComplete="username" required defaultValue={state.email} error={errors.email} />
      <Field id="password" name="password" type="password" label="Password" autoComplete="current-password" required error={errors.password} />
      <div role="alert" aria-live="assertive" className="min-h-6 text-red-700">
        {state.status === 'error' && !errors.email && !errors.password ? state.formError : null}
      </div>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}

'use client';

import { Field } from '@/components/ui/field';
import { ActionForm, FormActions, SubmitButton, useActionForm } from '@/components/ui/form';
import { signInAction } from '@/lib/auth/sign-in-action';

/**
 * Posts to the server action, never a GET: React renders the form with method="POST" and the action's fields, so a
 * tap before the scripts have loaded (or with JavaScript off) signs in on the server and comes back with the same
 * messages and the email kept; once the scripts run, useActionState sends it without a page load.
 */
export function LoginForm({ from }: { from: string }) {
  const form = useActionForm(signInAction);
  return (
    <ActionForm form={form} className="mt-6 space-y-4" aria-label="Sign in">
      <input type="hidden" name="from" value={from} />
      <Field id="email" name="email" type="email" label="Email" autoComplete="username" required />
      <Field id="password" name="password" type="password" label="Password" autoComplete="current-password" required />
      <FormActions>
        <SubmitButton className="w-full" pendingLabel="Signing in…">
          Sign in
        </SubmitButton>
      </FormActions>
    </ActionForm>
  );
}

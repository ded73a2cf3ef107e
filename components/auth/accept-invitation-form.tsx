'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { IDLE } from '@/lib/actions/action-state';
import { acceptInvitationAction } from '@/lib/invitations/actions';

export function AcceptInvitationForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(acceptInvitationAction, IDLE);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} className="mt-6 space-y-4">
      <input type="hidden" name="token" value={token} />
      <Field id="password" name="password" type="password" label="New password" hint="At least 8 characters; not a common password." autoComplete="new-password" required error={errors.password} />
      <Field id="confirm" name="confirm" type="password" label="Repeat the password" autoComplete="new-password" required error={errors.confirm} />
      <div role="alert" className="min-h-6 text-red-700">
        {state.status === 'error' && !errors.password && !errors.confirm ? state.formError : null}
      </div>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Saving…' : 'Set password'}
      </Button>
    </form>
  );
}

'use client';

import { Field } from '@/components/ui/field';
import { ActionForm, FormError, SubmitButton, useActionForm, useFieldAnswer } from '@/components/ui/form';
import { inviteStaffAction } from '@/lib/admin/people/actions';
import { InvitationLink } from './invitation-link';

function RoleChoice() {
  const { error, kept } = useFieldAnswer('role');
  const chosen = kept === undefined ? 'therapist' : kept;
  return (
    <fieldset aria-describedby="invite-role-error" aria-invalid={error ? true : undefined}>
      <legend className="font-medium text-slate-900">Role</legend>
      <div className="mt-1 flex gap-4">
        {(['therapist', 'admin'] as const).map((role) => (
          <label key={role} className="inline-flex min-h-11 items-center gap-2">
            <input type="radio" name="role" value={role} defaultChecked={role === chosen} className="size-5" />
            {role === 'therapist' ? 'Therapist' : 'Admin'}
          </label>
        ))}
      </div>
      <p id="invite-role-error" aria-live="polite" className="mt-1 text-sm text-red-700">
        {error}
      </p>
    </fieldset>
  );
}

/** After an invitation React's reset empties the form (no kept values) for the next one; the link shows below. */
export function InviteStaffForm() {
  const form = useActionForm(inviteStaffAction);
  const { state } = form;
  return (
    <div>
      <ActionForm form={form} className="grid gap-4 md:grid-cols-[1fr_1fr_auto_auto] md:items-start" aria-label="Invite staff">
        <Field id="invite-name" name="name" label="Name" autoComplete="off" required />
        <Field id="invite-email" name="email" type="email" label="Email" autoComplete="off" required />
        <RoleChoice />
        <SubmitButton pendingLabel="Inviting…" className="md:mt-7">
          Send invitation
        </SubmitButton>
        <FormError className="md:col-span-4" />
      </ActionForm>
      {state.status === 'ok' && <InvitationLink key={state.data.url} invitation={state.data} />}
    </div>
  );
}

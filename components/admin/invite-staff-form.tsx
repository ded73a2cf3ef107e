'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { inviteStaffAction } from '@/lib/admin/people/actions';
import { InvitationLink } from './invitation-link';
import { useKeptForm } from './use-kept-form';

export function InviteStaffForm() {
  const { state, pending, formProps } = useKeptForm(inviteStaffAction);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  return (
    <div>
      {/* A new key after each invitation empties the form for the next one. */}
      <form key={state.status === 'ok' ? state.data.url : 'form'} {...formProps} className="grid gap-4 md:grid-cols-[1fr_1fr_auto_auto] md:items-start" noValidate>
        <Field id="invite-name" name="name" label="Name" autoComplete="off" required error={errors.name} />
        <Field id="invite-email" name="email" type="email" label="Email" autoComplete="off" required error={errors.email} />
        <fieldset aria-describedby="invite-role-error">
          <legend className="font-medium text-slate-900">Role</legend>
          <div className="mt-1 flex gap-4">
            {(['therapist', 'admin'] as const).map((role) => (
              <label key={role} className="inline-flex min-h-11 items-center gap-2">
                <input type="radio" name="role" value={role} defaultChecked={role === 'therapist'} className="size-5" />
                {role === 'therapist' ? 'Therapist' : 'Admin'}
              </label>
            ))}
          </div>
          <p id="invite-role-error" aria-live="polite" className="mt-1 text-sm text-red-700">
            {errors.role}
          </p>
        </fieldset>
        <Button type="submit" disabled={pending} className="md:mt-7">
          {pending ? 'Inviting…' : 'Send invitation'}
        </Button>
      </form>
      <div role="alert" className="mt-2 text-red-700">
        {state.status === 'error' && !errors.name && !errors.email && !errors.role ? state.formError : null}
      </div>
      {state.status === 'ok' && <InvitationLink key={state.data.url} invitation={state.data} />}
    </div>
  );
}

'use client';

import { Field } from '@/components/ui/field';
import { ActionForm, FormActions, SubmitButton, useActionForm } from '@/components/ui/form';
import { acceptInvitationAction } from '@/lib/invitations/actions';

/** Setting a first password: posts without JavaScript too; passwords are never sent back into the form. */
export function AcceptInvitationForm({ token }: { token: string }) {
  const form = useActionForm(acceptInvitationAction);
  return (
    <ActionForm form={form} className="mt-6 space-y-4" aria-label="Set your password">
      <input type="hidden" name="token" value={token} />
      <Field id="password" name="password" type="password" label="New password" hint="At least 8 characters; not a common password." autoComplete="new-password" required />
      <Field id="confirm" name="confirm" type="password" label="Repeat the password" autoComplete="new-password" required />
      <FormActions>
        <SubmitButton className="w-full">Set password</SubmitButton>
      </FormActions>
    </ActionForm>
  );
}

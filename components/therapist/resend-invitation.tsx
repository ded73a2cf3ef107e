'use client';

import { ActionForm, FormActions, SubmitButton, useActionForm } from '@/components/ui/form';
import { resendInvitation } from '@/lib/therapist/runner-actions';
import { InvitationLink } from './invitation-link';

export function ResendInvitation({ runnerId, linkExpired }: { runnerId: string; linkExpired: boolean }) {
  const form = useActionForm(resendInvitation);
  const { state } = form;
  return (
    <div className="rounded-md border border-amber-700 bg-amber-50 p-3">
      <p className="font-medium text-amber-900">
        This runner has not set a password yet{linkExpired ? '; their invitation link has expired.' : '.'}
      </p>
      {state.status === 'ok' ? (
        <div className="mt-2">
          <InvitationLink invitation={state.data} />
        </div>
      ) : (
        <ActionForm form={form} className="mt-2" aria-label="Send a new invitation">
          <input type="hidden" name="runnerId" value={runnerId} />
          <FormActions>
            <SubmitButton variant="secondary" pendingLabel="Sending…">
              Send a new invitation link
            </SubmitButton>
          </FormActions>
        </ActionForm>
      )}
    </div>
  );
}

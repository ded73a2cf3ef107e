'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ActionForm, FormError, SubmitButton, useActionForm } from '@/components/ui/form';
import { useHydrated } from '@/components/ui/use-hydrated';
import { deactivateUserAction, reactivateUserAction, reissueInvitationAction } from '@/lib/admin/people/actions';
import { InvitationLink } from './invitation-link';

interface Props {
  userId: string;
  name: string;
  active: boolean;
  invited: boolean;
  /** The signed-in admin's own row: no deactivate button. */
  self: boolean;
}

/** Deactivate (after a confirmation), reactivate, or issue a new invitation link for one account. */
export function AccountStatusControl({ userId, name, active, invited, self }: Props) {
  const hydrated = useHydrated();
  const [confirming, setConfirming] = useState(false);
  // Focus follows the swap between the button and its confirmation, so a keyboard user is not dropped to the page start.
  const [cancelled, setCancelled] = useState(false);
  const deactivate = useActionForm(deactivateUserAction);
  const reactivate = useActionForm(reactivateUserAction);
  const reissue = useActionForm(reissueInvitationAction);

  if (!active) {
    return (
      <ActionForm form={reactivate}>
        <input type="hidden" name="userId" value={userId} />
        <SubmitButton variant="secondary" pendingLabel="Reactivating…">
          Reactivate<span className="sr-only"> {name}</span>
        </SubmitButton>
        <FormError className="text-sm" />
      </ActionForm>
    );
  }
  const confirmation = (
    <ActionForm form={deactivate} className="space-y-2" aria-label={`Confirm deactivating ${name}`}>
      <input type="hidden" name="userId" value={userId} />
      <p className="text-sm">Deactivate {name}? They are signed out at once and cannot sign in.</p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="danger" pendingLabel="Deactivating…">
          Yes, deactivate
        </SubmitButton>
        {hydrated && (
          <Button
            variant="secondary"
            autoFocus
            onClick={() => {
              setConfirming(false);
              setCancelled(true);
            }}
          >
            Cancel
          </Button>
        )}
      </div>
      <FormError className="text-sm" />
    </ActionForm>
  );
  return (
    <div className="space-y-2">
      {self ? (
        <p className="text-sm text-slate-700">This is you</p>
      ) : !hydrated ? (
        // Without JavaScript the confirmation opens as a disclosure.
        <details>
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800">
            Deactivate<span className="sr-only"> {name}</span>
          </summary>
          {confirmation}
        </details>
      ) : confirming ? (
        confirmation
      ) : (
        <Button variant="secondary" autoFocus={cancelled} onClick={() => setConfirming(true)}>
          Deactivate<span className="sr-only"> {name}</span>
        </Button>
      )}
      {invited && (
        <ActionForm form={reissue}>
          <input type="hidden" name="userId" value={userId} />
          <SubmitButton variant="ghost" pendingLabel="Issuing…" className="underline">
            New invitation link<span className="sr-only"> for {name}</span>
          </SubmitButton>
          <FormError className="text-sm" />
          {reissue.state.status === 'ok' && <InvitationLink key={reissue.state.data.url} invitation={reissue.state.data} />}
        </ActionForm>
      )}
    </div>
  );
}

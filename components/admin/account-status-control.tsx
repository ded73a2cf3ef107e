'use client';

import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { IDLE, type ActionState } from '@/lib/actions/action-state';
import { deactivateUserAction, reactivateUserAction, reissueInvitationAction, type InvitationResult } from '@/lib/admin/people/actions';
import { InvitationLink } from './invitation-link';

interface Props {
  userId: string;
  name: string;
  active: boolean;
  invited: boolean;
  /** The signed-in admin's own row: no deactivate button. */
  self: boolean;
}

function FormMessage({ state }: { state: ActionState<unknown> }) {
  return (
    <p role="status" className="text-sm text-red-700">
      {state.status === 'error' ? state.formError : null}
    </p>
  );
}

/** Deactivate (after a confirmation), reactivate, or issue a new invitation link for one account. */
export function AccountStatusControl({ userId, name, active, invited, self }: Props) {
  const [confirming, setConfirming] = useState(false);
  // Focus follows the swap between the button and its confirmation, so a keyboard user is not dropped to the page start.
  const [cancelled, setCancelled] = useState(false);
  const [deactivateState, deactivate, deactivating] = useActionState(deactivateUserAction, IDLE);
  const [reactivateState, reactivate, reactivating] = useActionState(reactivateUserAction, IDLE);
  const [inviteState, reissue, reissuing] = useActionState<ActionState<InvitationResult>, FormData>(reissueInvitationAction, IDLE);

  if (!active) {
    return (
      <form action={reactivate}>
        <input type="hidden" name="userId" value={userId} />
        <Button type="submit" variant="secondary" disabled={reactivating}>
          Reactivate<span className="sr-only"> {name}</span>
        </Button>
        <FormMessage state={reactivateState} />
      </form>
    );
  }
  return (
    <div className="space-y-2">
      {self ? (
        <p className="text-sm text-slate-700">This is you</p>
      ) : confirming ? (
        <form action={deactivate} className="space-y-2" aria-label={`Confirm deactivating ${name}`}>
          <input type="hidden" name="userId" value={userId} />
          <p className="text-sm">Deactivate {name}? They are signed out at once and cannot sign in.</p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={deactivating}>
              {deactivating ? 'Deactivating…' : 'Yes, deactivate'}
            </Button>
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
          </div>
        </form>
      ) : (
        <Button variant="secondary" autoFocus={cancelled} onClick={() => setConfirming(true)}>
          Deactivate<span className="sr-only"> {name}</span>
        </Button>
      )}
      <FormMessage state={deactivateState} />
      {invited && (
        <form action={reissue}>
          <input type="hidden" name="userId" value={userId} />
          <Button type="submit" variant="ghost" disabled={reissuing} className="underline">
            New invitation link<span className="sr-only"> for {name}</span>
          </Button>
          <FormMessage state={inviteState} />
          {inviteState.status === 'ok' && <InvitationLink key={inviteState.data.url} invitation={inviteState.data} />}
        </form>
      )}
    </div>
  );
}

'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { InvitationResult } from '@/lib/admin/people/actions';

/** The one-time link, shown once: copied to pass on by hand when no email went out. */
export function InvitationLink({ invitation }: { invitation: InvitationResult }) {
  const [copied, setCopied] = useState(false);
  const inputId = `invitation-link-${invitation.email}`;
  async function copy() {
    await navigator.clipboard.writeText(invitation.url);
    setCopied(true);
  }
  return (
    <div className="mt-3 rounded-md border border-green-700 bg-green-50 p-3 text-green-950">
      <p>
        {invitation.emailed
          ? `An invitation was emailed to ${invitation.email}. The link below works once and is shown only now.`
          : `No email was sent (email is not set up). Give ${invitation.name} this link yourself: it works once and is shown only now.`}
      </p>
      <label htmlFor={inputId} className="mt-2 block font-medium">
        Invitation link for {invitation.name}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input id={inputId} readOnly value={invitation.url} className="min-h-11 min-w-0 flex-1 rounded-md border border-slate-500 bg-white px-3 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
        <Button variant="secondary" onClick={copy}>
          {copied ? 'Copied' : 'Copy link'}
        </Button>
      </div>
      <p className="sr-only" aria-live="polite">
        {copied ? 'The link is copied.' : ''}
      </p>
    </div>
  );
}

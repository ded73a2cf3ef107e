'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { InvitationResult } from '@/lib/therapist/runner-actions';
import { dateTime } from '@/lib/therapist/format';

/** The one-time link, shown once, with a copy button; and whether it also went out by email. */
export function InvitationLink({ invitation }: { invitation: InvitationResult }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(invitation.url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div className="space-y-2 rounded-md border border-green-700 bg-green-50 p-3">
      <p className="font-medium text-green-900">
        {invitation.emailed
          ? `The invitation was emailed to ${invitation.email}. You can also copy the link below.`
          : `Email is not set up, so nothing was sent: copy this link and send it to ${invitation.email} yourself.`}
      </p>
      <label htmlFor="invitation-url" className="block font-medium">
        One-time invitation link (works once, until {dateTime(invitation.expiresAt)})
      </label>
      <div className="flex flex-wrap gap-2">
        <input id="invitation-url" readOnly value={invitation.url} onFocus={(e) => e.currentTarget.select()} className="block min-h-11 min-w-0 flex-1 rounded-md border border-slate-500 bg-white px-3 py-2 font-mono text-sm" />
        <Button variant="secondary" onClick={copy}>
          Copy link
        </Button>
      </div>
      <p aria-live="polite" className="text-sm text-green-900">
        {copied ? 'Link copied.' : ''}
      </p>
      <p className="text-sm text-slate-800">The link is shown only now: it cannot be displayed again, but you can send a new one from the runner’s page.</p>
    </div>
  );
}

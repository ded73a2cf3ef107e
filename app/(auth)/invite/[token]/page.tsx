import type { Metadata } from 'next';
import Link from 'next/link';
import { AcceptInvitationForm } from '@/components/auth/accept-invitation-form';
import { invitationStatus } from '@/lib/invitations/lookup';

export const metadata: Metadata = { title: 'Set your password', referrer: 'no-referrer' };

const PROBLEM = {
  expired: { title: 'This invitation has expired', body: 'Invitation links work for 7 days. Ask your clinic to send you a new one.' },
  used: { title: 'This invitation has already been used', body: 'Your password is set. Sign in with it.' },
  unknown: { title: 'This invitation link is not valid', body: 'Check that you opened the whole link, or ask your clinic for a new one.' },
} as const;

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const status = await invitationStatus(token);
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Stride Back</p>
      {status.state === 'valid' ? (
        <>
          <h1 className="mt-1 text-3xl font-bold tracking-tight">Welcome, {status.name}</h1>
          <p className="mt-1 text-slate-700">
            {status.clinicName} invited you. Choose a password for <strong>{status.email}</strong>.
          </p>
          <AcceptInvitationForm token={token} />
        </>
      ) : (
        <>
          <h1 className="mt-1 text-3xl font-bold tracking-tight">{PROBLEM[status.state].title}</h1>
          <p className="mt-2 text-slate-700">{PROBLEM[status.state].body}</p>
          <Link href="/login" className="mt-6 font-medium text-brand-800 underline">
            Go to sign in
          </Link>
        </>
      )}
    </main>
  );
}

'use client';

import { signOut } from '@/lib/auth/client-sign-out';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

const WARN_BEFORE_MS = 60_000;
const EXPIRED_URL = '/login?expired=1';

/**
 * Warns a minute before the session ends for inactivity and offers to stay signed in. The server sends how long
 * the session has left (not a clock time), so a phone whose clock is wrong still warns at the right moment.
 */
export function IdleTimeoutWarning({ endsInMs }: { endsInMs: number }) {
  const router = useRouter();
  const endsAt = useRef(0);
  const [remaining, setRemaining] = useState<number | null>(null);
  const stayButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    endsAt.current = Date.now() + endsInMs;
    const timer = window.setInterval(() => {
      const left = endsAt.current - Date.now();
      if (left <= 0) {
        window.clearInterval(timer);
        void signOut(EXPIRED_URL);
        return;
      }
      setRemaining(left <= WARN_BEFORE_MS ? left : null);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [endsInMs]);

  const open = remaining !== null;
  useEffect(() => {
    if (open) stayButton.current?.focus();
  }, [open]);

  async function staySignedIn() {
    const response = await fetch('/api/session/keepalive', { method: 'POST' });
    if (!response.ok) {
      router.replace(EXPIRED_URL);
      return;
    }
    const body = (await response.json()) as { endsInMs: number };
    endsAt.current = Date.now() + body.endsInMs;
    setRemaining(null);
  }

  if (!open) return null;
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/50 p-4">
      <div role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body" className="w-full max-w-sm rounded-lg bg-white p-5 shadow-lg">
        <h2 id="idle-title" className="text-lg font-semibold">
          Are you still there?
        </h2>
        <p id="idle-body" className="mt-2">
          For your privacy you will be signed out in <span className="font-semibold">{Math.ceil(remaining / 1000)} seconds</span>.
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <Button ref={stayButton} onClick={staySignedIn}>
            Stay signed in
          </Button>
          <Button variant="secondary" onClick={() => signOut('/login')}>
            Sign out now
          </Button>
        </div>
      </div>
    </div>
  );
}

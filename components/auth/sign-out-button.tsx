'use client';

import { signOut } from '@/lib/auth/client-sign-out';
import { Button } from '@/components/ui/button';

export function SignOutButton() {
  return (
    <Button variant="secondary" onClick={() => signOut('/login')}>
      Sign out
    </Button>
  );
}

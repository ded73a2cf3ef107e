'use client';

import { signOut } from '@/lib/auth/client-sign-out';
import { Button } from '@/components/ui/button';

/**
 * A POST to next-auth's sign-out endpoint. With scripts it signs out at once (client-sign-out.ts fetches the CSRF
 * token first); without them the endpoint, missing that token, answers with its own confirmation page, whose
 * button signs out.
 */
export function SignOutButton() {
  return (
    <form
      method="post"
      action="/api/auth/signout"
      onSubmit={(event) => {
        event.preventDefault();
        void signOut('/login');
      }}
    >
      <input type="hidden" name="callbackUrl" value="/login" />
      <Button type="submit" variant="secondary">
        Sign out
      </Button>
    </form>
  );
}

import type { SessionClaims } from '@/lib/auth/session-cookie';

let claims: SessionClaims | null = null;

/** Makes the next server calls run as this session (what the verified cookie would carry), or signed out with null. */
export function signInAs(next: SessionClaims | null): void {
  claims = next;
}

export function signedInAs(): SessionClaims | null {
  return claims;
}

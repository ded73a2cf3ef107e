import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { env } from '@/lib/env';

export const SESSION_COOKIE_NAMES = ['__Secure-next-auth.session-token', 'next-auth.session-token'] as const;

export interface SessionClaims {
  sessionId: string;
  userId: string;
}

/** Reads and verifies the next-auth JWT cookie of this request; the claims are only ids. */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies();
  const token = SESSION_COOKIE_NAMES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!token) return null;
  try {
    const claims = await decode({ token, secret: env().NEXTAUTH_SECRET });
    if (typeof claims?.sid !== 'string' || typeof claims.uid !== 'string') return null;
    return { sessionId: claims.sid, userId: claims.uid };
  } catch {
    return null;
  }
}

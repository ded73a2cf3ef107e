import { encode } from 'next-auth/jwt';
import type { NextAuthOptions, User } from 'next-auth';

export interface SessionCookie {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: 'lax'; path: '/'; secure: boolean; expires: Date };
}

/**
 * The session cookie's name and attributes. authOptions() hands them to next-auth (`cookies.sessionToken`), and the
 * sign-in form's action sets the same cookie, so both ways of signing in produce one kind of cookie. Like next-auth,
 * it reads NEXTAUTH_URL as it is now (https → the `__Secure-` prefix and `Secure`), not a cached copy.
 */
export function sessionCookieDefinition() {
  const secure = process.env.NEXTAUTH_URL?.startsWith('https://') ?? false;
  return {
    name: `${secure ? '__Secure-' : ''}next-auth.session-token`,
    options: { httpOnly: true as const, sameSite: 'lax' as const, path: '/' as const, secure },
  };
}

/**
 * What next-auth's credentials callback does once `authorize` has returned a user: the `jwt` callback builds the
 * token, next-auth's `encode` signs it for the session's lifetime, and the cookie carries it until then.
 */
export async function sessionCookieFor(user: User, options: NextAuthOptions, now = new Date()): Promise<SessionCookie> {
  const maxAge = options.session?.maxAge ?? 30 * 24 * 3600;
  const jwtCallback = options.callbacks?.jwt;
  if (!jwtCallback || !options.secret) throw new Error('authOptions() must define the jwt callback and the secret');
  const token = await jwtCallback({ token: { sub: user.id }, user, account: null, trigger: 'signIn' });
  const value = await encode({ token, secret: options.secret, maxAge });
  const { name, options: attributes } = sessionCookieDefinition();
  return { name, value, options: { ...attributes, expires: new Date(now.getTime() + maxAge * 1000) } };
}

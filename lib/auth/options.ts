import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { recordAudit } from '@/lib/audit/record';
import { clientAddress, isPeerAddressAppended } from './client-address';
import { sameOriginPath } from './redirect-target';
import { sessionCookieDefinition } from './session-token';
import { revokeSession } from './sessions';
import { signInWithPassword, type SignInResult } from './sign-in';

/** The error next-auth's own route answers (`?error=RateLimited`) when the limits refuse an attempt. */
const RATE_LIMITED = 'RateLimited';

declare module 'next-auth' {
  interface User {
    sid?: string;
  }
}
declare module 'next-auth/jwt' {
  interface JWT {
    sid?: string;
    uid?: string;
  }
}

type HeaderValue = string | string[] | null | undefined;

/**
 * The one credentials check, whichever way the form reaches it (the sign-in page's server action, or next-auth's
 * own callback route): email and password through signInWithPassword (per-account and per-address limits, the
 * dummy hash for unknown emails, the audit row), with the client's address taken as TRUSTED_PROXY_HOPS says.
 */
export function authorizeCredentials(credentials: unknown, header: (name: string) => HeaderValue): Promise<SignInResult> {
  const text = (name: string) => {
    const value = header(name);
    return Array.isArray(value) ? value.join(', ') : (value ?? null);
  };
  const address = clientAddress(text('x-forwarded-for'), env().TRUSTED_PROXY_HOPS, isPeerAddressAppended());
  return signInWithPassword(credentials, { userAgent: text('user-agent'), address });
}

/** Built per request so that `next build` never needs the secret. */
export function authOptions(): NextAuthOptions {
  const { NEXTAUTH_SECRET, SESSION_MAX_HOURS } = env();
  return {
    secret: NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_HOURS * 3600 },
    pages: { signIn: '/login', error: '/login' },
    cookies: { sessionToken: sessionCookieDefinition() },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          const result = await authorizeCredentials(credentials, (name) => req.headers?.[name] as HeaderValue);
          if (result.ok) return { id: result.userId, sid: result.sessionId };
          if (result.reason === 'rate_limited') throw new Error(RATE_LIMITED);
          return null;
        },
      }),
    ],
    callbacks: {
      // A callbackUrl is followed only to a path on this site (see lib/auth/redirect-target.ts).
      redirect({ url, baseUrl }) {
        return new URL(sameOriginPath(url, baseUrl), baseUrl).href;
      },
      // The cookie carries only ids; role, clinic and liveness are read from the database on every request.
      jwt({ token, user }) {
        if (user) return { sub: user.id, uid: user.id, sid: user.sid };
        return token;
      },
      session({ session }) {
        return { expires: session.expires };
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) {
          await revokeSession(token.sid);
          await recordAudit({ action: 'auth.sign_out', outcome: 'ok', actorId: token.uid ?? null, targetType: 'session', targetId: token.sid });
        }
      },
    },
  };
}

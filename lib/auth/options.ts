import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { recordAudit } from '@/lib/audit/record';
import { revokeSession } from './sessions';
import { signInWithPassword } from './sign-in';

export const RATE_LIMITED = 'RateLimited';

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

/** Built per request so that `next build` never needs the secret. */
export function authOptions(): NextAuthOptions {
  const { NEXTAUTH_SECRET, SESSION_MAX_HOURS } = env();
  return {
    secret: NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_HOURS * 3600 },
    pages: { signIn: '/login', error: '/login' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          const header = (name: string) => (typeof req.headers?.[name] === 'string' ? (req.headers[name] as string) : null);
          // The last x-forwarded-for entry is the address the nearest proxy (or Next itself) saw.
          const address = header('x-forwarded-for')?.split(',').at(-1)?.trim() || null;
          const result = await signInWithPassword(credentials, { userAgent: header('user-agent'), address });
          if (result.ok) return { id: result.userId, sid: result.sessionId };
          // next-auth hands this message to the sign-in form, which shows the rate-limit text for it.
          if (result.reason === 'rate_limited') throw new Error(RATE_LIMITED);
          return null;
        },
      }),
    ],
    callbacks: {
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

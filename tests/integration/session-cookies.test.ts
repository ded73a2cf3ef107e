import { createRequire } from 'node:module';
import path from 'node:path';
import type { NextAuthOptions } from 'next-auth';
import { afterEach, describe, expect, it } from 'vitest';
import { authOptions } from '@/lib/auth/options';
import { createClinicWithPeople, TEST_PASSWORD } from '../support/factories';

interface InternalCookie {
  name: string;
  value: string;
  options: { httpOnly?: boolean; sameSite?: string; secure?: boolean; path?: string };
}
interface InternalResponse {
  status?: number;
  body?: unknown;
  cookies?: InternalCookie[];
}

// next-auth's core handler (what its route handler runs), loaded by file: the package does not export this path.
const { AuthHandler } = createRequire(import.meta.url)(path.join(process.cwd(), 'node_modules/next-auth/core/index.js')) as {
  AuthHandler: (params: { req: Request; options: NextAuthOptions }) => Promise<InternalResponse>;
};

const originalUrl = process.env.NEXTAUTH_URL;
afterEach(() => {
  process.env.NEXTAUTH_URL = originalUrl;
});

/** Signs in as the app's sign-in form does (a CSRF token, then the credentials callback); returns the cookies set. */
async function signIn(baseUrl: string, email: string): Promise<InternalCookie[]> {
  process.env.NEXTAUTH_URL = baseUrl;
  const csrf = await AuthHandler({ req: new Request(`${baseUrl}/api/auth/csrf`), options: authOptions() });
  const csrfCookie = csrf.cookies!.find((cookie) => cookie.name.endsWith('next-auth.csrf-token'))!;
  const response = await AuthHandler({
    req: new Request(`${baseUrl}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `${csrfCookie.name}=${csrfCookie.value}` },
      body: JSON.stringify({ csrfToken: (csrf.body as { csrfToken: string }).csrfToken, email, password: TEST_PASSWORD, json: 'true' }),
    }),
    options: authOptions(),
  });
  return response.cookies ?? [];
}

describe('the session cookie', () => {
  it('is Secure (with the __Secure- prefix), HttpOnly, SameSite=Lax and ends with the absolute lifetime when the app is served over https', async () => {
    const { therapist } = await createClinicWithPeople();
    const before = Date.now();
    const cookies = await signIn('https://stride.example', therapist.email);
    const session = cookies.find((cookie) => cookie.name.endsWith('next-auth.session-token'));
    expect(session?.name).toBe('__Secure-next-auth.session-token');
    expect(session?.options).toMatchObject({ secure: true, httpOnly: true, sameSite: 'lax', path: '/' });
    const expires = new Date((session?.options as { expires?: string }).expires ?? 0).getTime();
    expect(expires - before).toBeGreaterThan(11.9 * 3_600_000);
    expect(expires - before).toBeLessThanOrEqual(12 * 3_600_000 + 60_000);
    expect(cookies.every((cookie) => cookie.options.secure)).toBe(true);
  });

  it('is not marked Secure on plain http (local use), and is still HttpOnly and SameSite=Lax', async () => {
    const { therapist } = await createClinicWithPeople();
    const session = (await signIn('http://localhost:3000', therapist.email)).find((cookie) => cookie.name.endsWith('next-auth.session-token'));
    expect(session?.name).toBe('next-auth.session-token');
    expect(session?.options).toMatchObject({ secure: false, httpOnly: true, sameSite: 'lax' });
  });
});

/** Minimal HTTP helpers for driving a running app: sign in through next-auth and keep the cookies. */

export type Cookies = Map<string, string>;

export function cookieHeader(cookies: Cookies): string {
  return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

function absorbCookies(response: Response, cookies: Cookies): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const index = pair!.indexOf('=');
    cookies.set(pair!.slice(0, index).trim(), pair!.slice(index + 1).trim());
  }
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<Cookies> {
  const cookies: Cookies = new Map();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  absorbCookies(csrf, cookies);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookieHeader(cookies) },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  absorbCookies(response, cookies);
  if (![...cookies.keys()].some((name) => name.endsWith('next-auth.session-token'))) {
    throw new Error(`Could not sign in as ${email} (status ${response.status})`);
  }
  return cookies;
}

export async function waitForServer(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Server at ${url} did not start`);
}

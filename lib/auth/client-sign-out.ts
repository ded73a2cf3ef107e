/**
 * Signs out in the browser exactly as next-auth's client does — fetch a CSRF token, POST it to /api/auth/signout
 * (which revokes the session row and clears the cookie), then go where next-auth answers — without loading
 * next-auth/react, which would add about 10 kB of compressed JavaScript to every signed-in page.
 */
export async function signOut(callbackUrl: string): Promise<void> {
  const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await fetch('/api/auth/signout', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: 'true' }),
  });
  const { url } = (await response.json()) as { url?: string };
  window.location.href = url ?? callbackUrl;
}

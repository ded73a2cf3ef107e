import { expect, test } from '@playwright/test';
import { signInAndWait } from './support';

test('a minute before the idle timeout the user is warned and can stay signed in; ignoring it signs them out', async ({ page }) => {
  await page.clock.install();
  await signInAndWait(page, 'admin@hillside.test', /\/admin$/);
  const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await expect(dialog).toBeHidden();

  await page.clock.fastForward('29:05');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Stay signed in' })).toBeFocused();
  const keepalive = page.waitForResponse((r) => r.url().endsWith('/api/session/keepalive') && r.status() === 200);
  await dialog.getByRole('button', { name: 'Stay signed in' }).click();
  await keepalive;
  await expect(dialog).toBeHidden();

  await page.clock.fastForward('31:00');
  await expect(page).toHaveURL(/\/login\?expired=1/);
  await expect(page.getByRole('status')).toContainText('signed out after a period of inactivity');
});

test('the session cookie is HttpOnly and SameSite=Lax, and each sign-in gets a new one', async ({ page, browser }) => {
  await signInAndWait(page, 'therapist@hillside.test', /\/therapist$/);
  const first = (await page.context().cookies()).find((c) => c.name.endsWith('next-auth.session-token'));
  expect(first?.httpOnly).toBe(true);
  expect(first?.sameSite).toBe('Lax');

  const other = await browser.newPage();
  await signInAndWait(other, 'therapist@hillside.test', /\/therapist$/);
  const second = (await other.context().cookies()).find((c) => c.name.endsWith('next-auth.session-token'));
  expect(second?.value).not.toBe(first?.value);
  await other.close();
});

test('pages carry the security headers', async ({ request }) => {
  const response = await request.get('/login');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-powered-by']).toBeUndefined();
});

test('HSTS is sent on https (as a TLS-terminating proxy reports it) and not on plain http', async ({ request }) => {
  const overHttps = await request.get('/login', { headers: { 'x-forwarded-proto': 'https' } });
  expect(overHttps.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  const overHttp = await request.get('/login');
  expect(overHttp.headers()['strict-transport-security']).toBeUndefined();
});

test('a server action posted from another origin, or from an opaque one, is refused', async ({ request }) => {
  for (const origin of ['https://evil.example', 'null']) {
    const response = await request.post('/runner', {
      headers: { 'Next-Action': '0123456789abcdef0123456789abcdef01234567', Origin: origin, 'Content-Type': 'text/plain' },
      data: '[]',
    });
    expect(response.status()).toBe(403);
  }
});

test('a request body over 1 MB is refused', async ({ request, baseURL }) => {
  const response = await request.post('/runner', {
    headers: { 'Next-Action': '0123456789abcdef0123456789abcdef01234567', Origin: baseURL!, 'Content-Type': 'text/plain' },
    data: 'x'.repeat(1024 * 1024 + 10),
  });
  expect(response.status()).toBe(413);
});

import http from 'node:http';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { actionId, postAction } from './server-action';
import { DEMO_PASSWORD, signIn } from './support';

// Issue 12's security findings, each probed over real HTTP against the production build served by scripts/serve.mjs.

const MB = 1024 * 1024;

/** A page with JavaScript off, as on a phone whose scripts have not loaded yet. */
async function noScriptPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return context.newPage();
}

/** Every URL the page asked for, to prove that no form field ever lands in one. */
function recordRequests(page: Page): { method: string; url: string }[] {
  const requests: { method: string; url: string }[] = [];
  page.on('request', (request) => requests.push({ method: request.method(), url: request.url() }));
  return requests;
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A POST over a raw socket: chunked (no Content-Length) when the body is given in pieces, and optionally from a
 * chosen loopback address, which is what the server sees as the client's socket address.
 */
function rawPost(
  baseURL: string,
  path: string,
  options: { headers: Record<string, string>; pieces: Buffer[]; localAddress?: string; origin?: string | null },
): Promise<RawResponse> {
  const url = new URL(path, baseURL);
  const origin = options.origin === undefined ? url.origin : options.origin;
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: url.port,
        path: url.pathname + url.search,
        method: 'POST',
        localAddress: options.localAddress,
        headers: { Host: url.host, ...(origin === null ? {} : { Origin: origin }), ...options.headers },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on('error', reject);
    for (const piece of options.pieces) request.write(piece);
    request.end();
  });
}

function multipart(fields: [string, string][], padding = 0): { pieces: Buffer[]; contentType: string } {
  const boundary = `----stride${Date.now()}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  if (padding > 0) parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="padding"\r\n\r\n${'x'.repeat(padding)}\r\n`);
  parts.push(`--${boundary}--\r\n`);
  const whole = Buffer.from(parts.join(''));
  const pieces: Buffer[] = [];
  for (let offset = 0; offset < whole.length; offset += 64 * 1024) pieces.push(whole.subarray(offset, offset + 64 * 1024));
  return { pieces, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The hidden fields React renders into the sign-in form for posting without JavaScript. */
async function signInFormFields(baseURL: string, from = '/'): Promise<[string, string][]> {
  const html = await (await fetch(`${baseURL}/login?from=${encodeURIComponent(from)}`)).text();
  const unescape = (value: string) => value.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
  return [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)].map(([, name, value]) => [name!, unescape(value ?? '')]);
}

const sessionCookieIn = (headers: http.IncomingHttpHeaders) => (headers['set-cookie'] ?? []).some((cookie) => cookie.includes('next-auth.session-token='));

test.describe('sign-in posts, never GET (finding 1)', () => {
  test('with JavaScript disabled the form posts, signs in and lands on the page asked for, with no field in any URL', async ({ browser, baseURL }) => {
    const page = await noScriptPage(browser);
    const requests = recordRequests(page);
    await page.goto('/login?from=/runner/progress');
    await expect(page.locator('form:has(#email)')).toHaveAttribute('method', /post/i);
    await page.getByLabel('Email').fill('runner@stride.test');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(`${baseURL}/runner/progress`);
    expect((await page.context().cookies()).some((cookie) => cookie.name.endsWith('next-auth.session-token'))).toBe(true);
    expect(requests.some(({ method, url }) => method === 'POST' && url.startsWith(`${baseURL}/login`))).toBe(true);
    for (const { url } of requests) expect(url).not.toMatch(/password|stride-demo|email=|runner%40stride/);
    await page.context().close();
  });

  test('with JavaScript disabled a failed sign-in answers the form with the message and the email kept', async ({ browser }) => {
    const page = await noScriptPage(browser);
    const requests = recordRequests(page);
    await page.goto('/login');
    await page.getByLabel('Email').fill('nobody-without-scripts@stride.test');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('That email and password do not match an active account.');
    await expect(page.getByLabel('Email')).toHaveValue('nobody-without-scripts@stride.test');
    await expect(page.getByLabel('Password')).toHaveValue('');
    expect(new URL(page.url()).search).toBe('');
    for (const { url } of requests) expect(url).not.toMatch(/password|email=/);
    await page.context().close();
  });

  test('with scripts, the form posts to its action and keeps every field out of the URL too', async ({ page, baseURL }) => {
    const requests = recordRequests(page);
    await signIn(page, 'therapist@stride.test');
    await expect(page).toHaveURL(`${baseURL}/therapist`);
    expect(requests.some(({ method, url }) => method === 'POST' && url.startsWith(`${baseURL}/login`))).toBe(true);
    for (const { url } of requests) expect(url).not.toMatch(/password|stride-demo|email=/);
  });
});

test.describe('redirects after sign-in stay on the site (finding 2)', () => {
  for (const payload of ['/%5Cevil.example', '/%09/evil.example']) {
    for (const javaScriptEnabled of [false, true]) {
      test(`from=${payload} ${javaScriptEnabled ? 'with' : 'without'} JavaScript lands on this site`, async ({ browser, baseURL }) => {
        const context = await browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        const offSite: string[] = [];
        page.on('request', (request) => {
          if (new URL(request.url()).origin !== baseURL) offSite.push(request.url());
        });
        await page.goto(`/login?from=${payload}`);
        await page.getByLabel('Email').fill('admin@stride.test');
        await page.getByLabel('Password').fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await expect(page).toHaveURL(`${baseURL}/admin`);
        expect(offSite).toEqual([]);
        await context.close();
      });
    }
  }
});

test.describe('bodies are limited by the bytes that arrive (finding 3)', () => {
  test('a 2 MB chunked body is refused with 413 at sign-in, by next-auth’s route and by the form’s action, and opens no session', async ({ baseURL }) => {
    // next-auth's credentials route, with a valid CSRF token and the right password, padded past 1 MB.
    const csrf = await fetch(`${baseURL}/api/auth/csrf`);
    const cookie = csrf.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const form = new URLSearchParams({ csrfToken, email: 'runner@stride.test', password: DEMO_PASSWORD, json: 'true', padding: 'x'.repeat(2 * MB) }).toString();
    const pieces = Array.from({ length: Math.ceil(form.length / (64 * 1024)) }, (_, i) => Buffer.from(form.slice(i * 64 * 1024, (i + 1) * 64 * 1024)));
    const viaNextAuth = await rawPost(baseURL!, '/api/auth/callback/credentials', { headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie }, pieces });
    expect(viaNextAuth.status).toBe(413);
    expect(sessionCookieIn(viaNextAuth.headers)).toBe(false);

    const { pieces: formPieces, contentType } = multipart([...(await signInFormFields(baseURL!)), ['email', 'runner@stride.test'], ['password', DEMO_PASSWORD]], 2 * MB);
    const viaAction = await rawPost(baseURL!, '/login', { headers: { 'Content-Type': contentType }, pieces: formPieces });
    expect(viaAction.status).toBe(413);
    expect(sessionCookieIn(viaAction.headers)).toBe(false);
  });

  test('a 2 MB chunked body to a server action called by script is refused with 413, not a 500', async ({ baseURL }) => {
    const id = actionId('lib/runner/actions.ts', 'logRunAction');
    const body = Buffer.from(JSON.stringify([{ status: 'idle' }, 'x'.repeat(2 * MB)]));
    const pieces = Array.from({ length: Math.ceil(body.length / (64 * 1024)) }, (_, i) => body.subarray(i * 64 * 1024, (i + 1) * 64 * 1024));
    const response = await rawPost(baseURL!, '/runner/log', { headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'Next-Action': id }, pieces });
    expect(response.status).toBe(413);
  });
});

test.describe('malformed and cross-origin action posts answer 4xx, never 500 (finding 4)', () => {
  test('a bare $ACTION_ID post (no JavaScript, no useActionState fields) answers 404 and signs nobody in', async ({ baseURL }) => {
    for (const [page, file, name] of [
      ['/login', 'lib/auth/sign-in-action.ts', 'signInAction'],
      ['/runner/log', 'lib/runner/actions.ts', 'logRunAction'],
      ['/invite/some-token-that-does-not-exist-000000', 'lib/invitations/actions.ts', 'acceptInvitationAction'],
    ] as const) {
      const { pieces, contentType } = multipart([[`$ACTION_ID_${actionId(file, name)}`, ''], ['email', 'runner@stride.test'], ['password', DEMO_PASSWORD]]);
      const response = await rawPost(baseURL!, page, { headers: { 'Content-Type': contentType, 'Content-Length': String(Buffer.concat(pieces).length) }, pieces });
      expect(response.status, name).toBe(404);
      expect(sessionCookieIn(response.headers)).toBe(false);
    }
  });

  test('a no-JavaScript post from another origin, an opaque one or none answers 403', async ({ baseURL }) => {
    const fields: [string, string][] = [...(await signInFormFields(baseURL!)), ['email', 'runner@stride.test'], ['password', DEMO_PASSWORD]];
    for (const origin of ['https://evil.example', 'null', null]) {
      const { pieces, contentType } = multipart(fields);
      const response = await rawPost(baseURL!, '/login', { headers: { 'Content-Type': contentType, 'Content-Length': String(Buffer.concat(pieces).length) }, pieces, origin });
      expect(response.status, String(origin)).toBe(403);
      expect(sessionCookieIn(response.headers)).toBe(false);
    }
  });

  test('action posts Next cannot decode answer 400: a broken body, a missing part, a root that is not an argument list', async ({ request, baseURL }) => {
    const id = actionId('lib/auth/sign-in-action.ts', 'signInAction');
    const fetchAction = (data: string, contentType = 'text/plain;charset=UTF-8') =>
      request.post('/login', { headers: { 'Next-Action': id, Origin: baseURL!, 'Content-Type': contentType }, data, maxRedirects: 0 });
    for (const data of ['zzz{', '"x"', '["$1"]', '["$Q1"]', JSON.stringify(Array(1001).fill(0))]) {
      expect((await fetchAction(data)).status(), data.slice(0, 20)).toBe(400);
    }
    expect((await fetchAction('not multipart', 'multipart/form-data; boundary=x')).status()).toBe(400);
    const fields = (await signInFormFields(baseURL!)).filter(([name]) => name !== '$ACTION_1:1');
    const missingPart = await request.post('/login', { headers: { Origin: baseURL! }, multipart: Object.fromEntries(fields), maxRedirects: 0 });
    expect(missingPart.status()).toBe(400);
    // The same action called properly still answers the form.
    const proper = await postAction(request, { page: '/login', id, origin: baseURL!, fields: { email: 'nobody@stride.test', password: 'x' } });
    expect(proper.status()).toBe(200);
    expect(await proper.text()).toContain('do not match an active account');
  });
});

test.describe('the per-address sign-in limit trusts no forwarded header by default (finding 5)', () => {
  test('with TRUSTED_PROXY_HOPS=0, rotating X-Forwarded-For does not escape the limit of the connection’s own address', async ({ baseURL }) => {
    test.setTimeout(90_000);
    // A loopback address of its own, so this test's failures do not throttle the other tests' sign-ins.
    const octet = () => 2 + Math.floor(Math.random() * 250);
    const attacker = `127.${octet()}.${octet()}.${octet()}`;
    const bystander = `127.${octet()}.${octet()}.1`;
    const fields = await signInFormFields(baseURL!);
    const attempt = async (email: string, password: string, forwardedFor: string, localAddress: string) => {
      const { pieces, contentType } = multipart([...fields, ['email', email], ['password', password]]);
      return rawPost(baseURL!, '/login', {
        headers: { 'Content-Type': contentType, 'Content-Length': String(Buffer.concat(pieces).length), 'X-Forwarded-For': forwardedFor },
        pieces,
        localAddress,
      });
    };
    // 30 failures (the per-address limit), each claiming another address and naming another account.
    for (let i = 0; i < 30; i++) {
      const failed = await attempt(`spray-${i}-${attacker}@stride.test`, 'wrong-password', `198.51.100.${i + 1}`, attacker);
      expect(failed.status).toBe(200);
      expect(failed.body).toContain('do not match an active account');
    }
    const refused = await attempt('grace@stride.test', DEMO_PASSWORD, '203.0.113.250', attacker);
    expect(refused.body).toContain('Too many attempts');
    expect(sessionCookieIn(refused.headers)).toBe(false);

    // Someone else, even one who writes the throttled address into the header, is judged by their own connection.
    const other = await attempt('grace@stride.test', DEMO_PASSWORD, attacker, bystander);
    expect(other.status).toBe(303);
    expect(sessionCookieIn(other.headers)).toBe(true);
  });
});

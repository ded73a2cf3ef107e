import { eq } from 'drizzle-orm';
import { decode } from 'next-auth/jwt';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLog, sessions } from '@/db/schema';
import { authOptions } from '@/lib/auth/options';
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT } from '@/lib/auth/rate-limit';
import { signInAction } from '@/lib/auth/sign-in-action';
import { IDLE } from '@/lib/actions/action-state';
import { loadSessionUser } from '@/lib/auth/sessions';
import { PEER_APPENDED_FLAG } from '@/lib/auth/client-address';
import { env } from '@/lib/env';
import { ACTIONS } from '../permission-matrix';
import { createClinicWithPeople, TEST_PASSWORD } from '../support/factories';
import { takeSetCookies, setRequestHeaders } from '../support/request';
import { actionOf, lastAuditId, auditSince, snapshot, toFormData } from './security-support';

const SIGN_IN_FAILED = 'That email and password do not match an active account.';

/** Runs the action as React does for the form; a redirect comes back as its message. */
async function submit(fields: Record<string, string>): Promise<unknown> {
  try {
    return await signInAction(IDLE, toFormData(fields));
  } catch (error) {
    const message = (error as Error).message;
    if (message.startsWith('NEXT_REDIRECT ') || message === 'NEXT_NOT_FOUND') return message;
    throw error;
  }
}

afterEach(() => {
  setRequestHeaders();
  takeSetCookies();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for(PEER_APPENDED_FLAG)];
});

describe('the sign-in form’s server action (what a post without JavaScript reaches)', () => {
  it('signs in on the server: a session row, the audit row, next-auth’s session cookie, then the page the visitor came from', async () => {
    const { therapist } = await createClinicWithPeople();
    expect(await submit({ email: therapist.email.toUpperCase(), password: TEST_PASSWORD, from: '/therapist/alerts' })).toBe('NEXT_REDIRECT /therapist/alerts');

    const [cookie, ...others] = takeSetCookies();
    expect(others).toEqual([]);
    expect(cookie).toMatchObject({ name: 'next-auth.session-token', options: { httpOnly: true, sameSite: 'lax', path: '/', secure: false } });
    const expires = (cookie!.options.expires as Date).getTime() - Date.now();
    expect(expires).toBeGreaterThan((env().SESSION_MAX_HOURS - 0.1) * 3_600_000);
    // The cookie is the one next-auth would have set: its own decoder reads it, and it names a live session.
    const claims = await decode({ token: cookie!.value, secret: authOptions().secret! });
    expect(claims).toMatchObject({ sub: therapist.id, uid: therapist.id });
    expect((await loadSessionUser(String(claims!.sid), therapist.id))?.id).toBe(therapist.id);
    const [row] = await getDb().select().from(sessions).where(eq(sessions.id, String(claims!.sid)));
    expect(row?.revokedAt).toBeNull();
    const audits = await getDb().select().from(auditLog).where(eq(auditLog.targetId, String(claims!.sid)));
    expect(audits.map((audit) => [audit.action, audit.outcome, audit.actorId])).toEqual([['auth.sign_in', 'ok', therapist.id]]);
  });

  it('answers a wrong password and an unknown email alike, keeps the email (never the password), and sets no cookie', async () => {
    const { runner } = await createClinicWithPeople();
    const wrongPassword = await submit({ email: runner.email, password: 'not-the-password', from: '/runner' });
    const unknownEmail = await submit({ email: 'nobody-here@example.test', password: TEST_PASSWORD, from: '/runner' });
    expect(wrongPassword).toEqual({ status: 'error', formError: SIGN_IN_FAILED, values: { email: runner.email, from: '/runner' } });
    expect(unknownEmail).toEqual({ status: 'error', formError: SIGN_IN_FAILED, values: { email: 'nobody-here@example.test', from: '/runner' } });
    expect(takeSetCookies()).toEqual([]);
  });

  it('answers a malformed email or a missing password beside the field, with the email kept', async () => {
    expect(await submit({ email: 'not-an-email', password: '' })).toMatchObject({
      status: 'error',
      values: { email: 'not-an-email' },
      fieldErrors: { email: expect.stringContaining('Enter your email address'), password: 'Enter your password.' },
    });
    expect(await submit({ email: 'a@example.test', password: 'x', role: 'admin' })).toMatchObject({ status: 'error', formError: expect.stringContaining('role') });
  });

  it('goes through the same limits as every sign-in: an account is refused after repeated failures', async () => {
    const { therapist } = await createClinicWithPeople();
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) await submit({ email: therapist.email, password: `wrong-${i}` });
    expect(await submit({ email: therapist.email, password: TEST_PASSWORD })).toEqual({
      status: 'error',
      values: { email: therapist.email },
      formError: 'Too many attempts. Wait 15 minutes and try again.',
    });
    expect(takeSetCookies()).toEqual([]);
  });
});

describe('redirects after sign-in stay on the site', () => {
  // `from=/%09/evil.example` arrives decoded: a tab, which browsers drop from URLs.
  for (const from of ['/\\evil.example', '/\t/evil.example', '//evil.example', '/.//evil.example', 'https://evil.example/runner']) {
    it(`follows ${JSON.stringify(from)} to the home page, not another site`, async () => {
      const { runner } = await createClinicWithPeople();
      expect(await submit({ email: runner.email, password: TEST_PASSWORD, from })).toBe('NEXT_REDIRECT /');
    });
  }

  it('next-auth’s own callbackUrl goes through the same check', async () => {
    const redirect = authOptions().callbacks!.redirect!;
    const baseUrl = 'http://localhost:3100';
    expect(await redirect({ url: '/\\evil.example', baseUrl })).toBe('http://localhost:3100/');
    expect(await redirect({ url: 'https://evil.example/', baseUrl })).toBe('http://localhost:3100/');
    expect(await redirect({ url: '/runner/progress', baseUrl })).toBe('http://localhost:3100/runner/progress');
  });
});

describe('a post that does not come from one of our forms', () => {
  const callBare = async (action: (...args: unknown[]) => Promise<unknown>, ...args: unknown[]) => {
    try {
      return await action(...args);
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('answers 404 from every server action when called without (previous state, form data), as a bare $ACTION_ID post calls it, and writes nothing', async () => {
    const { runner } = await createClinicWithPeople();
    const before = await snapshot();
    const since = await lastAuditId();
    for (const rule of ACTIONS) {
      const action = actionOf(rule.file, rule.name) as unknown as (...args: unknown[]) => Promise<unknown>;
      const form = toFormData({ email: runner.email, password: TEST_PASSWORD });
      expect(await callBare(action, form), rule.name).toBe('NEXT_NOT_FOUND');
      expect(await callBare(action), rule.name).toBe('NEXT_NOT_FOUND');
      expect(await callBare(action, { status: 'idle' }, 'a string'), rule.name).toBe('NEXT_NOT_FOUND');
    }
    expect(await snapshot()).toEqual(before);
    expect(await auditSince(since)).toEqual([]);
    expect(takeSetCookies()).toEqual([]);
  });
});

describe('the per-address limit and X-Forwarded-For (TRUSTED_PROXY_HOPS=0, served by scripts/serve.mjs)', () => {
  it('counts failures against the socket address however the client rotates the header', async () => {
    expect(env().TRUSTED_PROXY_HOPS).toBe(0);
    (globalThis as Record<symbol, unknown>)[Symbol.for(PEER_APPENDED_FLAG)] = true;
    const { runner } = await createClinicWithPeople();
    const socket = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i++) {
      // What the client wrote, then what scripts/serve.mjs appended: the address the connection came from.
      setRequestHeaders({ 'x-forwarded-for': `203.0.113.${i}, ${socket}` });
      await submit({ email: `spray-${i}-${socket}@example.test`, password: 'x' });
    }
    setRequestHeaders({ 'x-forwarded-for': `192.0.2.77, ${socket}` });
    expect(await submit({ email: runner.email, password: TEST_PASSWORD })).toMatchObject({ formError: 'Too many attempts. Wait 15 minutes and try again.' });
    // Another client is judged by its own connection, whatever address it writes into the header.
    setRequestHeaders({ 'x-forwarded-for': `${socket}, 192.0.2.78` });
    expect(await submit({ email: runner.email, password: TEST_PASSWORD })).toBe('NEXT_REDIRECT /');
  });
});

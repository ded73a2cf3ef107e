import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLog, sessions, users } from '@/db/schema';
import { getCurrentUser, requireRole } from '@/lib/auth';
import { loadSessionUser, revokeSession } from '@/lib/auth/sessions';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { createClinicWithPeople, loginAs, TEST_PASSWORD } from '../support/factories';
import { signInAs } from '../support/session';

const context = { userAgent: 'vitest', address: null };

describe('sign-in', () => {
  it('opens a session row for the right password and records the sign-in', async () => {
    const { therapist } = await createClinicWithPeople();
    const signedIn = await signInWithPassword({ email: therapist.email.toUpperCase(), password: TEST_PASSWORD }, context);
    if (!signedIn.ok) throw new Error('expected a session');
    expect(signedIn.userId).toBe(therapist.id);
    const [row] = await getDb().select().from(sessions).where(eq(sessions.id, signedIn.sessionId));
    expect(row?.revokedAt).toBeNull();
    const audits = await getDb().select().from(auditLog).where(eq(auditLog.actorId, therapist.id));
    expect(audits.map((a) => [a.action, a.outcome])).toContainEqual(['auth.sign_in', 'ok']);
  });

  it('answers a wrong password exactly as an unknown email', async () => {
    const { therapist } = await createClinicWithPeople();
    const wrongPassword = await signInWithPassword({ email: therapist.email, password: 'not-the-password' }, context);
    const unknownEmail = await signInWithPassword({ email: 'nobody@example.test', password: TEST_PASSWORD }, context);
    expect(wrongPassword).toEqual({ ok: false, reason: 'invalid' });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it('refuses a deactivated account even with the right password', async () => {
    const { therapist } = await createClinicWithPeople();
    await getDb().update(users).set({ active: false }).where(eq(users.id, therapist.id));
    expect(await signInWithPassword({ email: therapist.email, password: TEST_PASSWORD }, context)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('gives a new session id at every sign-in', async () => {
    const { runner } = await createClinicWithPeople();
    const first = await signInWithPassword({ email: runner.email, password: TEST_PASSWORD }, context);
    const second = await signInWithPassword({ email: runner.email, password: TEST_PASSWORD }, context);
    if (!first.ok || !second.ok) throw new Error('expected two sessions');
    expect(second.sessionId).not.toBe(first.sessionId);
  });
});

describe('sessions are checked in the database on every request', () => {
  it('accepts a live session and refuses it once revoked (sign out)', async () => {
    const { runner } = await createClinicWithPeople();
    const sessionId = await loginAs(runner);
    expect((await loadSessionUser(sessionId, runner.id))?.role).toBe('runner');
    await revokeSession(sessionId);
    expect(await loadSessionUser(sessionId, runner.id)).toBeNull();
  });

  it('refuses the session of a user deactivated after signing in', async () => {
    const { therapist } = await createClinicWithPeople();
    const sessionId = await loginAs(therapist);
    await getDb().update(users).set({ active: false }).where(eq(users.id, therapist.id));
    expect(await loadSessionUser(sessionId, therapist.id)).toBeNull();
  });

  it('ends a session idle past the limit and one past its absolute lifetime', async () => {
    const { runner } = await createClinicWithPeople();
    const idle = await loginAs(runner);
    expect(await loadSessionUser(idle, runner.id, new Date(Date.now() + 31 * 60_000))).toBeNull();
    const old = await loginAs(runner);
    await getDb().update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.id, old));
    expect(await loadSessionUser(old, runner.id)).toBeNull();
  });

  it("refuses a session id presented with another user's id", async () => {
    const { runner, otherRunner } = await createClinicWithPeople();
    const sessionId = await loginAs(runner);
    expect(await loadSessionUser(sessionId, otherRunner.id)).toBeNull();
  });

  it('reflects a role change on the next request', async () => {
    const { therapist } = await createClinicWithPeople();
    await loginAs(therapist);
    await getDb().update(users).set({ role: 'admin' }).where(eq(users.id, therapist.id));
    expect((await getCurrentUser())?.role).toBe('admin');
  });
});

describe('role areas', () => {
  it('answers 404 to a runner asking for the therapist area and audits the denial', async () => {
    const { runner } = await createClinicWithPeople();
    await loginAs(runner);
    await expect(requireRole('therapist')).rejects.toThrow('NEXT_NOT_FOUND');
    const audits = await getDb().select().from(auditLog).where(eq(auditLog.actorId, runner.id));
    expect(audits).toContainEqual(expect.objectContaining({ action: 'access.role', outcome: 'denied' }));
  });

  it('sends a visitor without a session to the sign-in page', async () => {
    signInAs(null);
    await expect(requireRole('runner')).rejects.toThrow('NEXT_REDIRECT /login');
  });
});

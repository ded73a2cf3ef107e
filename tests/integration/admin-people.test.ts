import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { alerts, auditLog, runnerProfiles, sessions, users } from '@/db/schema';
import { IDLE } from '@/lib/actions/action-state';
import { canReachRunner } from '@/lib/access/runner-access';
import type { AdminUser } from '@/lib/admin/admin-user';
import { deactivateUserAction, inviteStaffAction, reactivateUserAction, reassignRunnerAction, reissueInvitationAction } from '@/lib/admin/people/actions';
import { clinicPeople } from '@/lib/admin/people/queries';
import { getCurrentUser, type SessionUser } from '@/lib/auth';
import { loadSessionUser } from '@/lib/auth/sessions';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { invitationStatus } from '@/lib/invitations/lookup';
import { createClinicWithPeople, createUser, loginAs, TEST_PASSWORD } from '../support/factories';
import { signInAs } from '../support/session';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function sessionUserFor(user: { id: string }): Promise<SessionUser> {
  await loginAs(user);
  return (await getCurrentUser())!;
}

async function auditsOf(actorId: string, action: string) {
  return getDb().select().from(auditLog).where(and(eq(auditLog.actorId, actorId), eq(auditLog.action, action)));
}

async function openAlert(clinicId: string, runnerId: string, therapistId: string, status: 'open' | 'resolved' = 'open') {
  const [row] = await getDb().insert(alerts).values({ clinicId, runnerId, therapistId, kind: 'stop', status, createdBy: runnerId }).returning();
  return row!;
}

describe('deactivating an account', () => {
  it("ends the user's sessions at once: the existing cookie is refused on its next request, and sign-in fails", async () => {
    const { clinic, admin } = await createClinicWithPeople();
    const casey = await createUser(clinic.id, 'therapist', { name: 'Casey Novak' });
    const caseySession = await loginAs(casey);
    expect((await getCurrentUser())?.id).toBe(casey.id);

    await loginAs(admin);
    expect(await deactivateUserAction(IDLE, form({ userId: casey.id }))).toEqual({ status: 'ok', data: { name: 'Casey Novak' } });

    // The same cookie (session id + user id) on the next request:
    signInAs({ sessionId: caseySession, userId: casey.id });
    expect(await getCurrentUser()).toBeNull();
    expect(await loadSessionUser(caseySession, casey.id)).toBeNull();
    const [session] = await getDb().select().from(sessions).where(eq(sessions.id, caseySession));
    expect(session?.revokedAt).not.toBeNull();
    expect(await signInWithPassword({ email: casey.email, password: TEST_PASSWORD }, { userAgent: null, address: null })).toEqual({ ok: false, reason: 'invalid' });
    expect((await auditsOf(admin.id, 'user.deactivate')).at(-1)).toMatchObject({ outcome: 'ok', targetId: casey.id, detail: { role: 'therapist', sessionsEnded: 1 } });
  });

  it('lets the account back in after reactivation', async () => {
    const { clinic, admin } = await createClinicWithPeople();
    const casey = await createUser(clinic.id, 'therapist');
    await loginAs(admin);
    await deactivateUserAction(IDLE, form({ userId: casey.id }));
    expect(await reactivateUserAction(IDLE, form({ userId: casey.id }))).toMatchObject({ status: 'ok' });
    expect((await signInWithPassword({ email: casey.email, password: TEST_PASSWORD }, { userAgent: null, address: null })).ok).toBe(true);
    expect(await auditsOf(admin.id, 'user.reactivate')).toHaveLength(1);
  });

  it('refuses to deactivate the admin themself', async () => {
    const { admin } = await createClinicWithPeople();
    await loginAs(admin);
    expect(await deactivateUserAction(IDLE, form({ userId: admin.id }))).toEqual({
      status: 'error',
      formError: 'You cannot deactivate your own account. Ask another admin of your clinic.',
      values: { userId: admin.id },
    });
    const [row] = await getDb().select().from(users).where(eq(users.id, admin.id));
    expect(row?.active).toBe(true);
  });

  it('refuses to leave runners without a therapist', async () => {
    const { admin, therapist } = await createClinicWithPeople();
    await loginAs(admin);
    const result = await deactivateUserAction(IDLE, form({ userId: therapist.id }));
    expect(result).toMatchObject({ status: 'error', formError: expect.stringContaining('Reassign') });
    const [row] = await getDb().select().from(users).where(eq(users.id, therapist.id));
    expect(row?.active).toBe(true);
  });

  it("answers 404 for another clinic's account, changes nothing and audits the attempt", async () => {
    const mine = await createClinicWithPeople();
    const theirs = await createClinicWithPeople();
    const stranger = await createUser(theirs.clinic.id, 'therapist');
    await loginAs(mine.admin);
    await expect(deactivateUserAction(IDLE, form({ userId: stranger.id }))).rejects.toThrow('NEXT_NOT_FOUND');
    const [row] = await getDb().select().from(users).where(eq(users.id, stranger.id));
    expect(row?.active).toBe(true);
    expect((await auditsOf(mine.admin.id, 'user.deactivate')).at(-1)).toMatchObject({ outcome: 'denied', targetId: stranger.id });
  });
});

describe('reassigning a runner', () => {
  it('moves access and open alerts to the new therapist at once', async () => {
    const { clinic, admin, therapist, otherTherapist, runner } = await createClinicWithPeople();
    const open = await openAlert(clinic.id, runner.id, therapist.id);
    const resolved = await openAlert(clinic.id, runner.id, therapist.id, 'resolved');
    const oldTherapist = await sessionUserFor(therapist);
    const newTherapist = await sessionUserFor(otherTherapist);
    expect(await canReachRunner(oldTherapist, runner.id)).toBe(true);
    expect(await canReachRunner(newTherapist, runner.id)).toBe(false);

    await loginAs(admin);
    expect(await reassignRunnerAction(IDLE, form({ runnerId: runner.id, therapistId: otherTherapist.id }))).toMatchObject({ status: 'ok' });

    expect(await canReachRunner(oldTherapist, runner.id)).toBe(false);
    expect(await canReachRunner(newTherapist, runner.id)).toBe(true);
    const rows = await getDb().select({ id: alerts.id, therapistId: alerts.therapistId }).from(alerts).where(eq(alerts.runnerId, runner.id));
    expect(rows).toEqual(expect.arrayContaining([{ id: open.id, therapistId: otherTherapist.id }, { id: resolved.id, therapistId: therapist.id }]));
    expect((await auditsOf(admin.id, 'runner.reassign')).at(-1)?.detail).toEqual({ fromTherapistId: therapist.id, toTherapistId: otherTherapist.id, openAlertsMoved: 1 });
  });

  it('accepts only an active therapist of the same clinic who has accepted their invitation', async () => {
    const mine = await createClinicWithPeople();
    const theirs = await createClinicWithPeople();
    const inactive = await createUser(mine.clinic.id, 'therapist', { active: false });
    await loginAs(mine.admin);
    for (const therapistId of [inactive.id, mine.admin.id]) {
      expect(await reassignRunnerAction(IDLE, form({ runnerId: mine.runner.id, therapistId }))).toMatchObject({
        status: 'error',
        fieldErrors: { therapistId: 'Choose an active therapist of your clinic.' },
      });
    }
    await expect(reassignRunnerAction(IDLE, form({ runnerId: mine.runner.id, therapistId: theirs.therapist.id }))).rejects.toThrow('NEXT_NOT_FOUND');
    const invited = await createUser(mine.clinic.id, 'therapist', { name: 'Invited Therapist', passwordHash: null });
    expect(await reassignRunnerAction(IDLE, form({ runnerId: mine.runner.id, therapistId: invited.id }))).toMatchObject({
      status: 'error',
      fieldErrors: { therapistId: 'Invited Therapist has not accepted their invitation yet: choose a therapist who has.' },
    });
    await expect(reassignRunnerAction(IDLE, form({ runnerId: theirs.runner.id, therapistId: mine.otherTherapist.id }))).rejects.toThrow('NEXT_NOT_FOUND');
    const [profile] = await getDb().select().from(runnerProfiles).where(eq(runnerProfiles.userId, theirs.runner.id));
    expect(profile?.therapistId).toBe(theirs.therapist.id);
    const [mineProfile] = await getDb().select().from(runnerProfiles).where(eq(runnerProfiles.userId, mine.runner.id));
    expect(mineProfile?.therapistId).toBe(mine.therapist.id);
  });
});

describe('inviting staff', () => {
  it('creates an account without a password and a working one-time link, shown because no email is set up', async () => {
    const { clinic, admin } = await createClinicWithPeople();
    await loginAs(admin);
    const email = `New.Therapist-${randomUUID()}@Example.test`;
    const result = await inviteStaffAction(IDLE, form({ name: ' Robin Vale ', email, role: 'therapist' }));
    expect(result).toMatchObject({ status: 'ok', data: { name: 'Robin Vale', email: email.toLowerCase(), emailed: false } });
    const url = result.status === 'ok' ? result.data.url : '';
    const status = await invitationStatus(url.split('/invite/')[1]!);
    expect(status).toMatchObject({ state: 'valid', name: 'Robin Vale', clinicId: clinic.id });
    const [user] = await getDb().select().from(users).where(eq(users.email, email.toLowerCase()));
    expect(user).toMatchObject({ role: 'therapist', clinicId: clinic.id, passwordHash: null, active: true });
    expect((await auditsOf(admin.id, 'user.invite')).at(-1)).toMatchObject({ targetId: user!.id, detail: { role: 'therapist' } });
  });

  it('answers field errors for bad input, a taken email, a runner role or a smuggled clinic', async () => {
    const { admin, therapist } = await createClinicWithPeople();
    const other = await createClinicWithPeople();
    await loginAs(admin);
    expect(await inviteStaffAction(IDLE, form({ name: '', email: 'not-an-email', role: 'therapist' }))).toMatchObject({
      status: 'error',
      fieldErrors: { name: 'Enter their name.', email: 'Enter a valid email address, like name@clinic.com.' },
    });
    expect(await inviteStaffAction(IDLE, form({ name: 'Dup', email: therapist.email.toUpperCase(), role: 'admin' }))).toMatchObject({
      status: 'error',
      fieldErrors: { email: expect.stringContaining('already has an account') },
    });
    expect(await inviteStaffAction(IDLE, form({ name: 'Sneaky', email: 'sneaky@example.test', role: 'runner' }))).toMatchObject({ status: 'error', fieldErrors: { role: 'Choose therapist or admin.' } });
    expect(await inviteStaffAction(IDLE, form({ name: 'Sneaky', email: 'sneaky@example.test', role: 'admin', clinicId: other.clinic.id }))).toMatchObject({ status: 'error' });
    expect(await getDb().select().from(users).where(eq(users.email, 'sneaky@example.test'))).toEqual([]);
  });

  it('issues a new link that replaces the earlier one', async () => {
    const { admin } = await createClinicWithPeople();
    await loginAs(admin);
    const first = await inviteStaffAction(IDLE, form({ name: 'Jo', email: `jo-${randomUUID()}@example.test`, role: 'admin' }));
    if (first.status !== 'ok') throw new Error('invitation failed');
    const [user] = await getDb().select().from(users).where(eq(users.email, first.data.email));
    const second = await reissueInvitationAction(IDLE, form({ userId: user!.id }));
    if (second.status !== 'ok') throw new Error('reissue failed');
    expect((await invitationStatus(first.data.url.split('/invite/')[1]!)).state).toBe('expired');
    expect((await invitationStatus(second.data.url.split('/invite/')[1]!)).state).toBe('valid');
  });
});

describe('admin actions refuse everyone but an admin', () => {
  it('answers 404 to a therapist and a runner for every action and changes nothing', async () => {
    const { clinic, therapist, otherTherapist, runner } = await createClinicWithPeople();
    const casey = await createUser(clinic.id, 'therapist');
    for (const user of [therapist, runner]) {
      await loginAs(user);
      await expect(deactivateUserAction(IDLE, form({ userId: casey.id }))).rejects.toThrow('NEXT_NOT_FOUND');
      await expect(reactivateUserAction(IDLE, form({ userId: casey.id }))).rejects.toThrow('NEXT_NOT_FOUND');
      await expect(reassignRunnerAction(IDLE, form({ runnerId: runner.id, therapistId: otherTherapist.id }))).rejects.toThrow('NEXT_NOT_FOUND');
      await expect(inviteStaffAction(IDLE, form({ name: 'X', email: 'x@example.test', role: 'admin' }))).rejects.toThrow('NEXT_NOT_FOUND');
      await expect(reissueInvitationAction(IDLE, form({ userId: casey.id }))).rejects.toThrow('NEXT_NOT_FOUND');
      expect(await auditsOf(user.id, 'access.role')).toHaveLength(5);
    }
    const [row] = await getDb().select().from(users).where(eq(users.id, casey.id));
    expect(row?.active).toBe(true);
    const [profile] = await getDb().select().from(runnerProfiles).where(eq(runnerProfiles.userId, runner.id));
    expect(profile?.therapistId).toBe(therapist.id);
  });
});

describe('the people list', () => {
  it("holds the clinic's accounts only, with each runner's therapist and no clinical fields", async () => {
    const mine = await createClinicWithPeople();
    await createClinicWithPeople();
    const admin = (await sessionUserFor(mine.admin)) as AdminUser;
    const people = await clinicPeople(admin);
    expect(people.map((p) => p.id).sort()).toEqual([mine.admin.id, mine.therapist.id, mine.otherTherapist.id, mine.runner.id, mine.otherRunner.id].sort());
    expect(people.map((p) => p.role)).toEqual(['admin', 'therapist', 'therapist', 'runner', 'runner']);
    expect(people.find((p) => p.id === mine.runner.id)).toMatchObject({ therapistId: mine.therapist.id, therapistName: mine.therapist.name, invited: false, active: true });
    expect(Object.keys(people[0]!).sort()).toEqual(['active', 'email', 'id', 'invited', 'lastSignInAt', 'name', 'phone', 'role', 'therapistId', 'therapistName']);
  });
});

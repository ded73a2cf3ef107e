'use server';

import { and, count, eq, isNull, ne, sql } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { alerts, runnerProfiles, sessions, users } from '@/db/schema';
import { ActionError, authorizedAction } from '@/lib/actions/authorized-action';
import { recordAudit } from '@/lib/audit/record';
import { sendEmail } from '@/lib/email/send';
import { createInvitation } from '@/lib/invitations/create';
import { INVITATION_DAYS } from '@/lib/invitations/tokens';
import { inviteStaffSchema, reassignRunnerSchema, userIdSchema } from '@/lib/validation/admin-people';
import { staffPhoneSchema } from '@/lib/validation/contact';
import { assignTherapist } from '@/lib/plan/changes';
import { requireClinicUser } from './scope';

const PEOPLE_PATH = '/admin/people';

export interface InvitationResult {
  name: string;
  email: string;
  /** The one-time link, shown once so the admin can pass it on when no email was sent. */
  url: string;
  emailed: boolean;
}

async function emailInvitation(to: string, name: string, clinicName: string, url: string): Promise<boolean> {
  try {
    return await sendEmail({
      to,
      subject: `Your Stride Back account at ${clinicName}`,
      text: `Hello ${name},\n\nYou have been invited to Stride Back at ${clinicName}. Choose your password with this link (it works once, for ${INVITATION_DAYS} days):\n\n${url}\n`,
    });
  } catch (error) {
    console.error('invitation email failed', error);
    return false;
  }
}

/** Creates a therapist or admin account without a password and a one-time link to set it. */
export const inviteStaffAction = authorizedAction(['admin'], inviteStaffSchema, async (input, admin): Promise<InvitationResult> => {
  const db = getDb();
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, input.email)).limit(1);
  if (taken) {
    throw new ActionError('Please correct the highlighted fields.', { email: 'This email address already has an account. Each person needs their own address.' });
  }
  const { url } = await db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ clinicId: admin.clinicId, email: input.email, name: input.name, role: input.role, passwordHash: null })
      .returning({ id: users.id });
    const invitation = await createInvitation(tx, { clinicId: admin.clinicId, userId: user!.id, invitedBy: admin.id });
    await recordAudit({ action: 'user.invite', outcome: 'ok', actorId: admin.id, clinicId: admin.clinicId, targetType: 'user', targetId: user!.id, detail: { role: input.role } }, tx);
    return invitation;
  });
  const emailed = await emailInvitation(input.email, input.name, admin.clinicName, url);
  revalidatePath(PEOPLE_PATH);
  return { name: input.name, email: input.email, url, emailed };
});

/** A fresh one-time link for someone who has not set a password yet (earlier links stop working). */
export const reissueInvitationAction = authorizedAction(['admin'], userIdSchema, async ({ userId }, admin): Promise<InvitationResult> => {
  const user = await requireClinicUser(admin, userId, 'user.invite');
  if (!user.invited) throw new ActionError(`${user.name} has already set a password.`);
  if (!user.active) throw new ActionError(`${user.name} is deactivated. Reactivate the account first.`);
  const { url } = await getDb().transaction(async (tx) => {
    const invitation = await createInvitation(tx, { clinicId: admin.clinicId, userId: user.id, invitedBy: admin.id });
    await recordAudit({ action: 'user.invite', outcome: 'ok', actorId: admin.id, clinicId: admin.clinicId, targetType: 'user', targetId: user.id, detail: { role: user.role, reissued: true } }, tx);
    return invitation;
  });
  const emailed = await emailInvitation(user.email, user.name, admin.clinicName, url);
  revalidatePath(PEOPLE_PATH);
  return { name: user.name, email: user.email, url, emailed };
});

/**
 * Deactivates an account and ends all its sessions in the same transaction: the next request on any of its
 * cookies is refused (sessions are checked in the database on every request), and it cannot sign in.
 */
export const deactivateUserAction = authorizedAction(['admin'], userIdSchema, async ({ userId }, admin) => {
  if (userId === admin.id) throw new ActionError('You cannot deactivate your own account. Ask another admin of your clinic.');
  const user = await requireClinicUser(admin, userId, 'user.deactivate');
  if (!user.active) return { name: user.name };
  const db = getDb();
  if (user.role === 'therapist') {
    const [assigned] = await db.select({ n: count() }).from(runnerProfiles).where(and(eq(runnerProfiles.therapistId, user.id), eq(runnerProfiles.clinicId, admin.clinicId)));
    const n = assigned?.n ?? 0;
    if (n > 0) throw new ActionError(`Reassign ${user.name}’s ${n} runner${n === 1 ? '' : 's'} to another therapist first, so that nobody is left without one.`);
  }
  await db.transaction(async (tx) => {
    const now = new Date();
    await tx.update(users).set({ active: false, updatedAt: now }).where(and(eq(users.id, user.id), eq(users.clinicId, admin.clinicId)));
    const ended = await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.userId, user.id), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    await recordAudit(
      { action: 'user.deactivate', outcome: 'ok', actorId: admin.id, clinicId: admin.clinicId, targetType: 'user', targetId: user.id, detail: { role: user.role, sessionsEnded: ended.length } },
      tx,
    );
  });
  revalidatePath(PEOPLE_PATH);
  return { name: user.name };
});

export const reactivateUserAction = authorizedAction(['admin'], userIdSchema, async ({ userId }, admin) => {
  const user = await requireClinicUser(admin, userId, 'user.reactivate');
  if (user.active) return { name: user.name };
  await getDb().transaction(async (tx) => {
    await tx.update(users).set({ active: true, updatedAt: new Date() }).where(and(eq(users.id, user.id), eq(users.clinicId, admin.clinicId)));
    await recordAudit({ action: 'user.reactivate', outcome: 'ok', actorId: admin.id, clinicId: admin.clinicId, targetType: 'user', targetId: user.id, detail: { role: user.role } }, tx);
  });
  revalidatePath(PEOPLE_PATH);
  return { name: user.name };
});

/**
 * Moves a runner, and their open alerts, to another active therapist of the clinic who has accepted their
 * invitation. Access to a runner is
 * checked against runner_profiles on every request, so the previous therapist loses it at once.
 */
export const reassignRunnerAction = authorizedAction(['admin'], reassignRunnerSchema, async ({ runnerId, therapistId }, admin) => {
  const runner = await requireClinicUser(admin, runnerId, 'runner.reassign');
  const therapist = await requireClinicUser(admin, therapistId, 'runner.reassign');
  if (runner.role !== 'runner') throw new ActionError('Only a runner can be reassigned.');
  if (therapist.role !== 'therapist' || !therapist.active) {
    throw new ActionError('Please correct the highlighted fields.', { therapistId: 'Choose an active therapist of your clinic.' });
  }
  // An invited therapist who never set a password cannot sign in: their runners' alerts would reach no one.
  if (therapist.invited) {
    throw new ActionError('Please correct the highlighted fields.', { therapistId: `${therapist.name} has not accepted their invitation yet: choose a therapist who has.` });
  }
  const db = getDb();
  const [profile] = await db
    .select({ therapistId: runnerProfiles.therapistId })
    .from(runnerProfiles)
    .where(and(eq(runnerProfiles.userId, runner.id), eq(runnerProfiles.clinicId, admin.clinicId)))
    .limit(1);
  if (!profile) throw new ActionError(`${runner.name} has no runner profile yet.`);
  if (profile.therapistId === therapist.id) return { runner: runner.name, therapist: therapist.name };
  await db.transaction(async (tx) => {
    await assignTherapist(tx, { runnerId: runner.id, clinicId: admin.clinicId, therapistId: therapist.id });
    const moved = await tx
      .update(alerts)
      .set({ therapistId: therapist.id })
      .where(and(eq(alerts.runnerId, runner.id), eq(alerts.clinicId, admin.clinicId), eq(alerts.status, 'open'), ne(alerts.therapistId, therapist.id)))
      .returning({ id: alerts.id });
    await recordAudit(
      {
        action: 'runner.reassign',
        outcome: 'ok',
        actorId: admin.id,
        clinicId: admin.clinicId,
        targetType: 'runner',
        targetId: runner.id,
        detail: { fromTherapistId: profile.therapistId, toTherapistId: therapist.id, openAlertsMoved: moved.length },
      },
      tx,
    );
  });
  revalidatePath(PEOPLE_PATH);
  return { runner: runner.name, therapist: therapist.name };
});

/** A therapist's or admin's work phone (runners call their therapist from a stop card); blank clears it. */
export const setStaffPhoneAction = authorizedAction(['admin'], staffPhoneSchema, async ({ userId, phone }, admin) => {
  const user = await requireClinicUser(admin, userId, 'user.phone');
  if (user.role === 'runner') throw new ActionError('Only a therapist’s or an admin’s work phone is set here.');
  await getDb().transaction(async (tx) => {
    await tx.update(users).set({ phone, updatedAt: new Date() }).where(and(eq(users.id, user.id), eq(users.clinicId, admin.clinicId)));
    await recordAudit({ action: 'user.phone', outcome: 'ok', actorId: admin.id, clinicId: admin.clinicId, targetType: 'user', targetId: user.id, detail: { role: user.role, phoneSet: phone !== null } }, tx);
  });
  revalidatePath(PEOPLE_PATH);
  return { name: user.name, phone };
});

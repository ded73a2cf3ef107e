'use server';

import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { requireRunnerAccess } from '@/lib/access/runner-access';
import { ActionError, authorizedAction } from '@/lib/actions/authorized-action';
import { recordAudit } from '@/lib/audit/record';
import { localToday } from '@/lib/dates/local-today';
import { sendEmail } from '@/lib/email/send';
import { createInvitation } from '@/lib/invitations/create';
import { createRunnerPlan } from '@/lib/plan/changes';
import { addRunnerSchema, resendInvitationSchema } from '@/lib/validation/add-runner';
import { revalidateTherapistPages } from './action-support';

export interface InvitationResult {
  runnerId: string;
  name: string;
  email: string;
  /** The one-time link, shown once to copy. */
  url: string;
  expiresAt: string;
  emailed: boolean;
}

const EMAIL_TAKEN = 'An account with this email already exists.';

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/** Sends the link when SMTP is configured; a failure to send is not a failure to invite (the link is shown to copy). */
async function emailInvitation(to: string, name: string, clinicName: string, url: string): Promise<boolean> {
  try {
    return await sendEmail({
      to,
      subject: `${clinicName} invited you to Stride Back`,
      text: `Hello ${name},\n\n${clinicName} invited you to Stride Back, where your physical therapist guides your return to running.\n\nChoose your password here (the link works once, for 7 days):\n${url}\n`,
    });
  } catch (error) {
    console.error('invitation email failed', error);
    return false;
  }
}

export const addRunner = authorizedAction(['therapist'], addRunnerSchema, async (input, user): Promise<InvitationResult> => {
  const today = await localToday();
  if (input.injuryDate && input.injuryDate > today) throw new ActionError('Please correct the highlighted fields.', { injuryDate: 'The injury date cannot be in the future.' });
  let created;
  try {
    created = await getDb().transaction(async (tx) => {
      const [taken] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, input.email)).limit(1);
      if (taken) throw new ActionError('Please correct the highlighted fields.', { email: EMAIL_TAKEN });
      const [runner] = await tx
        .insert(users)
        .values({ clinicId: user.clinicId, role: 'runner', name: input.name, email: input.email, passwordHash: null })
        .returning({ id: users.id });
      const runnerId = runner!.id;
      await createRunnerPlan(
        tx,
        {
          userId: runnerId,
          clinicId: user.clinicId,
          therapistId: user.id,
          injuryType: input.injuryType,
          injurySide: input.injurySide,
          injuryDate: input.injuryDate ?? null,
          preset: input.preset,
          goalWeeklyMinutes: input.goalWeeklyMinutes,
        },
        today,
        user.id,
      );
      const invitation = await createInvitation(tx, { clinicId: user.clinicId, userId: runnerId, invitedBy: user.id });
      await recordAudit({ action: 'runner.create', outcome: 'ok', actorId: user.id, clinicId: user.clinicId, targetType: 'runner', targetId: runnerId }, tx);
      return { runnerId, invitation };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ActionError('Please correct the highlighted fields.', { email: EMAIL_TAKEN });
    throw error;
  }
  revalidateTherapistPages();
  const emailed = await emailInvitation(input.email, input.name, user.clinicName, created.invitation.url);
  return { runnerId: created.runnerId, name: input.name, email: input.email, url: created.invitation.url, expiresAt: created.invitation.expiresAt.toISOString(), emailed };
});

/** A new one-time link for a runner who has not set a password yet; the earlier link stops working. */
export const resendInvitation = authorizedAction(['therapist'], resendInvitationSchema, async (input, user): Promise<InvitationResult> => {
  await requireRunnerAccess(user, input.runnerId, 'invitation.resend');
  const { runner, invitation } = await getDb().transaction(async (tx) => {
    const [runner] = await tx.select({ name: users.name, email: users.email, passwordHash: users.passwordHash, active: users.active }).from(users).where(eq(users.id, input.runnerId));
    if (!runner || !runner.active) throw new ActionError('This runner’s account is deactivated; ask the clinic admin.');
    if (runner.passwordHash) throw new ActionError('This runner has already accepted the invitation and can sign in.');
    const invitation = await createInvitation(tx, { clinicId: user.clinicId, userId: input.runnerId, invitedBy: user.id });
    await recordAudit({ action: 'invitation.resend', outcome: 'ok', actorId: user.id, clinicId: user.clinicId, targetType: 'runner', targetId: input.runnerId }, tx);
    return { runner, invitation };
  });
  revalidateTherapistPages();
  const emailed = await emailInvitation(runner.email, runner.name, user.clinicName, invitation.url);
  return { runnerId: input.runnerId, name: runner.name, email: runner.email, url: invitation.url, expiresAt: invitation.expiresAt.toISOString(), emailed };
});

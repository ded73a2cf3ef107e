import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { requireRunnerAccess } from '@/lib/access/runner-access';
import { ActionError } from '@/lib/actions/authorized-action';
import type { SessionUser } from '@/lib/auth';
import { recordAudit } from '@/lib/audit/record';
import { createInvitation, type CreatedInvitation } from '@/lib/invitations/create';
import { createRunnerPlan } from '@/lib/plan/changes';
import type { IsoDate } from '@/lib/protocol';
import type { AddRunnerInput } from '@/lib/validation/add-runner';

/*
 * A therapist adding a runner, and a fresh invitation for one, as plain functions of (therapist, validated input,
 * today): the server actions in runner-actions.ts authorize the role, call these and email the link; the demo seed
 * calls them with a simulated today.
 */

export const EMAIL_TAKEN = 'An account with this email already exists.';

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/** The runner's account (no password yet), their plan in foundation from today, a one-time link and the audit row, in one transaction. */
export async function addRunnerAs(user: SessionUser, input: AddRunnerInput, today: IsoDate): Promise<{ runnerId: string; invitation: CreatedInvitation }> {
  if (input.injuryDate && input.injuryDate > today) throw new ActionError('Please correct the highlighted fields.', { injuryDate: 'The injury date cannot be in the future.' });
  try {
    return await getDb().transaction(async (tx) => {
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
}

/** A new one-time link for a runner who has not set a password yet; the earlier link stops working. */
export async function resendInvitationAs(user: SessionUser, input: { runnerId: string }): Promise<{ runner: { name: string; email: string }; invitation: CreatedInvitation }> {
  await requireRunnerAccess(user, input.runnerId, 'invitation.resend');
  return getDb().transaction(async (tx) => {
    const [runner] = await tx.select({ name: users.name, email: users.email, passwordHash: users.passwordHash, active: users.active }).from(users).where(eq(users.id, input.runnerId));
    if (!runner || !runner.active) throw new ActionError('This runner’s account is deactivated; ask the clinic admin.');
    if (runner.passwordHash) throw new ActionError('This runner has already accepted the invitation and can sign in.');
    const invitation = await createInvitation(tx, { clinicId: user.clinicId, userId: input.runnerId, invitedBy: user.id });
    await recordAudit({ action: 'invitation.resend', outcome: 'ok', actorId: user.id, clinicId: user.clinicId, targetType: 'runner', targetId: input.runnerId }, tx);
    return { runner: { name: runner.name, email: runner.email }, invitation };
  });
}

import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { plans, runnerProfiles, type RunnerProfile } from '@/db/schema';
import { ActionError } from '@/lib/actions/authorized-action';
import type { Phase } from '@/lib/phases';
import type { IsoDate } from '@/lib/protocol';

export const PLAN_CONFLICT_MESSAGE = 'This plan was changed by someone else since you opened it; reload to see the change.';

type ProfileChange = Partial<Pick<RunnerProfile, 'phase' | 'stage' | 'preset' | 'protocolSettings' | 'goalWeeklyMinutes'>>;

/**
 * Writes a change to the runner's profile only if it is still the version the form was rendered with, and bumps
 * the version. Throws the conflict message (rolling back the transaction) when someone changed it meanwhile.
 */
export async function updateProfileAtVersion(tx: Executor, runnerId: string, version: number, change: ProfileChange): Promise<RunnerProfile> {
  const [row] = await tx
    .update(runnerProfiles)
    .set({ ...change, version: sql`${runnerProfiles.version} + 1`, updatedAt: new Date() })
    .where(and(eq(runnerProfiles.userId, runnerId), eq(runnerProfiles.version, version)))
    .returning();
  if (!row) throw new ActionError(PLAN_CONFLICT_MESSAGE);
  return row;
}

export interface NewPlan {
  phase: Phase;
  stage: number;
  reason: string;
  overrideReason?: string | null;
}

/**
 * Moves the runner to a new plan period: the profile (at the rendered version), the open plans row closed today
 * and a new one opened today, so the change shows in the timeline and the rules start a fresh history.
 */
export async function startPlanPeriod(tx: Executor, input: { runnerId: string; version: number; actorId: string; today: IsoDate; plan: NewPlan }): Promise<RunnerProfile> {
  const profile = await updateProfileAtVersion(tx, input.runnerId, input.version, { phase: input.plan.phase, stage: input.plan.stage });
  await tx.update(plans).set({ endedOn: input.today }).where(and(eq(plans.runnerId, input.runnerId), isNull(plans.endedOn)));
  await tx.insert(plans).values({
    runnerId: input.runnerId,
    phase: input.plan.phase,
    startStage: input.plan.stage,
    startedOn: input.today,
    reason: input.plan.reason,
    overrideReason: input.plan.overrideReason ?? null,
    createdBy: input.actorId,
  });
  return profile;
}

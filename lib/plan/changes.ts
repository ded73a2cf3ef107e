import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { alerts, plans, runnerProfiles, type Plan, type RunnerProfile } from '@/db/schema';
import { ActionError } from '@/lib/actions/authorized-action';
import { enqueueAlertMessage } from '@/lib/notifications/alert-messages';
import type { IsoDate, PainPreset } from '@/lib/protocol';

/*
 * The one writer of a runner's plan: runner_profiles (phase, stage, rules, version, therapist) and the plans
 * rows (one period per phase or restart). Every role's action calls these; nothing else updates those tables.
 * Each function runs inside the caller's transaction, after the caller locked the profile with lockPlan.
 */

export type Phase = RunnerProfile['phase'];

export const PLAN_CONFLICT_MESSAGE = 'This plan was changed by someone else since you opened it; reload to see the change.';

/**
 * Locks the runner's profile row for the rest of the transaction: every write that decides from the runner's
 * state takes it first, so two of them never decide from the same stale stage or phase. With `version` (a
 * therapist's form), a profile changed since the form was rendered is refused with the conflict message.
 */
export async function lockPlan(tx: Executor, runnerId: string, version?: number): Promise<RunnerProfile | null> {
  const [profile] = await tx.select().from(runnerProfiles).where(eq(runnerProfiles.userId, runnerId)).for('update');
  if (version !== undefined && (!profile || profile.version !== version)) throw new ActionError(PLAN_CONFLICT_MESSAGE);
  return profile ?? null;
}

export async function openPlanOf(tx: Executor, runnerId: string): Promise<Plan | null> {
  const [plan] = await tx.select().from(plans).where(and(eq(plans.runnerId, runnerId), isNull(plans.endedOn))).limit(1);
  return plan ?? null;
}

export interface PlanMove {
  phase: Phase;
  stage: number;
  reason: string;
  overrideReason?: string | null;
  /** The first week's volume cap when resuming after the ladder (continuous, full, maintenance). */
  weeklyCap?: number | null;
}

/**
 * A new plan period: the profile moves to the phase and stage (version bumped, so an open therapist form
 * notices), the open period ends on `on` and the new one starts on `on` (never before the old one began).
 */
export async function startPlanPeriod(tx: Executor, input: { profile: RunnerProfile; move: PlanMove; on: IsoDate; actorId: string }): Promise<RunnerProfile> {
  const { profile, move } = input;
  const open = await openPlanOf(tx, profile.userId);
  const on = open && open.startedOn > input.on ? open.startedOn : input.on;
  const [updated] = await tx
    .update(runnerProfiles)
    .set({ phase: move.phase, stage: move.stage, version: sql`${runnerProfiles.version} + 1`, updatedAt: new Date() })
    .where(eq(runnerProfiles.userId, profile.userId))
    .returning();
  if (open) await tx.update(plans).set({ endedOn: on }).where(eq(plans.id, open.id));
  await tx.insert(plans).values({
    runnerId: profile.userId,
    phase: move.phase,
    startStage: move.stage,
    startedOn: on,
    reason: move.reason,
    overrideReason: move.overrideReason ?? null,
    weeklyCap: move.weeklyCap ?? null,
    createdBy: input.actorId,
  });
  if (!updated) throw new Error('runner profile vanished inside its own lock');
  return updated;
}

/** A stage change inside the current period (a decision on the ladder): no new period, the version is bumped. */
export async function setStageInPeriod(tx: Executor, runnerId: string, stage: number): Promise<void> {
  await tx
    .update(runnerProfiles)
    .set({ stage, version: sql`${runnerProfiles.version} + 1`, updatedAt: new Date() })
    .where(eq(runnerProfiles.userId, runnerId));
}

/** The rules a runner's plan follows (preset, overrides, weekly goal): they change the rules, not the period. */
export async function setPlanRules(
  tx: Executor,
  runnerId: string,
  rules: { preset: PainPreset; protocolSettings: Record<string, number | boolean>; goalWeeklyMinutes: number },
): Promise<void> {
  await tx
    .update(runnerProfiles)
    .set({ ...rules, version: sql`${runnerProfiles.version} + 1`, updatedAt: new Date() })
    .where(eq(runnerProfiles.userId, runnerId));
}

export interface NewRunner {
  userId: string;
  clinicId: string;
  therapistId: string;
  injuryType: string;
  injurySide: RunnerProfile['injurySide'];
  injuryDate: IsoDate | null;
  preset: PainPreset;
  goalWeeklyMinutes: number;
}

/** A runner's plan begins in foundation, with its first period. */
export async function createRunnerPlan(tx: Executor, runner: NewRunner, on: IsoDate, actorId: string): Promise<void> {
  await tx.insert(runnerProfiles).values({ ...runner, phase: 'foundation', stage: 1 });
  await tx.insert(plans).values({ runnerId: runner.userId, phase: 'foundation', startStage: 1, startedOn: on, reason: 'Runner added: foundation started', createdBy: actorId });
}

/** The therapist who owns the plan; the open alerts follow the runner. Returns false when nothing changed. */
export async function assignTherapist(tx: Executor, input: { runnerId: string; clinicId: string; therapistId: string }): Promise<void> {
  await tx
    .update(runnerProfiles)
    .set({ therapistId: input.therapistId, updatedAt: new Date() })
    .where(and(eq(runnerProfiles.userId, input.runnerId), eq(runnerProfiles.clinicId, input.clinicId)));
}

export async function hasOpenAlert(tx: Executor, runnerId: string, kind: 'stop' | 'review', rule?: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: alerts.id })
    .from(alerts)
    .where(
      and(eq(alerts.runnerId, runnerId), eq(alerts.kind, kind), eq(alerts.status, 'open'), rule ? sql`${rule} = any(${alerts.rules})` : undefined),
    )
    .limit(1);
  return Boolean(row);
}

interface AlertInput {
  profile: RunnerProfile;
  rules: string[];
  actorId: string;
  message?: string | null;
  runLogId?: string | null;
  decisionId?: string | null;
}

function alertRow(kind: 'stop' | 'review', input: AlertInput) {
  return {
    clinicId: input.profile.clinicId,
    runnerId: input.profile.userId,
    therapistId: input.profile.therapistId,
    kind,
    rules: input.rules,
    message: input.message ?? null,
    runLogId: input.runLogId ?? null,
    decisionId: input.decisionId ?? null,
    createdBy: input.actorId,
  };
}

/** The alert and, in the same transaction, the therapist's email about it (lib/notifications delivers it). */
async function insertAlert(tx: Executor, kind: 'stop' | 'review', input: AlertInput): Promise<void> {
  const [alert] = await tx.insert(alerts).values(alertRow(kind, input)).returning({ id: alerts.id });
  if (!alert) throw new Error('alert insert returned no row');
  const { clinicId, userId: runnerId, therapistId } = input.profile;
  await enqueueAlertMessage(tx, { id: alert.id, kind, clinicId, runnerId, therapistId });
}

/** A non-blocking review for the therapist; one open review per reason is enough. */
export async function raiseReview(tx: Executor, input: AlertInput): Promise<void> {
  const reason = input.rules[0];
  if (reason && (await hasOpenAlert(tx, input.profile.userId, 'review', reason))) return;
  await insertAlert(tx, 'review', input);
}

/**
 * Running stops: the phase becomes paused in a new period (unless already paused or discharged) and the
 * therapist gets a stop alert with the reasons, unless one is already open. Only the therapist's resolution
 * resumes running.
 */
export async function pauseRunning(tx: Executor, input: AlertInput & { on: IsoDate; reason: string; stage?: number }): Promise<void> {
  const { profile } = input;
  if (profile.phase !== 'paused' && profile.phase !== 'discharged') {
    // A re-decided run stops at that run's stage, even if its first decision had moved the runner on.
    const stage = input.stage ?? profile.stage;
    await startPlanPeriod(tx, { profile, move: { phase: 'paused', stage, reason: input.reason }, on: input.on, actorId: input.actorId });
  }
  if (await hasOpenAlert(tx, profile.userId, 'stop')) return;
  await insertAlert(tx, 'stop', input);
}

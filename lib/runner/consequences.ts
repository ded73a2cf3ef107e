import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { alerts, plans, runnerProfiles, type Plan, type RunnerProfile } from '@/db/schema';
import { DECISION_RULE_IDS, explainRule, type IsoDate, type PhaseDecision } from '@/lib/protocol';

type Phase = RunnerProfile['phase'];

/** The phase period changes: the open plan ends and a new one opens on the same day (never before the old one began). */
export async function changePhase(
  tx: Executor,
  input: { profile: RunnerProfile; plan: Plan | null; phase: Phase; stage: number; on: IsoDate; reason: string; actorId: string },
): Promise<void> {
  const on = input.plan && input.plan.startedOn > input.on ? input.plan.startedOn : input.on;
  if (input.plan) await tx.update(plans).set({ endedOn: on }).where(eq(plans.id, input.plan.id));
  await tx.insert(plans).values({
    runnerId: input.profile.userId,
    phase: input.phase,
    startStage: input.stage,
    startedOn: on,
    reason: input.reason,
    createdBy: input.actorId,
  });
}

/** Moves the runner to a phase and stage, bumping the version so a therapist editing at the same time notices. */
export async function setPhaseAndStage(tx: Executor, runnerId: string, phase: Phase, stage: number): Promise<void> {
  await tx
    .update(runnerProfiles)
    .set({ phase, stage, version: sql`${runnerProfiles.version} + 1`, updatedAt: new Date() })
    .where(eq(runnerProfiles.userId, runnerId));
}

export async function hasOpenStopAlert(tx: Executor, runnerId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: alerts.id })
    .from(alerts)
    .where(and(eq(alerts.runnerId, runnerId), eq(alerts.kind, 'stop'), eq(alerts.status, 'open')))
    .limit(1);
  return Boolean(row);
}

interface DecisionContext {
  profile: RunnerProfile;
  plan: Plan | null;
  decision: PhaseDecision;
  decisionId: string;
  runLogId: string;
  fromStage: number;
  /** The day a phase change takes effect. */
  on: IsoDate;
  actorId: string;
  /** Skip a second stop alert when one is already open (a check-in re-deciding a run that already stopped). */
  stopAlertAlreadyOpen?: boolean;
}

/**
 * What a decision does beyond being stored: the runner's stage and phase follow it, a phase change closes
 * the open plan period and opens the next, a stop alerts the therapist, a second regression in a week asks
 * for a review.
 */
export async function applyDecision(tx: Executor, ctx: DecisionContext): Promise<void> {
  const { profile, decision } = ctx;
  const phaseChanges = decision.nextPhase !== profile.phase;
  if (phaseChanges || decision.nextStage !== profile.stage) {
    await setPhaseAndStage(tx, profile.userId, decision.nextPhase, decision.nextStage);
  }
  if (phaseChanges) {
    const deciding = decision.rules[0] ?? 'green';
    await changePhase(tx, {
      profile,
      plan: ctx.plan,
      phase: decision.nextPhase,
      stage: decision.nextStage,
      on: ctx.on,
      reason: explainRule(deciding, 'therapist', { stage: ctx.fromStage }),
      actorId: ctx.actorId,
    });
  }
  const base = {
    clinicId: profile.clinicId,
    runnerId: profile.userId,
    therapistId: profile.therapistId,
    runLogId: ctx.runLogId,
    decisionId: ctx.decisionId,
    createdBy: ctx.actorId,
  };
  if (decision.action === 'stop' && !ctx.stopAlertAlreadyOpen) {
    await tx.insert(alerts).values({ ...base, kind: 'stop', rules: decision.rules });
  }
  if (decision.rules.includes('review.repeated_regression')) {
    await tx.insert(alerts).values({ ...base, kind: 'review', rules: ['review.repeated_regression'] });
  }
}

/** Red-flag rule ids in the decision table's order, so the deciding one comes first. */
export function orderRedFlags(ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  return DECISION_RULE_IDS.filter((id) => wanted.has(id));
}

/** Running stops outside a run decision (a concern's red flag, a check-in after the plan has moved on). */
export async function pauseRunning(
  tx: Executor,
  input: { profile: RunnerProfile; rules: string[]; on: IsoDate; actorId: string; message?: string | null; runLogId?: string | null; decisionId?: string | null },
): Promise<void> {
  const { profile } = input;
  if (profile.phase !== 'paused' && profile.phase !== 'discharged') {
    const [plan] = await tx.select().from(plans).where(and(eq(plans.runnerId, profile.userId), isNull(plans.endedOn))).limit(1);
    await setPhaseAndStage(tx, profile.userId, 'paused', profile.stage);
    await changePhase(tx, {
      profile,
      plan: plan ?? null,
      phase: 'paused',
      stage: profile.stage,
      on: input.on,
      reason: explainRule(input.rules[0] ?? 'red_flag.sharp_pain', 'therapist', {}),
      actorId: input.actorId,
    });
  }
  if (await hasOpenStopAlert(tx, profile.userId)) return;
  await tx.insert(alerts).values({
    clinicId: profile.clinicId,
    runnerId: profile.userId,
    therapistId: profile.therapistId,
    kind: 'stop',
    rules: input.rules,
    message: input.message ?? null,
    runLogId: input.runLogId ?? null,
    decisionId: input.decisionId ?? null,
    createdBy: input.actorId,
  });
}

import 'server-only';
import type { Executor } from '@/db';
import { protocolDecisions, type ProtocolDecisionRow, type RunnerProfile } from '@/db/schema';
import { addDays, explainRule, weeklyCap, type IsoDate, type PhaseDecision } from '@/lib/protocol';
import { pauseRunning, raiseReview, setStageInPeriod, startPlanPeriod } from './changes';
import type { RunnerPlan } from './runner-plan';

export interface NewDecision {
  runnerId: string;
  runLogId: string;
  source: 'run_log' | 'check_in';
  fromStage: number;
  decision: PhaseDecision;
  supersedesId?: string | null;
  createdBy: string;
}

/** Appends one decision; a later re-evaluation is a new row pointing at the one it supersedes. */
export async function insertDecision(tx: Executor, input: NewDecision): Promise<ProtocolDecisionRow> {
  const [row] = await tx
    .insert(protocolDecisions)
    .values({
      runnerId: input.runnerId,
      runLogId: input.runLogId,
      source: input.source,
      action: input.decision.action,
      fromStage: input.fromStage,
      nextStage: input.decision.nextStage,
      nextPhase: input.decision.nextPhase,
      rules: input.decision.rules,
      earliestNextRun: input.decision.earliestNextRun,
      supersedesId: input.supersedesId ?? null,
      createdBy: input.createdBy,
    })
    .returning();
  if (!row) throw new Error('decision insert returned no row');
  return row;
}

/** The review advice a decision can carry, each raising one open review alert for the therapist. */
const REVIEW_ADVICE = ['review.repeated_regression', 'review.stalled'] as const;

/** The smallest first-week cap a continuous period is stored with (the plans check allows 10 to 1200). */
const MIN_STORED_CAP = 10;

/**
 * The first calendar week after the ladder: 10 % over the minutes run in the seven days up to the run that
 * passed the last stage, never above the goal.
 */
function firstContinuousCap(plan: RunnerPlan, runDate: IsoDate, runMinutes: number): number {
  const from = addDays(runDate, -6);
  const before = plan.logs.filter((log) => log.date >= from && log.date <= runDate).reduce((sum, log) => sum + log.runMinutes, 0);
  const cap = Math.floor(weeklyCap(before + runMinutes, plan.settings));
  return Math.max(MIN_STORED_CAP, Math.min(plan.profile.goalWeeklyMinutes, cap));
}

interface DecisionContext {
  profile: RunnerProfile;
  plan: RunnerPlan;
  decision: PhaseDecision;
  decisionId: string;
  runLogId: string;
  run: { date: IsoDate; stage: number; runMinutes: number };
  /** The day a phase change takes effect. */
  on: IsoDate;
  actorId: string;
}

/**
 * What a decision does beyond being stored: the runner's stage follows it, a phase change closes the open plan
 * period and opens the next (continuous with its first week's cap), a stop pauses running and alerts the
 * therapist, and review advice raises a review alert.
 */
export async function applyDecision(tx: Executor, ctx: DecisionContext): Promise<void> {
  const { profile, decision } = ctx;
  const base = { profile, actorId: ctx.actorId, runLogId: ctx.runLogId, decisionId: ctx.decisionId };
  const reason = explainRule(decision.rules[0] ?? 'green', 'therapist', { stage: ctx.run.stage, painAllowance: ctx.plan.settings.painAllowance, stopPain: ctx.plan.settings.stopPain });
  if (decision.action === 'stop') {
    await pauseRunning(tx, { ...base, rules: decision.rules, on: ctx.on, reason, stage: decision.nextStage });
  } else if (decision.nextPhase !== profile.phase) {
    const weeklyCapValue = decision.nextPhase === 'continuous' ? firstContinuousCap(ctx.plan, ctx.run.date, ctx.run.runMinutes) : null;
    await startPlanPeriod(tx, { profile, move: { phase: decision.nextPhase, stage: decision.nextStage, reason, weeklyCap: weeklyCapValue }, on: ctx.on, actorId: ctx.actorId });
  } else if (decision.nextStage !== profile.stage) {
    await setStageInPeriod(tx, profile.userId, decision.nextStage);
  }
  for (const advice of REVIEW_ADVICE) {
    if (decision.rules.includes(advice)) await raiseReview(tx, { ...base, rules: [advice] });
  }
}

/**
 * A long break (protocol v2 `gap.step_back`) asks the therapist to review, at the first write after it (the
 * pre-run check or the run log); one open review is enough. The lower stage itself needs no write: the next run
 * is prescribed and logged at it, and its decision moves the profile on from there.
 */
export async function reviewLongGap(tx: Executor, input: { profile: RunnerProfile; plan: RunnerPlan; actorId: string }): Promise<void> {
  if (input.plan.gap?.reviewAlert) await raiseReview(tx, { profile: input.profile, actorId: input.actorId, rules: ['review.long_gap'] });
}

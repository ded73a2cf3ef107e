import 'server-only';
import { and, desc, eq, lt } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { protocolDecisions, runLogs, type RunnerProfile } from '@/db/schema';
import { ActionError } from '@/lib/actions/authorized-action';
import type { SessionUser } from '@/lib/auth';
import { recordAudit } from '@/lib/audit/record';
import { lockPlan } from '@/lib/plan/changes';
import { applyDecision, insertDecision, reviewLongGap } from '@/lib/plan/run-decisions';
import { isRunningPhase, loadRunnerPlan, toProtocolRunLog, type RunnerPlan } from '@/lib/plan/runner-plan';
import { runGoesOverCap } from '@/lib/plan/volume';
import { addDays, decideRunInPhase, explainRule, formatLongDate, MAX_STAGE, type IsoDate, type PhaseDecision } from '@/lib/protocol';
import type { RunLogInput } from '@/lib/validation/run-log';
import { loggedPhaseOf, runnerDecisionView, type DecisionView } from './decision-view';
import { settingsFor } from './settings';

export interface RunLogResult {
  runLogId: string;
  /** True when this answers a repeated submission of an already stored run. */
  replayed: boolean;
  view: DecisionView;
}

const FIX_FIELDS = 'Please correct the highlighted fields.';

/** The answer the first submission with this key got: its run and the decision made then (not a later check-in's). */
async function storedRunResult(tx: Executor, profile: RunnerProfile, idempotencyKey: string): Promise<RunLogResult | null> {
  const [row] = await tx
    .select({ runLogId: runLogs.id, decision: protocolDecisions })
    .from(runLogs)
    .innerJoin(protocolDecisions, and(eq(protocolDecisions.runLogId, runLogs.id), eq(protocolDecisions.source, 'run_log')))
    .where(and(eq(runLogs.runnerId, profile.userId), eq(runLogs.idempotencyKey, idempotencyKey)))
    .limit(1);
  if (!row) return null;
  const { decision } = row;
  const [previous] = await tx
    .select({ nextPhase: protocolDecisions.nextPhase })
    .from(protocolDecisions)
    .where(and(eq(protocolDecisions.runnerId, profile.userId), lt(protocolDecisions.createdAt, decision.createdAt)))
    .orderBy(desc(protocolDecisions.createdAt))
    .limit(1);
  const settings = await settingsFor(tx, profile);
  const view = runnerDecisionView(decision, {
    fromStage: decision.fromStage,
    phase: loggedPhaseOf(decision, previous?.nextPhase ?? null),
    painAllowance: settings.painAllowance,
    stopPain: settings.stopPain,
  });
  return { runLogId: row.runLogId, replayed: true, view };
}

function checkRunDate(date: IsoDate, today: IsoDate): void {
  if (date !== today && date !== addDays(today, -1)) throw new ActionError(FIX_FIELDS, { date: 'Choose today or yesterday.' });
}

/** After the ladder, a run that takes its calendar week past the cap is told so (advice only: the action stands). */
function withVolumeAdvice(decision: PhaseDecision, plan: RunnerPlan, run: { date: IsoDate; runMinutes: number }): PhaseDecision {
  if (!plan.volume || decision.action === 'stop' || !runGoesOverCap(plan.volume, run.date, run.runMinutes)) return decision;
  return { ...decision, rules: [...decision.rules, 'volume.over_cap'] };
}

/**
 * Stores a run and decides it, in one transaction: the log, the protocol's decision, the runner's new stage
 * or phase (closing and opening plan periods), an alert on a stop or a repeated regression, and the audit row.
 * A submission whose idempotency key is already stored writes nothing and answers what the first one got.
 */
export async function logRun(runner: SessionUser, input: RunLogInput, today: IsoDate): Promise<RunLogResult> {
  checkRunDate(input.date, today);
  return getDb().transaction(async (tx) => {
    const locked = await lockPlan(tx, runner.id);
    if (!locked || locked.clinicId !== runner.clinicId) throw new ActionError('Your running plan could not be found. Please contact your clinic.');
    const replay = await storedRunResult(tx, locked, input.idempotencyKey);
    if (replay) return replay;

    if (!isRunningPhase(locked.phase)) {
      throw new ActionError(
        locked.phase === 'paused'
          ? 'Running is paused: do not run until your physical therapist has reviewed your plan.'
          : 'Your plan does not include running yet: your physical therapist will start it when you are ready.',
      );
    }
    const profile = locked;
    const phase = locked.phase;
    const plan = await loadRunnerPlan(runner.id, today, tx);
    if (!plan) throw new ActionError('Your running plan could not be found. Please contact your clinic.');
    if (plan.gap?.reassess) throw new ActionError(explainRule('gap.reassess', 'runner', { days: plan.gap.days }));
    await reviewLongGap(tx, { profile, plan, actorId: runner.id });
    const lastRun = plan.logs.at(-1);
    if (lastRun && lastRun.date > input.date) {
      throw new ActionError(FIX_FIELDS, { date: `You have already logged a run on ${formatLongDate(lastRun.date)}; an earlier run cannot be added now.` });
    }
    if (plan.plan && input.date < plan.plan.startedOn) {
      throw new ActionError(FIX_FIELDS, { date: `Your current plan started on ${formatLongDate(plan.plan.startedOn)}; log runs from that day on.` });
    }

    // After a break the run is prescribed (and so logged) lower on the ladder than the profile's stage.
    const stage = phase === 'walk_run' ? plan.stage : MAX_STAGE;
    const [row] = await tx
      .insert(runLogs)
      .values({
        runnerId: runner.id,
        date: input.date,
        stage,
        completed: input.completed,
        runMinutes: input.runMinutes,
        painBefore: input.painBefore,
        painDuring: input.painDuring,
        painAfter: input.painAfter,
        sharpPain: input.sharpPain,
        limping: input.limping,
        rpe: input.rpe,
        note: input.note,
        idempotencyKey: input.idempotencyKey,
        createdBy: runner.id,
      })
      .onConflictDoNothing({ target: [runLogs.runnerId, runLogs.idempotencyKey] })
      .returning();
    if (!row) {
      const first = await storedRunResult(tx, profile, input.idempotencyKey);
      if (first) return first;
      throw new Error('run log idempotency conflict without a stored decision');
    }

    const decided = decideRunInPhase([...plan.history, toProtocolRunLog(row)], phase, plan.settings, plan.decisionContext);
    const decision = withVolumeAdvice(stage < profile.stage ? { ...decided, rules: [...decided.rules, 'gap.step_back'] } : decided, plan, row);
    const stored = await insertDecision(tx, { runnerId: runner.id, runLogId: row.id, source: 'run_log', fromStage: stage, decision, createdBy: runner.id });
    await applyDecision(tx, { profile, plan, decision, decisionId: stored.id, runLogId: row.id, run: row, on: row.date, actorId: runner.id });
    await recordAudit(
      {
        action: 'run_log.create',
        outcome: 'ok',
        actorId: runner.id,
        clinicId: runner.clinicId,
        targetType: 'run_log',
        targetId: row.id,
        detail: { decisionId: stored.id, action: decision.action },
      },
      tx,
    );
    return { runLogId: row.id, replayed: false, view: runnerDecisionView(decision, { fromStage: stage, phase, painAllowance: plan.settings.painAllowance, stopPain: plan.settings.stopPain }) };
  });
}

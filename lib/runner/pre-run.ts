import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { preRunChecks, type PreRunCheck } from '@/db/schema';
import { ActionError } from '@/lib/actions/authorized-action';
import type { SessionUser } from '@/lib/auth';
import { recordAudit } from '@/lib/audit/record';
import { lockPlan, pauseRunning } from '@/lib/plan/changes';
import { reviewLongGap } from '@/lib/plan/run-decisions';
import { isRunningPhase, loadRunnerPlan } from '@/lib/plan/runner-plan';
import { explainRule, preRunCheck, type IsoDate } from '@/lib/protocol';
import type { PreRunInput } from '@/lib/validation/pre-run';

export interface PreRunResult {
  outcome: PreRunCheck['outcome'];
  rules: string[];
}

/**
 * The pre-run check, in one transaction: a long break asks the therapist to review (as the run log would), the
 * answers are decided by the protocol and stored; a stop pauses running and alerts the therapist exactly as a
 * stop after a run does. A resubmission with the same key answers the first result and writes nothing.
 */
export async function checkBeforeRun(runner: SessionUser, input: PreRunInput, today: IsoDate): Promise<PreRunResult> {
  return getDb().transaction(async (tx) => {
    const locked = await lockPlan(tx, runner.id);
    if (!locked || locked.clinicId !== runner.clinicId) throw new ActionError('Your running plan could not be found. Please contact your clinic.');
    const [stored] = await tx
      .select()
      .from(preRunChecks)
      .where(and(eq(preRunChecks.runnerId, runner.id), eq(preRunChecks.idempotencyKey, input.idempotencyKey)))
      .limit(1);
    if (stored) return { outcome: stored.outcome, rules: stored.rules };
    if (!isRunningPhase(locked.phase)) {
      throw new ActionError(locked.phase === 'paused' ? 'Running is paused: do not run until your physical therapist has reviewed your plan.' : 'Your plan does not include running yet.');
    }
    const plan = await loadRunnerPlan(runner.id, today, tx);
    if (!plan) throw new ActionError('Your running plan could not be found. Please contact your clinic.');
    if (plan.gap?.reassess) throw new ActionError(explainRule('gap.reassess', 'runner', { days: plan.gap.days }));
    const profile = locked;
    await reviewLongGap(tx, { profile, plan, actorId: runner.id });

    const answers = { painNow: input.painNow, swellingOver24h: input.swellingOver24h, limpingWhenWalking: input.limpingWhenWalking };
    const result = preRunCheck(answers, plan.settings);
    const [row] = await tx
      .insert(preRunChecks)
      .values({ runnerId: runner.id, date: today, ...answers, outcome: result.action, rules: result.rules, idempotencyKey: input.idempotencyKey, createdBy: runner.id })
      .returning({ id: preRunChecks.id });
    if (result.action === 'stop') {
      await pauseRunning(tx, { profile, rules: result.rules, on: today, actorId: runner.id, reason: `Before a run: ${explainRule(result.rules[0] ?? 'pain.severe', 'therapist', { stopPain: plan.settings.stopPain })}` });
    }
    await recordAudit(
      { action: 'pre_run_check.create', outcome: 'ok', actorId: runner.id, clinicId: runner.clinicId, targetType: 'pre_run_check', targetId: row?.id ?? null, detail: { result: result.action } },
      tx,
    );
    return { outcome: result.action, rules: result.rules };
  });
}

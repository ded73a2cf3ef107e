import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { runLogs } from '@/db/schema';
import { ActionError } from '@/lib/actions/authorized-action';
import type { SessionUser } from '@/lib/auth';
import { recordAudit } from '@/lib/audit/record';
import { lockPlan, pauseRunning } from '@/lib/plan/changes';
import { applyDecision, insertDecision } from '@/lib/plan/run-decisions';
import { isRunningPhase, loadRunnerPlan } from '@/lib/plan/runner-plan';
import { explainRule, isStopRule, orderRedFlags, reevaluateRun, type IsoDate, type PhaseDecision } from '@/lib/protocol';
import type { CheckInInput } from '@/lib/validation/check-in';
import { loggedPhaseOf, runnerDecisionView, type DecisionView } from './decision-view';

export interface CheckInResult {
  /** True when the answers changed the run's decision (a superseding decision was stored). */
  changed: boolean;
  alreadyAnswered: boolean;
  view: DecisionView | null;
}

/**
 * The next-morning answers about a run. They are stored on the run, and when they change its decision a new
 * decision supersedes the earlier one (which is kept as it was) and takes effect: stage, phase, alert.
 */
export async function checkIn(runner: SessionUser, input: CheckInInput, today: IsoDate): Promise<CheckInResult> {
  const [owned] = await getDb()
    .select({ id: runLogs.id })
    .from(runLogs)
    .where(and(eq(runLogs.id, input.runLogId), eq(runLogs.runnerId, runner.id)))
    .limit(1);
  if (!owned) {
    await recordAudit({ action: 'check_in.create', outcome: 'denied', actorId: runner.id, clinicId: runner.clinicId, targetType: 'run_log', targetId: input.runLogId });
    throw new ActionError('That run could not be found.');
  }

  return getDb().transaction(async (tx) => {
    const profile = await lockPlan(tx, runner.id);
    const plan = await loadRunnerPlan(runner.id, today, tx);
    const [run] = await tx.select().from(runLogs).where(eq(runLogs.id, input.runLogId)).limit(1);
    if (!profile || !plan || !run) throw new ActionError('That run could not be found.');
    const current = plan.currentDecisionFor(run.id);
    const viewOf = (decision: PhaseDecision | NonNullable<typeof current>, phase = loggedPhaseOf({ ...decision, fromStage: run.stage }, null)) =>
      runnerDecisionView(decision, { fromStage: run.stage, phase, painAllowance: plan.settings.painAllowance, stopPain: plan.settings.stopPain });

    if (run.checkedInAt) return { changed: false, alreadyAnswered: true, view: current ? viewOf(current) : null };
    if (run.date >= today) throw new ActionError('The check-in opens the morning after your run.');

    await tx
      .update(runLogs)
      .set({ painNextMorning: input.painNextMorning, swellingOver24h: input.swellingOver24h, checkedInAt: new Date() })
      .where(eq(runLogs.id, run.id));

    const answers = { painNextMorning: input.painNextMorning, swellingOver24h: input.swellingOver24h };
    const severe = input.painNextMorning >= plan.settings.stopPain;
    const newStops = [
      ...(input.swellingOver24h && !current?.rules.includes('red_flag.swelling_24h') ? ['red_flag.swelling_24h'] : []),
      ...(severe && !current?.rules.includes('pain.severe') ? ['pain.severe'] : []),
    ];
    const isLastOfPlan = plan.logs.at(-1)?.id === run.id && run.date >= (plan.plan?.startedOn ?? run.date);
    let changed = false;
    let view: DecisionView | null = current ? viewOf(current) : null;
    let decisionId: string | null = null;

    // The re-evaluation applies whatever the phase has become since (a green stage-8 run moved the runner on to
    // continuous; a next morning that did not settle sends them back to stage 8), unless running already stopped.
    if (current && isLastOfPlan && isRunningPhase(profile.phase)) {
      const passedLadder = current.action === 'progress' && plan.plan?.phase === 'continuous' && plan.plan.startedOn === run.date && plan.plan.createdBy === runner.id;
      const phase = passedLadder ? 'walk_run' : profile.phase;
      const reevaluation = reevaluateRun(plan.history, answers, plan.settings, phase, plan.decisionContext);
      // Between runs, pain at the stop threshold stops running as it does in a concern (decision row 5 reads only
      // the pain before, during and after the run).
      if (severe && reevaluation.decision.action !== 'stop') {
        reevaluation.decision = { action: 'stop', nextStage: run.stage, nextPhase: 'paused', rules: orderRedFlags(['pain.severe', ...reevaluation.decision.rules]), earliestNextRun: null };
        reevaluation.changed = true;
      }
      if (reevaluation.changed) {
        const stored = await insertDecision(tx, {
          runnerId: runner.id,
          runLogId: run.id,
          source: 'check_in',
          fromStage: run.stage,
          decision: reevaluation.decision,
          supersedesId: current.id,
          createdBy: runner.id,
        });
        await applyDecision(tx, { profile, plan, decision: reevaluation.decision, decisionId: stored.id, runLogId: run.id, run, on: today, actorId: runner.id });
        changed = true;
        decisionId = stored.id;
      }
      view = viewOf(reevaluation.decision, phase);
    } else if (current && newStops.length > 0) {
      // Running already stopped, or the plan has moved on since this run: the red flag still stops running.
      const rules = orderRedFlags([...current.rules.filter(isStopRule), ...newStops]);
      const decision: PhaseDecision = { action: 'stop', nextStage: profile.stage, nextPhase: 'paused', rules, earliestNextRun: null };
      const stored = await insertDecision(tx, {
        runnerId: runner.id,
        runLogId: run.id,
        source: 'check_in',
        fromStage: run.stage,
        decision,
        supersedesId: current.id,
        createdBy: runner.id,
      });
      await pauseRunning(tx, { profile, rules, on: today, actorId: runner.id, runLogId: run.id, decisionId: stored.id, reason: explainRule(rules[0] ?? 'red_flag.swelling_24h', 'therapist', { stopPain: plan.settings.stopPain }) });
      changed = true;
      decisionId = stored.id;
      view = viewOf(decision);
    }

    await recordAudit(
      {
        action: 'check_in.create',
        outcome: 'ok',
        actorId: runner.id,
        clinicId: runner.clinicId,
        targetType: 'run_log',
        targetId: run.id,
        detail: { changed, decisionId },
      },
      tx,
    );
    return { changed, alreadyAnswered: false, view };
  });
}

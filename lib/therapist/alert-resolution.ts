import 'server-only';
import { and, eq, or } from 'drizzle-orm';
import { getDb } from '@/db';
import { alerts, protocolDecisions, runLogs } from '@/db/schema';
import { requireRunnerAccess } from '@/lib/access/runner-access';
import { ActionError } from '@/lib/actions/authorized-action';
import type { SessionUser } from '@/lib/auth';
import { recordAudit } from '@/lib/audit/record';
import { isStopRule, MAX_STAGE, MIN_STAGE, type IsoDate } from '@/lib/protocol';
import type { ResolveAlertInput } from '@/lib/validation/alert-resolution';
import { phaseLabel } from '@/lib/phases';
import { startPlanPeriod, type PlanMove } from '@/lib/plan/changes';
import { lockProfileAtVersion, openRedFlagAlertOf, type ActionMessage } from './action-support';

function planFor(input: ResolveAlertInput, stopStage: number, currentStage: number, goalWeeklyMinutes: number): PlanMove | null {
  switch (input.choice) {
    case 'resume':
      return { phase: 'walk_run', stage: input.resumeStage ?? MIN_STAGE, reason: `Alert resolved: resume walk-run at stage ${input.resumeStage}` };
    case 'resume_phase': {
      const phase = input.resumePhase ?? 'continuous';
      const weeklyCap = Math.min(input.weeklyCap ?? goalWeeklyMinutes, goalWeeklyMinutes);
      return { phase, stage: MAX_STAGE, weeklyCap, reason: `Alert resolved: resume ${phaseLabel(phase).toLowerCase()} at up to ${weeklyCap} min a week` };
    }
    case 'regress': {
      const stage = Math.max(MIN_STAGE, stopStage - 1);
      return { phase: 'walk_run', stage, reason: `Alert resolved: step back to stage ${stage}` };
    }
    case 'foundation':
      return { phase: 'foundation', stage: MIN_STAGE, reason: 'Alert resolved: return to foundation' };
    case 'refer_out':
      return { phase: 'discharged', stage: currentStage, reason: 'Alert resolved: referred out to another provider' };
    case 'acknowledged':
      return null;
  }
}

/**
 * Resolves an alert with a note. A red flag (a stop, or a concern that reported one) or any alert of a paused
 * runner needs a choice of how running continues: resume at a stage, step back one stage from the stopped run,
 * return to foundation, or refer out. That choice moves the plan at once and also resolves the runner's other
 * open red-flag alerts (running cannot resume while one stays open). Other alerts can be acknowledged without
 * changing the plan, or resolved with a plan choice too.
 */
export async function resolveAlertAs(user: SessionUser, input: ResolveAlertInput, today: IsoDate): Promise<ActionMessage> {
  await requireRunnerAccess(user, input.runnerId, 'alert.resolve');
  const message = await getDb().transaction(async (tx) => {
    const [alert] = await tx
      .select({ id: alerts.id, kind: alerts.kind, rules: alerts.rules, decisionStage: protocolDecisions.fromStage, runStage: runLogs.stage })
      .from(alerts)
      .leftJoin(protocolDecisions, eq(protocolDecisions.id, alerts.decisionId))
      .leftJoin(runLogs, eq(runLogs.id, alerts.runLogId))
      .where(and(eq(alerts.id, input.alertId), eq(alerts.runnerId, input.runnerId), eq(alerts.status, 'open')))
      .for('update', { of: alerts });
    if (!alert) throw new ActionError('This alert is already resolved: reload to see the runner’s current plan.');
    const profile = await lockProfileAtVersion(tx, input.runnerId, input.version);
    const needsPlanChoice = alert.kind === 'stop' || alert.rules.some(isStopRule) || profile.phase === 'paused';
    if (needsPlanChoice && input.choice === 'acknowledged') {
      throw new ActionError('Running is paused: choose how the runner continues.', { choice: 'Choose resume, step back, return to foundation or refer out.' });
    }
    const plan = planFor(input, alert.decisionStage ?? alert.runStage ?? profile.stage, profile.stage, profile.goalWeeklyMinutes);
    if (plan) await startPlanPeriod(tx, { profile, move: plan, on: today, actorId: user.id });
    const resolved = await tx
      .update(alerts)
      .set({
        status: 'resolved',
        resolution: input.choice,
        resolutionStage: plan && plan.phase === 'walk_run' ? plan.stage : null,
        resolutionNote: input.note,
        resolvedBy: user.id,
        resolvedAt: new Date(),
      })
      .where(plan ? or(eq(alerts.id, alert.id), openRedFlagAlertOf(input.runnerId)) : eq(alerts.id, alert.id))
      .returning({ id: alerts.id });
    await recordAudit(
      {
        action: 'alert.resolve',
        outcome: 'ok',
        actorId: user.id,
        clinicId: user.clinicId,
        targetType: 'alert',
        targetId: alert.id,
        detail: { runnerId: input.runnerId, resolution: input.choice, alertsResolved: resolved.length },
      },
      tx,
    );
    return plan ? `${plan.reason}.` : 'Alert acknowledged; the plan is unchanged.';
  });
  return { message };
}

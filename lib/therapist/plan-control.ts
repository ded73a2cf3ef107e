import 'server-only';
import { and, asc, desc, eq, gte, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { getDb, type Executor } from '@/db';
import { clinics, plans, protocolDecisions, readinessAssessments, runLogs, runnerProfiles } from '@/db/schema';
import { requireRunnerAccess } from '@/lib/access/runner-access';
import { ActionError } from '@/lib/actions/authorized-action';
import type { SessionUser } from '@/lib/auth';
import { recordAudit } from '@/lib/audit/record';
import { phaseLabel } from '@/lib/phases';
import { addDays, canStartWalkRun, explainRule, FULL_CRITERIA_WEEKS, FULL_MIN_RUN_MINUTES, resolveSettings, type IsoDate, type ProtocolSettings } from '@/lib/protocol';
import type { dischargeSchema, PlanSettingsInput, setStageSchema, startFoundationSchema, startWalkRunSchema, unlockFullSchema } from '@/lib/validation/plan-control';
import { lockProfileAtVersion, refuseWhilePausedByAlert, type ActionMessage } from './action-support';
import { fullCriteriaReport, type FullCriteriaReport } from '@/lib/plan/full-criteria';
import { painPointsFrom } from '@/lib/plan/pain-points';
import { loadRunnerPlan } from '@/lib/plan/runner-plan';
import { setPlanRules, startPlanPeriod, type PlanMove } from '@/lib/plan/changes';
import { SETTINGS_CHANGE_ACTION } from './runner-record';

/*
 * The therapist's plan controls as plain functions of (therapist, validated input, today): the server actions in
 * plan-actions.ts authorize the role, read the therapist's today and call these; the demo seed calls them with a
 * simulated today. Each checks access to the runner itself and writes in one transaction.
 */

/** Authorizes the runner, then in one transaction: checks the rendered version, lets `decide` pick the new plan, writes it and the audit row. */
async function changePlan(
  user: SessionUser,
  input: { runnerId: string; version: number },
  today: IsoDate,
  auditAction: string,
  decide: (tx: Executor, profile: typeof runnerProfiles.$inferSelect, openPlan: typeof plans.$inferSelect | null, today: IsoDate) => Promise<PlanMove>,
): Promise<ActionMessage> {
  await requireRunnerAccess(user, input.runnerId, auditAction);
  const plan = await getDb().transaction(async (tx) => {
    const profile = await lockProfileAtVersion(tx, input.runnerId, input.version);
    const [openPlan] = await tx.select().from(plans).where(and(eq(plans.runnerId, input.runnerId), isNull(plans.endedOn))).limit(1);
    const next = await decide(tx, profile, openPlan ?? null, today);
    await startPlanPeriod(tx, { profile, move: next, on: today, actorId: user.id });
    await recordAudit(
      { action: auditAction, outcome: 'ok', actorId: user.id, clinicId: user.clinicId, targetType: 'runner', targetId: input.runnerId, detail: { phase: next.phase, stage: next.stage, override: Boolean(next.overrideReason) } },
      tx,
    );
    return next;
  });
  return { message: `Saved: ${plan.reason}.` };
}

function requirePhase(profile: { phase: string }, phase: string, action: string): void {
  if (profile.phase !== phase) throw new ActionError(`${action} is possible only from ${phaseLabel(phase)}; the runner is in ${phaseLabel(profile.phase)}.`);
}

export function startFoundationAs(user: SessionUser, input: z.output<typeof startFoundationSchema>, today: IsoDate): Promise<ActionMessage> {
  return changePlan(user, input, today, 'plan.start_foundation', async (tx, profile) => {
    if (profile.phase === 'foundation') throw new ActionError('The runner is already in foundation.');
    await refuseWhilePausedByAlert(tx, profile);
    return { phase: 'foundation', stage: 1, reason: `Foundation started (from ${phaseLabel(profile.phase)})` };
  });
}

export function startWalkRunAs(user: SessionUser, input: z.output<typeof startWalkRunSchema>, today: IsoDate): Promise<ActionMessage> {
  return changePlan(user, input, today, 'plan.start_walk_run', async (tx, profile, openPlan, today) => {
    requirePhase(profile, 'foundation', 'Starting walk-run');
    const [assessment] = await tx
      .select({ passed: readinessAssessments.passed, date: readinessAssessments.assessedOn })
      .from(readinessAssessments)
      .where(eq(readinessAssessments.runnerId, profile.userId))
      .orderBy(desc(readinessAssessments.assessedOn), desc(readinessAssessments.createdAt))
      .limit(1);
    const gate = canStartWalkRun({ foundationStartedOn: openPlan?.startedOn ?? today, today, latestAssessment: assessment ?? null, overrideReason: input.overrideReason ?? null });
    const unmet = gate.reasons.map((id) => explainRule(id, 'therapist', { daysInFoundation: gate.daysInFoundation }));
    if (!gate.allowed) {
      throw new ActionError(`Walk-run cannot start yet. ${unmet.join('. ')}.`, {
        overrideReason: 'To start anyway, write why in the override reason (at least 10 characters).',
      });
    }
    return gate.override
      ? { phase: 'walk_run', stage: input.startStage, reason: `Walk-run started at stage ${input.startStage} by override (${unmet.join('; ')})`, overrideReason: input.overrideReason ?? null }
      : { phase: 'walk_run', stage: input.startStage, reason: `Walk-run started at stage ${input.startStage}: readiness passed after ${gate.daysInFoundation} days of foundation` };
  });
}

export function setStageAs(user: SessionUser, input: z.output<typeof setStageSchema>, today: IsoDate): Promise<ActionMessage> {
  return changePlan(user, input, today, 'plan.set_stage', async (_tx, profile) => {
    requirePhase(profile, 'walk_run', 'Setting the stage');
    if (profile.stage === input.stage) throw new ActionError(`The runner is already at stage ${input.stage}.`, { stage: 'Choose a different stage.' });
    return { phase: 'walk_run', stage: input.stage, reason: `Stage set to ${input.stage} (was ${profile.stage})` };
  });
}

/** The runs of the last two weeks with the decision in force for each, for the `full` criteria. */
async function recentDecidedRuns(tx: Executor, runnerId: string, today: IsoDate) {
  const since = addDays(today, -7 * FULL_CRITERIA_WEEKS + 1);
  const logs = await tx.select().from(runLogs).where(and(eq(runLogs.runnerId, runnerId), gte(runLogs.date, since))).orderBy(asc(runLogs.date), asc(runLogs.createdAt));
  const decisions = logs.length
    ? await tx
        .select({ runLogId: protocolDecisions.runLogId, action: protocolDecisions.action, rules: protocolDecisions.rules })
        .from(protocolDecisions)
        .where(inArray(protocolDecisions.runLogId, logs.map((log) => log.id)))
        .orderBy(desc(protocolDecisions.createdAt))
    : [];
  return painPointsFrom(logs, decisions).map((p) => ({ date: p.date, runMinutes: p.runMinutes, action: p.action, overCap: p.overCap }));
}

/** A new period after the ladder carries on the 10 % rule from this calendar week's cap. */
async function currentWeeklyCap(tx: Executor, runnerId: string, today: IsoDate): Promise<number | null> {
  const plan = await loadRunnerPlan(runnerId, today, tx);
  return plan?.volume ? Math.max(10, Math.floor(plan.volume.thisWeekCap)) : null;
}

function fullCriteriaWords(report: FullCriteriaReport): string {
  const problems = report.weeks.filter((w) => w.problems.length).map((w) => `the week ${w.from} to ${w.to} ${w.problems.join(' and ')}`);
  return `Full training needs ${FULL_CRITERIA_WEEKS} consecutive weeks of green runs, each at least ${FULL_MIN_RUN_MINUTES} min: ${problems.join('; ')}`;
}

export function unlockFullAs(user: SessionUser, input: z.output<typeof unlockFullSchema>, today: IsoDate): Promise<ActionMessage> {
  return changePlan(user, input, today, 'plan.unlock_full', async (tx, profile, openPlan, today) => {
    requirePhase(profile, 'continuous', 'Unlocking full training');
    const report = fullCriteriaReport(await recentDecidedRuns(tx, profile.userId, today), today, openPlan?.startedOn ?? today);
    const weeklyCap = await currentWeeklyCap(tx, profile.userId, today);
    if (report.met) return { phase: 'full', stage: profile.stage, weeklyCap, reason: `Full training unlocked: ${FULL_CRITERIA_WEEKS} weeks of green runs of at least ${FULL_MIN_RUN_MINUTES} min` };
    if (!input.overrideReason) {
      throw new ActionError(`${fullCriteriaWords(report)}.`, { overrideReason: 'To unlock anyway, write why in the override reason (at least 10 characters).' });
    }
    return { phase: 'full', stage: profile.stage, weeklyCap, reason: `Full training unlocked by override (${fullCriteriaWords(report)})`, overrideReason: input.overrideReason };
  });
}

export function dischargeToMaintenanceAs(user: SessionUser, input: z.output<typeof dischargeSchema>, today: IsoDate): Promise<ActionMessage> {
  return changePlan(user, input, today, 'plan.discharge', async (tx, profile, _openPlan, today) => {
    requirePhase(profile, 'full', 'Discharging to maintenance');
    return { phase: 'maintenance', stage: profile.stage, weeklyCap: await currentWeeklyCap(tx, profile.userId, today), reason: 'Discharged to maintenance' };
  });
}

const SETTING_LABELS = {
  painAllowance: 'pain allowance',
  sessionMinutes: 'session minutes',
  maxRunDaysPerWeek: 'run days per week',
} as const satisfies Partial<Record<keyof ProtocolSettings, string>>;
type EditableSetting = keyof typeof SETTING_LABELS;
const EDITABLE_SETTINGS = Object.keys(SETTING_LABELS) as EditableSetting[];

/** "pain allowance 2 → 3; run days per week 3 → 2": what the runner's rules now differ in. */
function describeChanges(before: { preset: string; settings: ProtocolSettings; goal: number }, after: { preset: string; settings: ProtocolSettings; goal: number }): string[] {
  const changes: string[] = [];
  if (before.preset !== after.preset) changes.push(`preset ${before.preset} → ${after.preset}`);
  for (const key of EDITABLE_SETTINGS) {
    if (before.settings[key] !== after.settings[key]) changes.push(`${SETTING_LABELS[key]} ${before.settings[key]} → ${after.settings[key]}`);
  }
  if (before.goal !== after.goal) changes.push(`weekly goal ${before.goal} → ${after.goal} min`);
  return changes;
}

function runnerOverrides(current: Record<string, number | boolean>, input: PlanSettingsInput): Record<string, number | boolean> {
  const next: Record<string, number | boolean> = { ...current };
  for (const key of EDITABLE_SETTINGS) {
    const value = input[key];
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next;
}

/**
 * Preset and settings change the rules, not the phase: no new plan period (that would restart the foundation
 * clock and the rule history); the change is kept in the audit log, which the timeline shows.
 */
export async function changePlanSettingsAs(user: SessionUser, input: PlanSettingsInput): Promise<ActionMessage> {
  await requireRunnerAccess(user, input.runnerId, SETTINGS_CHANGE_ACTION);
  const changes = await getDb().transaction(async (tx) => {
    const profile = await lockProfileAtVersion(tx, input.runnerId, input.version);
    const [clinic] = await tx.select({ settings: clinics.protocolSettings }).from(clinics).where(eq(clinics.id, profile.clinicId));
    const overrides = runnerOverrides(profile.protocolSettings, input);
    const list = describeChanges(
      { preset: profile.preset, settings: resolveSettings(profile.preset, clinic?.settings, profile.protocolSettings), goal: profile.goalWeeklyMinutes },
      { preset: input.preset, settings: resolveSettings(input.preset, clinic?.settings, overrides), goal: input.goalWeeklyMinutes },
    );
    if (list.length === 0) throw new ActionError('Nothing changed: the runner’s rules are already these.');
    await setPlanRules(tx, input.runnerId, { preset: input.preset, protocolSettings: overrides, goalWeeklyMinutes: input.goalWeeklyMinutes });
    await recordAudit(
      { action: SETTINGS_CHANGE_ACTION, outcome: 'ok', actorId: user.id, clinicId: user.clinicId, targetType: 'runner', targetId: input.runnerId, detail: { changes: list.join('; ') } },
      tx,
    );
    return list;
  });
  return { message: `Saved: ${changes.join('; ')}.` };
}

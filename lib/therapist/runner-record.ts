import 'server-only';
import { and, asc, desc, eq, getTableColumns, gte, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { auditLog, clinics, invitations, plans, protocolDecisions, readinessAssessments, runLogs, therapistNotes, users } from '@/db/schema';
import { loadRunnerPlan } from '@/lib/plan/runner-plan';
import { addDays, canStartWalkRun, explainRule, PAIN_PRESET_IDS, resolveSettings, type IsoDate, type PainPreset, type ProtocolSettings } from '@/lib/protocol';
import { computeAdherence, prescriptionsFor } from './adherence';
import { loggedSessionsInWindow } from './caseload';
import { fullCriteriaReport } from './full-criteria';
import { painPointsFrom } from './pain-points';
import { buildTimeline } from './timeline';
import { weeklyVolume } from './weekly-volume';

/** How far back the record page reads runs and decisions (the chart and the timeline). */
export const RECORD_DAYS = 84;
export const SETTINGS_CHANGE_ACTION = 'plan.settings';

/** The runner's account and clinic: whether the invitation was accepted, and the clinic's protocol defaults. */
async function runnerAccount(runnerId: string, executor: Executor) {
  const [row] = await executor
    .select({
      email: users.email,
      passwordSet: sql<boolean>`${users.passwordHash} is not null`,
      invitationExpiresAt: sql<string | null>`(select max(${invitations.expiresAt}) from ${invitations} where ${invitations.userId} = ${users.id})`,
      clinicSettings: clinics.protocolSettings,
    })
    .from(users)
    .innerJoin(clinics, eq(clinics.id, users.clinicId))
    .where(eq(users.id, runnerId))
    .limit(1);
  return row ?? null;
}

/** The runner's own overrides of the settings the therapist edits (a key absent = the preset's or clinic's value). */
function editableOverrides(stored: Record<string, number | boolean>) {
  const value = (key: string) => {
    const setting = stored[key];
    return typeof setting === 'number' ? setting : undefined;
  };
  return { painAllowance: value('painAllowance'), sessionMinutes: value('sessionMinutes'), maxRunDaysPerWeek: value('maxRunDaysPerWeek') };
}

/** Whether walk-run may start now, with every unmet condition in plain words. */
function gateWords(foundationStartedOn: IsoDate, today: IsoDate, latest: { passed: boolean; assessedOn: IsoDate } | null) {
  const gate = canStartWalkRun({ foundationStartedOn, today, latestAssessment: latest ? { passed: latest.passed, date: latest.assessedOn } : null });
  return { allowed: gate.allowed, unmet: gate.reasons.map((id) => explainRule(id, 'therapist', { daysInFoundation: gate.daysInFoundation })) };
}

/**
 * Everything the therapist's page on one runner shows, in a fixed set of queries run side by side. It does not
 * authorize: the caller checks access to this runner first.
 */
export async function loadRunnerRecord(runnerId: string, today: IsoDate, executor: Executor = getDb()) {
  const since = addDays(today, -RECORD_DAYS);
  const authors = users;
  const [plan, runRows, decisionRows, planRows, settingsRows, assessments, notes, account, exerciseSessions] = await Promise.all([
    loadRunnerPlan(runnerId, today, executor),
    executor
      .select()
      .from(runLogs)
      .where(and(eq(runLogs.runnerId, runnerId), gte(runLogs.date, since)))
      .orderBy(asc(runLogs.date), asc(runLogs.createdAt)),
    executor
      .select({ ...getTableColumns(protocolDecisions), runDate: runLogs.date })
      .from(protocolDecisions)
      .innerJoin(runLogs, eq(runLogs.id, protocolDecisions.runLogId))
      .where(and(eq(protocolDecisions.runnerId, runnerId), gte(runLogs.date, since)))
      .orderBy(desc(protocolDecisions.createdAt)),
    executor
      .select({ ...getTableColumns(plans), createdByName: authors.name })
      .from(plans)
      .leftJoin(authors, eq(authors.id, plans.createdBy))
      .where(eq(plans.runnerId, runnerId))
      .orderBy(desc(plans.startedOn), desc(plans.createdAt)),
    executor
      .select({ id: auditLog.id, at: auditLog.at, detail: auditLog.detail, byName: authors.name })
      .from(auditLog)
      .leftJoin(authors, eq(authors.id, auditLog.actorId))
      .where(
        and(
          eq(auditLog.action, SETTINGS_CHANGE_ACTION),
          eq(auditLog.outcome, 'ok'),
          eq(auditLog.targetType, 'runner'),
          eq(auditLog.targetId, runnerId),
          gte(auditLog.at, new Date(`${since}T00:00:00Z`)),
        ),
      ),
    executor
      .select({ ...getTableColumns(readinessAssessments), assessedByName: authors.name })
      .from(readinessAssessments)
      .innerJoin(authors, eq(authors.id, readinessAssessments.assessedBy))
      .where(eq(readinessAssessments.runnerId, runnerId))
      .orderBy(desc(readinessAssessments.assessedOn), desc(readinessAssessments.createdAt)),
    executor
      .select({ id: therapistNotes.id, body: therapistNotes.body, createdAt: therapistNotes.createdAt, authorName: authors.name })
      .from(therapistNotes)
      .innerJoin(authors, eq(authors.id, therapistNotes.authorId))
      .where(eq(therapistNotes.runnerId, runnerId))
      .orderBy(desc(therapistNotes.createdAt)),
    runnerAccount(runnerId, executor),
    loggedSessionsInWindow([runnerId], today, { includeRuns: false }, executor),
  ]);
  if (!plan || !account) return null;

  const { profile, settings } = plan;
  const painPoints = painPointsFrom(runRows, decisionRows);
  const decidedRuns = painPoints.map((p) => ({ date: p.date, runMinutes: p.runMinutes, action: p.action }));
  const periods = planRows;
  const adherence = computeAdherence({
    today,
    periods,
    logged: [...runRows.map((run) => ({ date: run.date, kind: 'run' as const })), ...(exerciseSessions.get(runnerId) ?? [])],
    prescriptionFor: prescriptionsFor(settings, profile.goalWeeklyMinutes),
  });
  const latestAssessment = assessments[0] ?? null;
  const openPlanStart = plan.plan?.startedOn ?? today;

  return {
    profile,
    runnerName: plan.runnerName,
    therapistName: plan.therapistName,
    openPlan: plan.plan,
    settings,
    runnerOverrides: editableOverrides(profile.protocolSettings),
    presetDefaults: Object.fromEntries(PAIN_PRESET_IDS.map((preset) => [preset, resolveSettings(preset, account.clinicSettings)])) as Record<
      PainPreset,
      ProtocolSettings
    >,
    week: plan.week,
    plannedVolume: {
      minutes: plan.week.plannedRunMinutes,
      cap: plan.week.volumeCap,
      pacing: plan.week.volumeCap !== null ? ('cap' as const) : plan.week.phase === 'walk_run' ? ('ladder' as const) : ('none' as const),
    },
    account: {
      email: account.email,
      invitationPending: !account.passwordSet,
      invitationExpiresAt: account.invitationExpiresAt ? new Date(account.invitationExpiresAt) : null,
    },
    painPoints,
    adherence,
    volume: weeklyVolume({ runs: decidedRuns, periods, today, settings, goalWeeklyMinutes: profile.goalWeeklyMinutes }),
    walkRunGate: profile.phase === 'foundation' ? gateWords(openPlanStart, today, latestAssessment) : null,
    fullCriteria: profile.phase === 'continuous' ? fullCriteriaReport(decidedRuns, today, openPlanStart) : null,
    timeline: buildTimeline({
      decisions: decisionRows,
      plans: planRows,
      settingsChanges: settingsRows.map((row) => ({ id: String(row.id), at: row.at, byName: row.byName, summary: String(row.detail?.changes ?? 'Settings changed') })),
      painAllowance: settings.painAllowance,
    }),
    assessments,
    notes,
  };
}

export type RunnerRecord = NonNullable<Awaited<ReturnType<typeof loadRunnerRecord>>>;

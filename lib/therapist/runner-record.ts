import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import type { SessionUser } from '@/lib/auth';
import { adherenceWindow, computeAdherence, prescriptionsFor, weeklyAdherence } from '@/lib/plan/adherence';
import { adherencePeriodsSql, loggedSessionsSql } from '@/lib/plan/adherence-queries';
import { painPointsFrom } from '@/lib/plan/pain-points';
import { splitRuns } from '@/lib/plan/pain-trend';
import { lookbackStart, lookbackStartSql, runnerPlanFrom } from '@/lib/plan/runner-plan';
import { addDays, canStartWalkRun, explainRule, PAIN_PRESET_IDS, resolveSettings, type IsoDate, type PainPreset, type ProtocolSettings } from '@/lib/protocol';
import { phaseBeforePauseSql } from '@/lib/plan/runner-plan';
import { byAlertPriority, recentWeeklyMinutesSql, toOpenAlert } from './alerts';
import { fullCriteriaReport } from '@/lib/plan/full-criteria';
import { buildTimeline, type RunnerNoteRecord } from './timeline';
import { weeklyVolume } from '@/lib/plan/weekly-volume';

/** How far back the record page reads runs and decisions (the chart and the timeline). */
export const RECORD_DAYS = 84;
export const SETTINGS_CHANGE_ACTION = 'plan.settings';

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

/** The adherence sparkline's weeks (the last two are the 14-day window the header states). */
export const ADHERENCE_TREND_WEEKS = 8;

interface RunnerWrittenRow {
  id: string;
  day: IsoDate;
  at: string;
  text: string;
  kind: string | null;
  resolved: boolean | null;
}

interface SettingsChangeRow {
  id: number;
  at: string;
  detail: Record<string, string | number | boolean | null> | null;
  byName: string | null;
}

/**
 * Everything the therapist's page on one runner shows, in ONE statement: a relational query reads the
 * profile with its account, clinic, plan periods, runs and decisions, assessments, notes and open alerts (each
 * relation JSON-aggregated), and by subqueries the settings changes and the adherence window's plan periods and
 * logged sessions (read as every page reads them for adherence). With `viewer`, only a runner assigned to that
 * therapist in their clinic is read (null otherwise), so the access check is the same statement. Without it, it does not authorize: the caller checks first.
 */
export async function loadRunnerRecord(runnerId: string, today: IsoDate, { viewer, executor = getDb() }: { viewer?: SessionUser; executor?: Executor } = {}) {
  const since = addDays(today, -RECORD_DAYS);
  const window = adherenceWindow(today);
  // The sparkline's weeks end where the 14-day window ends; one read serves both (computeAdherence counts only its range).
  const trendRange = { from: addDays(window.to, -(ADHERENCE_TREND_WEEKS * 7 - 1)), to: window.to };
  const found = await executor.query.runnerProfiles.findFirst({
    where: (profile, { and, eq }) =>
      viewer ? and(eq(profile.userId, runnerId), eq(profile.therapistId, viewer.id), eq(profile.clinicId, viewer.clinicId)) : eq(profile.userId, runnerId),
    extras: {
      settingsChanges: sql<SettingsChangeRow[]>`(
        select coalesce(json_agg(json_build_object('id', a.id, 'at', a.at, 'detail', a.detail, 'byName', w.name)), '[]'::json)
        from audit_log a left join users w on w.id = a.actor_id
        where a.target_type = 'runner' and a.target_id = ${runnerId} and a.action = ${SETTINGS_CHANGE_ACTION} and a.outcome = 'ok'
          and a.at >= ${`${since}T00:00:00Z`}::timestamptz
      )`.as('settings_changes'),
      adherencePeriods: adherencePeriodsSql(sql`${runnerId}`, trendRange).as('adherence_periods'),
      lastRunOn: sql<IsoDate | null>`(select max(r.date)::text from run_logs r where r.runner_id = ${runnerId})`.as('last_run_on'),
      strengthDaysLastWeek: sql<number>`(select count(distinct e.date)::int from exercise_logs e where e.runner_id = ${runnerId} and e.kind = 'strength' and e.date between ${addDays(today, -6)}::date and ${today}::date)`.as(
        'strength_days_last_week',
      ),
      phaseBeforePause: phaseBeforePauseSql(runnerId).as('phase_before_pause'),
      recentWeeklyMinutes: recentWeeklyMinutesSql(runnerId).as('recent_weekly_minutes'),
      adherenceLogged: loggedSessionsSql(sql`${runnerId}`, trendRange).as('adherence_logged'),
      // What the runner wrote besides run notes (read with the runs): concerns, and notes on exercise sessions.
      concerns: sql<RunnerWrittenRow[]>`(
        select coalesce(json_agg(json_build_object('id', c.id, 'day', (c.created_at at time zone 'UTC')::date, 'at', c.created_at, 'text', c.message, 'kind', null, 'resolved', c.status <> 'open') order by c.created_at), '[]'::json)
        from alerts c
        where c.runner_id = ${runnerId} and c.kind = 'concern' and c.message is not null and c.created_at >= ${`${since}T00:00:00Z`}::timestamptz
      )`.as('concerns'),
      exerciseNotes: sql<RunnerWrittenRow[]>`(
        select coalesce(json_agg(json_build_object('id', e.id, 'day', e.date, 'at', e.created_at, 'text', e.note, 'kind', e.kind, 'resolved', null) order by e.date), '[]'::json)
        from exercise_logs e
        where e.runner_id = ${runnerId} and e.note is not null and btrim(e.note) <> '' and e.date >= ${since}::date
      )`.as('exercise_notes'),
    },
    with: {
      user: {
        columns: { name: true, email: true, phone: true },
        extras: (user, { sql: raw }) => ({
          passwordSet: raw<boolean>`${user.passwordHash} is not null`.as('password_set'),
          invitationExpiresAt: raw<string | null>`(select max(i.expires_at) from invitations i where i.user_id = ${user.id})`.as('invitation_expires_at'),
        }),
      },
      therapist: { columns: { name: true } },
      clinic: { columns: { protocolSettings: true } },
      plans: {
        orderBy: (plan, { desc }) => [desc(plan.startedOn), desc(plan.createdAt)],
        with: { author: { columns: { name: true } } },
      },
      runLogs: {
        where: (log, { gte }) => gte(log.date, sql`least(${lookbackStartSql(runnerId, today)}, ${since}::date)`),
        orderBy: (log, { asc }) => [asc(log.date), asc(log.createdAt)],
        with: { decisions: true },
      },
      alerts: {
        where: (alert, { and, eq }) => and(eq(alert.status, 'open'), eq(alert.clinicId, sql`(select rp.clinic_id from runner_profiles rp where rp.user_id = ${runnerId})`)),
        with: { decision: { columns: { fromStage: true } }, runLog: { columns: { stage: true } } },
      },
      readinessAssessments: {
        orderBy: (assessment, { desc }) => [desc(assessment.assessedOn), desc(assessment.createdAt)],
        with: { assessor: { columns: { name: true } } },
      },
      preRunChecks: {
        where: (check, { eq }) => eq(check.date, today),
        orderBy: (check, { desc }) => [desc(check.createdAt)],
        limit: 1,
      },
      notes: {
        columns: { id: true, body: true, createdAt: true },
        orderBy: (note, { desc }) => [desc(note.createdAt)],
        with: { author: { columns: { name: true } } },
      },
    },
  });
  if (!found) return null;
  const {
    user,
    therapist,
    clinic,
    plans: planPeriods,
    runLogs: allRuns,
    alerts: alertRows,
    readinessAssessments: assessmentRows,
    notes: noteRows,
    preRunChecks: checks,
    settingsChanges,
    adherencePeriods,
    adherenceLogged,
    concerns,
    exerciseNotes,
    lastRunOn,
    strengthDaysLastWeek,
    phaseBeforePause,
    recentWeeklyMinutes,
    ...profileRow
  } = found;
  const planRows = planPeriods.map(({ author, ...period }) => ({ ...period, createdByName: author?.name ?? null }));
  const openPlan = planRows.find((period) => period.endedOn === null) ?? null;
  const planStart = lookbackStart(openPlan, today);
  const plan = runnerPlanFrom(
    {
      profile: profileRow,
      runnerName: user.name,
      therapistName: therapist.name,
      clinicSettings: clinic.protocolSettings,
      openPlan,
      runs: allRuns.filter((run) => run.date >= planStart),
      lastRunOn,
      passedAssessmentOn: assessmentRows.find((a) => a.passed)?.assessedOn ?? null,
      preRunToday: checks[0] ?? null,
      alerts: alertRows.map((alert) => ({ ...alert, resolvedByName: null })),
      strengthDaysLastWeek: Number(strengthDaysLastWeek),
      phaseBeforePause,
    },
    today,
  );
  const { logs: runRows, decisions: decisionRows } = splitRuns(allRuns.filter((run) => run.date >= since));
  const assessments = assessmentRows.map(({ assessor, ...assessment }) => ({ ...assessment, assessedByName: assessor.name }));
  const notes = noteRows.map(({ author, ...note }) => ({ ...note, authorName: author.name }));
  const settingsRows = settingsChanges.map((row) => ({ ...row, at: new Date(row.at) }));
  const openAlerts = alertRows
    .map((alert) =>
      toOpenAlert({
        ...alert,
        decisionStage: alert.decision?.fromStage ?? null,
        runStage: alert.runLog?.stage ?? null,
        runnerId: profileRow.userId,
        runnerName: user.name,
        runnerPhase: profileRow.phase,
        runnerStage: profileRow.stage,
        runnerVersion: profileRow.version,
        preset: profileRow.preset,
        runnerSettings: profileRow.protocolSettings,
        clinicSettings: clinic.protocolSettings,
        goalWeeklyMinutes: profileRow.goalWeeklyMinutes,
        phaseBeforePause,
        recentWeeklyMinutes,
      }),
    )
    .sort(byAlertPriority);
  const account = { email: user.email, phone: user.phone, passwordSet: user.passwordSet, invitationExpiresAt: user.invitationExpiresAt, clinicSettings: clinic.protocolSettings };

  const { profile, settings } = plan;
  const painPoints = painPointsFrom(runRows, decisionRows);
  const decidedRuns = painPoints.map((p) => ({ date: p.date, runMinutes: p.runMinutes, action: p.action, overCap: p.overCap }));
  const periods = planRows;
  const prescriptionFor = prescriptionsFor(settings, profile.goalWeeklyMinutes);
  const adherence = computeAdherence({ range: window, periods: adherencePeriods, logged: adherenceLogged, prescriptionFor });
  const adherenceTrend = weeklyAdherence({ to: window.to, weeks: ADHERENCE_TREND_WEEKS, periods: adherencePeriods, logged: adherenceLogged, prescriptionFor });
  const runnerNotes: RunnerNoteRecord[] = [
    ...runRows
      .filter((run) => run.note !== null && run.note.trim() !== '')
      .map((run) => ({ id: run.id, source: 'run' as const, day: run.date, at: run.createdAt, text: run.note as string, stage: run.stage })),
    ...exerciseNotes.map((row) => ({ id: row.id, source: 'exercise' as const, day: row.day, at: new Date(row.at), text: row.text, sessionKind: row.kind })),
    ...concerns.map((row) => ({ id: row.id, source: 'concern' as const, day: row.day, at: new Date(row.at), text: row.text, resolved: row.resolved === true })),
  ];
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
      minutes: plan.plannedRestOfWeek,
      cap: plan.week.volumeCap,
      pacing: plan.week.volumeCap !== null ? ('cap' as const) : plan.week.phase === 'walk_run' ? ('ladder' as const) : ('none' as const),
    },
    account: {
      email: account.email,
      phone: account.phone,
      invitationPending: !account.passwordSet,
      invitationExpiresAt: account.invitationExpiresAt ? new Date(account.invitationExpiresAt) : null,
    },
    painPoints,
    adherence,
    adherenceTrend,
    volume: weeklyVolume({ runs: decidedRuns, periods, volume: plan.volume, today }),
    /** The plan's one current status (the same the runner's Today leads with), and a break's effect on the next run. */
    status: plan.status,
    gap: plan.gap,
    nextStage: plan.stage,
    walkRunGate: profile.phase === 'foundation' ? gateWords(openPlanStart, today, latestAssessment) : null,
    fullCriteria: profile.phase === 'continuous' ? fullCriteriaReport(decidedRuns, today, openPlanStart) : null,
    timeline: buildTimeline({
      decisions: decisionRows,
      plans: planRows,
      settingsChanges: settingsRows.map((row) => ({ id: String(row.id), at: row.at, byName: row.byName, summary: String(row.detail?.changes ?? 'Settings changed') })),
      runnerNotes,
      painAllowance: settings.painAllowance,
      stopPain: settings.stopPain,
    }),
    assessments,
    notes,
    openAlerts,
  };
}

export type RunnerRecord = NonNullable<Awaited<ReturnType<typeof loadRunnerRecord>>>;

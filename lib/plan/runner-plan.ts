import 'server-only';
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import type { Plan, PreRunCheck, ProtocolDecisionRow, RunLog as RunLogRow, RunnerProfile } from '@/db/schema';
import type { Phase } from '@/lib/phases';
import {
  addDays,
  daysBetween,
  mondayOf,
  planWeek,
  preventionNudges,
  resolveSettings,
  stageAfterGap,
  type IsoDate,
  type ProtocolPhase,
  type ProtocolSettings,
  type RunLog,
  type WeekPlan,
} from '@/lib/protocol';
import { splitRuns } from './pain-trend';
import { currentStatus, type PlanAlert, type PlanStatus } from './status';
import { calendarVolume, type VolumeState } from './volume';

/** How far back run logs are read: the current plan's runs, and at least two weeks for volume and trends. */
const MIN_LOOKBACK_DAYS = 14;

export const AFTER_LADDER_PHASES: readonly RunnerProfile['phase'][] = ['continuous', 'full', 'maintenance'];
export const RUNNING_PHASES: readonly RunnerProfile['phase'][] = ['walk_run', ...AFTER_LADDER_PHASES];

export function isRunningPhase(phase: RunnerProfile['phase']): phase is 'walk_run' | 'continuous' | 'full' | 'maintenance' {
  return RUNNING_PHASES.includes(phase);
}

export function toProtocolRunLog(row: RunLogRow): RunLog {
  return {
    date: row.date,
    stage: row.stage,
    completed: row.completed,
    runMinutes: row.runMinutes,
    painBefore: row.painBefore,
    painDuring: row.painDuring,
    painAfter: row.painAfter,
    sharpPain: row.sharpPain,
    limping: row.limping,
    rpe: row.rpe,
    painNextMorning: row.painNextMorning,
    swellingOver24h: row.swellingOver24h,
  };
}

function planPhase(phase: RunnerProfile['phase']): ProtocolPhase {
  // A discharged runner has no running plan; they are planned like a paused runner, without runs.
  return phase === 'discharged' ? 'paused' : phase;
}

/** The first day of the runs the rules read: the open plan's start, or two weeks back if earlier. */
export function lookbackStart(openPlan: Pick<Plan, 'startedOn'> | null, today: IsoDate): IsoDate {
  return [openPlan?.startedOn ?? today, addDays(today, -MIN_LOOKBACK_DAYS)].sort()[0] as IsoDate;
}

/** The same day in SQL, from the open plan read by a correlated subquery, for a one-statement read. */
export function lookbackStartSql(runnerId: string, today: IsoDate) {
  return sql`least(coalesce((select p.started_on from plans p where p.runner_id = ${runnerId} and p.ended_on is null), ${today}::date), ${addDays(today, -MIN_LOOKBACK_DAYS)}::date)`;
}

/** The phase of the period before the open one (what a pause interrupted), by a correlated subquery. */
export const phaseBeforePauseSql = (runnerId: SQL | string | AnyColumn) =>
  sql<Phase | null>`(select p.phase from plans p where p.runner_id = ${runnerId} and p.ended_on is not null order by p.started_on desc, p.created_at desc limit 1)`;

/** What the plan is computed from. */
export interface PlanSource {
  profile: RunnerProfile;
  runnerName: string;
  therapistName: string;
  clinicSettings: Record<string, number | boolean>;
  openPlan: Plan | null;
  /** Runs from lookbackStart on, oldest first, each with its decisions. */
  runs: (RunLogRow & { decisions: ProtocolDecisionRow[] })[];
  /** The latest run ever logged (it may be older than the runs read). */
  lastRunOn: IsoDate | null;
  /** The latest passed readiness assessment's date. */
  passedAssessmentOn: IsoDate | null;
  /** Today's pre-run check, the latest if several. */
  preRunToday: PreRunCheck | null;
  /** Open alerts, and those resolved in the last week (for the status line). */
  alerts: PlanAlert[];
  /** Days with a strength session logged in the 7 days up to today (the prevention nudge). */
  strengthDaysLastWeek: number;
  /** The phase of the period before the open one: what a pause interrupted. */
  phaseBeforePause: Phase | null;
}

const RECENT_RESOLUTION_DAYS = 7;

/**
 * Everything the rules need about one runner, in ONE statement (a relational query: the profile with its
 * names, clinic settings, open plan, the runs of the window with their decisions, today's pre-run check, the
 * latest passed assessment and the alerts that shape the status). It does not authorize: callers check
 * access first (lib/access) and pass an id they are allowed to read.
 */
export async function loadRunnerPlan(runnerId: string, today: IsoDate, executor: Executor = getDb()) {
  const resolvedSince = new Date(Date.parse(`${today}T00:00:00Z`) - RECENT_RESOLUTION_DAYS * 86_400_000);
  const found = await executor.query.runnerProfiles.findFirst({
    where: (profile, { eq }) => eq(profile.userId, runnerId),
    extras: {
      lastRunOn: sql<IsoDate | null>`(select max(r.date)::text from run_logs r where r.runner_id = ${runnerId})`.as('last_run_on'),
      strengthDaysLastWeek: sql<number>`(select count(distinct e.date)::int from exercise_logs e where e.runner_id = ${runnerId} and e.kind = 'strength' and e.date between ${addDays(today, -6)}::date and ${today}::date)`.as(
        'strength_days_last_week',
      ),
      phaseBeforePause: phaseBeforePauseSql(runnerId).as('phase_before_pause'),
    },
    with: {
      user: { columns: { name: true } },
      therapist: { columns: { name: true } },
      clinic: { columns: { protocolSettings: true } },
      plans: { where: (plan, { isNull }) => isNull(plan.endedOn), limit: 1 },
      runLogs: {
        where: (log, { gte }) => gte(log.date, lookbackStartSql(runnerId, today)),
        orderBy: (log, { asc }) => [asc(log.date), asc(log.createdAt)],
        with: { decisions: true },
      },
      readinessAssessments: {
        columns: { assessedOn: true },
        where: (assessment, { eq }) => eq(assessment.passed, true),
        orderBy: (assessment, { desc }) => [desc(assessment.assessedOn)],
        limit: 1,
      },
      preRunChecks: {
        where: (check, { eq }) => eq(check.date, today),
        orderBy: (check, { desc }) => [desc(check.createdAt)],
        limit: 1,
      },
      alerts: {
        columns: { id: true, kind: true, status: true, rules: true, resolution: true, resolutionStage: true, resolvedAt: true, createdAt: true },
        where: (alert, { or, eq, gte }) => or(eq(alert.status, 'open'), gte(alert.resolvedAt, resolvedSince)),
        with: { resolver: { columns: { name: true } } },
      },
    },
  });
  if (!found) return null;
  const { user, therapist, clinic, plans: openPlans, runLogs: runs, readinessAssessments: passed, preRunChecks: checks, alerts, lastRunOn, strengthDaysLastWeek, phaseBeforePause, ...profile } = found;
  return runnerPlanFrom(
    {
      profile,
      runnerName: user.name,
      therapistName: therapist.name,
      clinicSettings: clinic.protocolSettings,
      openPlan: openPlans[0] ?? null,
      runs,
      lastRunOn,
      passedAssessmentOn: passed[0]?.assessedOn ?? null,
      preRunToday: checks[0] ?? null,
      alerts: alerts.map(({ resolver, ...alert }) => ({ ...alert, resolvedByName: resolver?.name ?? null })),
      strengthDaysLastWeek: Number(strengthDaysLastWeek),
      phaseBeforePause,
    },
    today,
  );
}

export interface GapState {
  /** Days from the run (or the therapist's restart) the gap is counted from, to today. */
  days: number;
  from: IsoDate;
  /** The stage the break steps back from (the profile's). */
  baseStage: number;
  /** The stage the next walk-run session is prescribed at after the gap. */
  stage: number;
  reviewAlert: boolean;
  /** No running until the therapist records a new readiness assessment. */
  reassess: boolean;
}

/**
 * Where the gap rule counts from: the last run, or a later restart chosen by the therapist (a plan period the
 * therapist opened already accounts for the break). It steps back from the profile's stage, which nothing changes
 * during a break: the lower stage is the one the next run is prescribed and logged at. A passed readiness
 * assessment after a break too long to run lifts the block: the runner restarts two stages lower.
 */
function gapState(input: {
  profile: RunnerProfile;
  openPlan: Plan | null;
  lastRunOn: IsoDate | null;
  passedAssessmentOn: IsoDate | null;
  today: IsoDate;
  settings: ProtocolSettings;
}): GapState | null {
  const { profile, openPlan, lastRunOn, today, settings } = input;
  if (!isRunningPhase(profile.phase)) return null;
  const therapistStart = openPlan && openPlan.createdBy !== profile.userId ? openPlan.startedOn : null;
  const from = [lastRunOn, therapistStart].filter((d): d is IsoDate => d !== null).sort().at(-1) ?? null;
  if (from === null) return null;
  const baseStage = profile.stage;
  const days = Math.max(0, daysBetween(from, today));
  let gap = stageAfterGap(baseStage, days, settings);
  if (gap.reassess && input.passedAssessmentOn !== null && input.passedAssessmentOn >= from) {
    gap = { ...stageAfterGap(baseStage, 4 * settings.gapDays, settings), reviewAlert: false, reassess: false };
  }
  return { days, from, baseStage, ...gap };
}

/** The runner's plan computed from data already read (pure). */
export function runnerPlanFrom(source: PlanSource, today: IsoDate) {
  const { profile, openPlan: plan } = source;
  const planStart = plan?.startedOn ?? today;
  const { logs, decisions } = splitRuns(source.runs);
  const settings = resolveSettings(profile.preset, source.clinicSettings, profile.protocolSettings);
  const currentDecisionFor = (runLogId: string) => decisions.find((d) => d.runLogId === runLogId) ?? null;

  // The rules see only the runs of the current plan period: a therapist's resolution starts a fresh history.
  const planLogs = logs.filter((log) => log.date >= planStart);
  const history = planLogs.map(toProtocolRunLog);
  const lastRun = logs.at(-1) ?? null;
  const lastRunOn = [source.lastRunOn, lastRun?.date ?? null].filter((d): d is IsoDate => d !== null).sort().at(-1) ?? null;
  const lastRunDecision = lastRun ? currentDecisionFor(lastRun.id) : null;
  const previousRunDate = logs.filter((log) => log.date < planStart).at(-1)?.date ?? (lastRunOn !== null && lastRunOn < planStart ? lastRunOn : null);
  const therapistStart = plan && plan.createdBy !== profile.userId ? plan.startedOn : null;

  const gap = gapState({
    profile,
    openPlan: plan,
    lastRunOn,
    passedAssessmentOn: source.passedAssessmentOn,
    today,
    settings,
  });
  const phase = planPhase(profile.phase);
  // On the ladder the stage after a break is the prescribed one; after the ladder the break shapes the volume.
  const stage = phase === 'walk_run' && gap ? gap.stage : profile.stage;

  const volume: VolumeState | null = AFTER_LADDER_PHASES.includes(profile.phase)
    ? calendarVolume({
        periodStart: planStart,
        firstCap: plan?.weeklyCap ?? Math.min(profile.goalWeeklyMinutes, settings.sessionMinutes * settings.maxRunDaysPerWeek),
        runs: planLogs.map((log) => {
          const action = currentDecisionFor(log.id)?.action;
          return { id: log.id, date: log.date, runMinutes: log.runMinutes, setback: action === 'stop' || action === 'regress' };
        }),
        today,
        // A period the therapist opened (a resumption at a chosen cap) counts breaks from its start, as the gap rule does.
        previousRunDate: therapistStart ?? previousRunDate,
        goalWeeklyMinutes: profile.goalWeeklyMinutes,
        settings,
      })
    : null;

  const restToday = source.preRunToday?.outcome === 'rest_today';
  const decidedNextRun = lastRunDecision?.earliestNextRun ?? null;
  const earliestNextRun =
    [decidedNextRun, plan?.startedOn ?? null, restToday ? addDays(today, 1) : null].filter((d): d is IsoDate => d !== null).sort().at(-1) ?? null;

  const week: WeekPlan = planWeek({
    phase,
    stage,
    weekStart: today,
    lastRunDate: lastRunOn,
    earliestNextRun,
    recentRunDates: logs.filter((log) => log.date >= addDays(today, -7)).map((log) => log.date),
    settings,
    noRunsReason: gap?.reassess ? 'reassess' : null,
    continuous: volume
      ? {
          thisWeekCap: volume.thisWeekCap,
          completedThisWeekMinutes: volume.completedThisWeekMinutes,
          nextWeekCap: volume.nextWeekCap,
          goalWeeklyMinutes: profile.goalWeeklyMinutes,
        }
      : undefined,
  });

  const sunday = addDays(mondayOf(today), 6);
  /** Run minutes still planned in this calendar week (the week the cap is for). */
  const plannedRestOfWeek = week.days.reduce((sum, day) => sum + (day.kind === 'run' && day.date <= sunday ? day.run.plannedRunMinutes : 0), 0);

  const status: PlanStatus = currentStatus({
    phase: profile.phase,
    alerts: source.alerts,
    gap,
    preRunToday: source.preRunToday,
    lastRunOn,
  });

  return {
    profile,
    runnerName: source.runnerName,
    therapistName: source.therapistName,
    plan,
    settings,
    logs,
    history,
    /** What decideRun needs besides the history: the run before the period, and a therapist's restart. */
    decisionContext: { previousRunDate, gapFrom: therapistStart },
    latestDecision: decisions[0] ?? null,
    currentDecisionFor,
    /** The stage the next walk-run session is prescribed at (after a break, lower than the profile's). */
    stage,
    gap,
    volume,
    preRunToday: source.preRunToday,
    week,
    plannedRestOfWeek,
    status,
    lastRunOn,
    /** The phase a pause interrupted (the period before the open one), or null. */
    phaseBeforePause: source.phaseBeforePause,
    /** `prevention.strength_2x` when fewer than two strength sessions were logged in the last 7 days. */
    nudges: preventionNudges({ phase, strengthSessionsInWeek: source.strengthDaysLastWeek }),
  };
}

export type RunnerPlan = ReturnType<typeof runnerPlanFrom>;

import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { splitRuns } from './pain-trend';
import type { Plan, ProtocolDecisionRow, RunLog as RunLogRow, RunnerProfile } from '@/db/schema';
import {
  addDays,
  planWeek,
  resolveSettings,
  weekHadStopOrRegression,
  type IsoDate,
  type ProtocolPhase,
  type RunLog,
  type WeekPlan,
} from '@/lib/protocol';

/** How far back run logs are read: the current plan's runs, and at least two weeks for volume and trends. */
const MIN_LOOKBACK_DAYS = 14;

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

function planPhase(phase: string): ProtocolPhase {
  // A discharged runner has no running plan; they are planned like maintenance would be, without runs.
  return phase === 'discharged' ? 'paused' : (phase as ProtocolPhase);
}

/** The first day of the runs the rules read: the open plan's start, or two weeks back if earlier. */
export function lookbackStart(openPlan: Plan | null, today: IsoDate): IsoDate {
  return [openPlan?.startedOn ?? today, addDays(today, -MIN_LOOKBACK_DAYS)].sort()[0] as IsoDate;
}

/** The same day in SQL, from the open plan read by a correlated subquery, for a one-statement read. */
export function lookbackStartSql(runnerId: string, today: IsoDate) {
  return sql`least(coalesce((select p.started_on from plans p where p.runner_id = ${runnerId} and p.ended_on is null), ${today}::date), ${addDays(today, -MIN_LOOKBACK_DAYS)}::date)`;
}

/** What the plan is computed from: the profile, its names and settings, the open plan and the runs with their decisions. */
export interface PlanSource {
  profile: RunnerProfile;
  runnerName: string;
  therapistName: string;
  clinicSettings: Record<string, number | boolean>;
  openPlan: Plan | null;
  /** Runs from lookbackStart on, oldest first, each with its decisions. */
  runs: (RunLogRow & { decisions: ProtocolDecisionRow[] })[];
}

/**
 * Everything the rules need about one runner, in ONE statement (a relational query: the profile with its
 * names, clinic settings, open plan, and the runs of the window each with its decisions). It does not
 * authorize: callers check access first (lib/access) and pass an id they are allowed to read.
 */
export async function loadRunnerPlan(runnerId: string, today: IsoDate, executor: Executor = getDb()) {
  const found = await executor.query.runnerProfiles.findFirst({
    where: (profile, { eq }) => eq(profile.userId, runnerId),
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
    },
  });
  if (!found) return null;
  const { user, therapist, clinic, plans: openPlans, runLogs: runs, ...profile } = found;
  return runnerPlanFrom({ profile, runnerName: user.name, therapistName: therapist.name, clinicSettings: clinic.protocolSettings, openPlan: openPlans[0] ?? null, runs }, today);
}

/** The runner's plan computed from data already read (pure). */
export function runnerPlanFrom(source: PlanSource, today: IsoDate) {
  const row = { profile: source.profile, runnerName: source.runnerName, therapistName: source.therapistName, clinicSettings: source.clinicSettings, plan: source.openPlan };
  const planStart = row.plan?.startedOn ?? today;
  // Decisions newest first, as the rules read them.
  const { logs, decisions } = splitRuns(source.runs);

  const settings = resolveSettings(row.profile.preset, row.clinicSettings, row.profile.protocolSettings);
  // The rules see only the runs of the current plan: a therapist's resolution starts a fresh history.
  const planLogs = logs.filter((log) => log.date >= planStart);
  const history = planLogs.map(toProtocolRunLog);
  const latestDecision = decisions[0] ?? null;
  const currentDecisionFor = (runLogId: string) => decisions.find((d) => d.runLogId === runLogId) ?? null;
  const lastPlanRun = planLogs.at(-1) ?? null;
  const decidedNextRun = lastPlanRun ? (currentDecisionFor(lastPlanRun.id)?.earliestNextRun ?? null) : null;

  const week = planWeekFor({
    phase: planPhase(row.profile.phase),
    stage: row.profile.stage,
    today,
    // Never the day after any run, even one from before the current plan.
    lastRunDate: logs.at(-1)?.date ?? null,
    // A plan starting in the future (or today) holds no runs before it starts.
    earliestNextRun: [decidedNextRun, row.plan?.startedOn ?? null].filter((d): d is IsoDate => d !== null).sort().at(-1) ?? null,
    logs,
    decisions,
    settings,
    goalWeeklyMinutes: row.profile.goalWeeklyMinutes,
  });

  return {
    profile: row.profile,
    runnerName: row.runnerName,
    therapistName: row.therapistName,
    plan: row.plan,
    settings,
    logs,
    history,
    latestDecision,
    currentDecisionFor,
    week,
  };
}

export type RunnerPlan = ReturnType<typeof runnerPlanFrom>;

interface WeekInputs {
  phase: ProtocolPhase;
  stage: number;
  today: IsoDate;
  lastRunDate: IsoDate | null;
  earliestNextRun: IsoDate | null;
  logs: RunLogRow[];
  decisions: { runLogId: string; action: 'progress' | 'repeat' | 'regress' | 'stop' }[];
  settings: ReturnType<typeof resolveSettings>;
  goalWeeklyMinutes: number;
}

/** The seven days from today. Continuous weeks are capped by the minutes completed in the seven days before. */
function planWeekFor(input: WeekInputs): WeekPlan {
  // Date windows by comparing ISO dates as strings (their order is the calendar's): the logs may cover a year,
  // and parsing every date of every log on every page view was the largest cost of rendering a runner's plan.
  const weekBefore = { from: addDays(input.today, -7), to: addDays(input.today, -1) };
  const lastWeek = input.logs.filter((log) => log.date >= weekBefore.from && log.date <= weekBefore.to);
  const lastWeekIds = new Set(lastWeek.map((log) => log.id));
  let completedLastWeekMinutes = lastWeek.reduce((sum, log) => sum + log.runMinutes, 0);
  if (completedLastWeekMinutes === 0) {
    // Missed a week: cap from the last week that had running rather than from zero.
    const last = input.logs.at(-1);
    const from = last ? addDays(last.date, -6) : null;
    completedLastWeekMinutes = last && from ? input.logs.filter((log) => log.date >= from && log.date <= last.date).reduce((sum, log) => sum + log.runMinutes, 0) : 0;
  }
  return planWeek({
    phase: input.phase,
    stage: input.stage,
    weekStart: input.today,
    lastRunDate: input.lastRunDate,
    earliestNextRun: input.earliestNextRun,
    // Only runs inside the week count toward its run days; the latest run of all is lastRunDate.
    loggedRunDates: input.logs.filter((log) => log.date >= input.today).map((log) => log.date),
    settings: input.settings,
    continuous: {
      completedLastWeekMinutes,
      lastWeekHadStopOrRegression: weekHadStopOrRegression(input.decisions.filter((d) => lastWeekIds.has(d.runLogId))),
      goalWeeklyMinutes: input.goalWeeklyMinutes,
    },
  });
}

import 'server-only';
import { and, asc, desc, eq, gte, inArray, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb, type Executor } from '@/db';
import { clinics, plans, protocolDecisions, runLogs, runnerProfiles, users, type RunLog as RunLogRow } from '@/db/schema';
import {
  addDays,
  daysBetween,
  planWeek,
  resolveSettings,
  weekHadStopOrRegression,
  type IsoDate,
  type ProtocolPhase,
  type RunLog,
  type WeekPlan,
} from '@/lib/protocol';

const therapists = alias(users, 'therapists');
const runners = alias(users, 'runners');

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

/**
 * Everything the rules need about one runner, in three queries. It does not authorize: callers check access
 * first (lib/access) and pass an id they are allowed to read.
 */
export async function loadRunnerPlan(runnerId: string, today: IsoDate, executor: Executor = getDb()) {
  const [row] = await executor
    .select({
      profile: runnerProfiles,
      runnerName: runners.name,
      therapistName: therapists.name,
      clinicSettings: clinics.protocolSettings,
      plan: plans,
    })
    .from(runnerProfiles)
    .innerJoin(runners, eq(runners.id, runnerProfiles.userId))
    .innerJoin(therapists, eq(therapists.id, runnerProfiles.therapistId))
    .innerJoin(clinics, eq(clinics.id, runnerProfiles.clinicId))
    .leftJoin(plans, and(eq(plans.runnerId, runnerProfiles.userId), isNull(plans.endedOn)))
    .where(eq(runnerProfiles.userId, runnerId))
    .limit(1);
  if (!row) return null;

  const planStart = row.plan?.startedOn ?? today;
  const lookbackStart = [planStart, addDays(today, -MIN_LOOKBACK_DAYS)].sort()[0] as IsoDate;
  const logs = await executor
    .select()
    .from(runLogs)
    .where(and(eq(runLogs.runnerId, runnerId), gte(runLogs.date, lookbackStart)))
    .orderBy(asc(runLogs.date), asc(runLogs.createdAt));
  const decisions = logs.length
    ? await executor
        .select()
        .from(protocolDecisions)
        .where(and(eq(protocolDecisions.runnerId, runnerId), inArray(protocolDecisions.runLogId, logs.map((l) => l.id))))
        .orderBy(desc(protocolDecisions.createdAt))
    : [];

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

export type RunnerPlan = NonNullable<Awaited<ReturnType<typeof loadRunnerPlan>>>;

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
  const lastWeek = input.logs.filter((log) => daysBetween(log.date, input.today) >= 1 && daysBetween(log.date, input.today) <= 7);
  const lastWeekIds = new Set(lastWeek.map((log) => log.id));
  let completedLastWeekMinutes = lastWeek.reduce((sum, log) => sum + log.runMinutes, 0);
  if (completedLastWeekMinutes === 0) {
    // Missed a week: cap from the last week that had running rather than from zero.
    const last = input.logs.at(-1);
    completedLastWeekMinutes = last
      ? input.logs.filter((log) => daysBetween(log.date, last.date) >= 0 && daysBetween(log.date, last.date) < 7).reduce((sum, log) => sum + log.runMinutes, 0)
      : 0;
  }
  return planWeek({
    phase: input.phase,
    stage: input.stage,
    weekStart: input.today,
    lastRunDate: input.lastRunDate,
    earliestNextRun: input.earliestNextRun,
    loggedRunDates: input.logs.map((log) => log.date),
    settings: input.settings,
    continuous: {
      completedLastWeekMinutes,
      lastWeekHadStopOrRegression: weekHadStopOrRegression(input.decisions.filter((d) => lastWeekIds.has(d.runLogId))),
      goalWeeklyMinutes: input.goalWeeklyMinutes,
    },
  });
}

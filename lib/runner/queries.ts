import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { runnerProfiles, users, type RunLog as RunLogRow } from '@/db/schema';
import type { SessionUser } from '@/lib/auth';
import { isAfterLadder, phaseLabel } from '@/lib/phases';
import { painPointsFrom } from '@/lib/plan/pain-points';
import { runsSince, type DecisionWithRunDate, type PainPoint } from '@/lib/plan/pain-trend';
import { loadRunnerPlan, type RunnerPlan } from '@/lib/plan/runner-plan';
import { addDays, formatLongDate, ladderSession, speedAndHillsAdvice, type IsoDate, type PlannedDay, type RunSession } from '@/lib/protocol';
import { sessionText } from './session-text';
import { loggedPhaseOf, runnerDecisionView, stopView, type DecisionView } from './decision-view';
import { isRunningPhase } from '@/lib/plan/runner-plan';
import { weeklyVolume, type VolumeWeek } from '@/lib/plan/weekly-volume';

// Every query here is keyed by the signed-in runner's own id (from the session), never by a parameter.

/** How far back the progress page looks. */
export const PROGRESS_DAYS = 84;

export interface DayChoice {
  today: IsoDate;
  todayLabel: string;
  /** Null when the server would refuse yesterday (the plan started today, or a run is already logged today). */
  yesterday: { date: IsoDate; label: string } | null;
}

/** Today, and yesterday unless it is before `earliest` (the first day a log may be dated). */
export function dayChoice(today: IsoDate, earliest?: IsoDate | null): DayChoice {
  const yesterday = addDays(today, -1);
  const offered = !earliest || yesterday >= earliest;
  return { today, todayLabel: formatLongDate(today), yesterday: offered ? { date: yesterday, label: formatLongDate(yesterday) } : null };
}

/** The earliest day a run may be logged on, as logRun checks it: not before the plan period, nor the latest run. */
function earliestRunDate(plan: RunnerPlan): IsoDate | null {
  const dates = [plan.plan?.startedOn, plan.logs.at(-1)?.date].filter((date): date is IsoDate => Boolean(date));
  return dates.sort().at(-1) ?? null;
}

export interface PendingCheckIn {
  runLogId: string;
  date: IsoDate;
  dateLabel: string;
  stage: number;
  /** Set once answered: what the answers did, shown for a while after. */
  answered: { changed: boolean; view: DecisionView | null } | null;
}

/** How long the answered check-in stays on Today, so the runner can read what it changed. */
const ANSWERED_CHECK_IN_SHOWN_MS = 12 * 3_600_000;

/** The next-morning check-in is asked about the latest run, from the day after it until it is answered. */
function checkInFor(plan: RunnerPlan, today: IsoDate, now: Date): PendingCheckIn | null {
  const last = plan.logs.at(-1);
  if (!last || last.date >= today) return null;
  const recentlyAnswered = last.checkedInAt !== null && now.getTime() - last.checkedInAt.getTime() < ANSWERED_CHECK_IN_SHOWN_MS;
  if (last.checkedInAt && !recentlyAnswered) return null;
  const answered = last.checkedInAt ? { changed: plan.currentDecisionFor(last.id)?.source === 'check_in', view: viewOfRun(plan, last) } : null;
  return { runLogId: last.id, date: last.date, dateLabel: formatLongDate(last.date), stage: last.stage, answered };
}

function viewOfRun(plan: RunnerPlan, log: RunLogRow): DecisionView | null {
  const decision = plan.currentDecisionFor(log.id);
  if (!decision) return null;
  const index = plan.logs.findIndex((l) => l.id === log.id);
  const previous = index > 0 ? plan.currentDecisionFor(plan.logs[index - 1]!.id) : null;
  return runnerDecisionView(decision, {
    fromStage: decision.fromStage,
    phase: loggedPhaseOf(decision, previous?.nextPhase ?? null),
    painAllowance: plan.settings.painAllowance,
    stopPain: plan.settings.stopPain,
  });
}

/** Why running is paused, from the plan's status (the open stop's reasons). */
function stopFor(plan: RunnerPlan): DecisionView | null {
  if (plan.status.kind !== 'paused') return null;
  return stopView(plan.status.rules, plan.profile.stage, plan.settings);
}

function firstRun(days: readonly PlannedDay[]): { date: IsoDate; run: RunSession } | null {
  const day = days.find((d) => d.kind === 'run');
  return day?.kind === 'run' ? { date: day.date, run: day.run } : null;
}

export interface NextRun {
  date: IsoDate;
  label: string;
  stage: number | null;
  plannedRunMinutes: number;
}

export async function todayFor(runner: SessionUser, today: IsoDate) {
  const plan = await loadRunnerPlan(runner.id, today);
  if (!plan || plan.profile.clinicId !== runner.clinicId) return null;
  const runToday = plan.logs.filter((log) => log.date === today).at(-1) ?? null;
  const next = firstRun(plan.week.days);
  const day = plan.week.days[0] ?? null;
  const loggedToday = runToday ? viewOfRun(plan, runToday) : null;
  const { status } = plan;
  return {
    runnerName: plan.runnerName,
    therapistName: plan.therapistName,
    injuryType: plan.profile.injuryType,
    phase: plan.profile.phase,
    phaseLabel: phaseLabel(plan.profile.phase),
    stage: plan.stage,
    /** Paused after the ladder: the phase running stopped in (Today then names it instead of a stage). */
    pausedIn: pausedAfterLadder(plan.profile.phase, plan.phaseBeforePause),
    status,
    running: isRunningPhase(plan.profile.phase),
    todayLabel: formatLongDate(today),
    day,
    week: plan.week.days,
    nextRun: next ? ({ date: next.date, label: formatLongDate(next.date), stage: next.run.stage, plannedRunMinutes: next.run.plannedRunMinutes } satisfies NextRun) : null,
    // A stopped run is told by the status (paused, or after the therapist's review, resumed): never a second card.
    loggedToday: loggedToday?.stopped ? null : loggedToday,
    /** Today is a run day and the three questions have not been answered yet: the run card waits for them. */
    preRunNeeded: status.kind === 'running' && day?.kind === 'run' && !runToday && plan.preRunToday === null,
    checkIn: checkInFor(plan, today, new Date()),
    stop: stopFor(plan),
    nudges: plan.nudges,
    /** In continuous: speed work and hills wait for the therapist. */
    phaseAdvice: plan.profile.phase === 'continuous' ? speedAndHillsAdvice('continuous') : null,
    settings: { painAllowance: plan.settings.painAllowance, stopPain: plan.settings.stopPain, gapDays: plan.settings.gapDays },
  };
}

export interface Prescription {
  stage: number | null;
  text: string;
  plannedRunMinutes: number;
}

/** What a run logged now is measured against: today's planned run, else the next one, else the current stage. */
function prescriptionFor(plan: RunnerPlan): Prescription {
  const run = (plan.week.days[0]?.kind === 'run' ? plan.week.days[0].run : null) ?? firstRun(plan.week.days)?.run;
  if (run) return { stage: run.stage, text: sessionText(run), plannedRunMinutes: run.plannedRunMinutes };
  const { profile, settings } = plan;
  if (profile.phase === 'walk_run') {
    const session = ladderSession(plan.stage, settings.sessionMinutes);
    return { stage: plan.stage, text: sessionText(session), plannedRunMinutes: session.plannedRunMinutes };
  }
  const minutes = settings.sessionMinutes;
  return { stage: null, text: sessionText({ runMinutes: minutes, walkMinutes: 0, repeats: 1, finalCycle: null }), plannedRunMinutes: minutes };
}

export async function logPageFor(runner: SessionUser, today: IsoDate) {
  const plan = await loadRunnerPlan(runner.id, today);
  if (!plan || plan.profile.clinicId !== runner.clinicId) return null;
  const next = firstRun(plan.week.days);
  return {
    phase: plan.profile.phase,
    stage: plan.stage,
    running: isRunningPhase(plan.profile.phase),
    status: plan.status,
    prescription: prescriptionFor(plan),
    plannedToday: plan.week.days[0]?.kind === 'run',
    nextRun: next ? { date: next.date, label: formatLongDate(next.date) } : null,
    stop: stopFor(plan),
    days: dayChoice(today, earliestRunDate(plan)),
  };
}

export type LogPageData = NonNullable<Awaited<ReturnType<typeof logPageFor>>>;

export interface DecisionHistoryItem {
  id: string;
  runDate: IsoDate;
  runDateLabel: string;
  source: 'run_log' | 'check_in';
  fromStage: number;
  /** The phase the run was in: a ladder stage means something to the runner only on the walk-run ladder. */
  phase: string;
  superseded: boolean;
  view: DecisionView;
}

/** Newest first, each in the runner's words; a decision a check-in replaced is marked superseded. */
function decisionHistory(newestFirst: readonly DecisionWithRunDate[], settings: { painAllowance: number; stopPain: number }): DecisionHistoryItem[] {
  const superseded = new Set(newestFirst.map((d) => d.supersedesId).filter((id): id is string => id !== null));
  let previousNextPhase: string | null = null;
  const items = [...newestFirst].reverse().map((decision) => {
    const { runDate } = decision;
    const phase = loggedPhaseOf(decision, decision.source === 'check_in' ? null : previousNextPhase);
    const view = runnerDecisionView(decision, { fromStage: decision.fromStage, phase, painAllowance: settings.painAllowance, stopPain: settings.stopPain });
    if (decision.source === 'run_log') previousNextPhase = decision.nextPhase;
    return { id: decision.id, runDate, runDateLabel: formatLongDate(runDate), source: decision.source, fromStage: decision.fromStage, phase, superseded: superseded.has(decision.id), view };
  });
  return items.reverse();
}

export interface ProgressData {
  phase: string;
  phaseLabel: string;
  stage: number;
  /** Ladder stages passed or reached: the progress bar's value out of 8. */
  ladderValue: number;
  ladderText: string;
  painPoints: PainPoint[];
  painAllowance: number;
  weeks: VolumeWeek[];
  /** This calendar week: the run minutes still planned and, after the ladder, what was run and the 10 % cap. */
  plannedRestOfWeek: number;
  completedThisWeek: number | null;
  capThisWeek: number | null;
  decisions: DecisionHistoryItem[];
}

/** The phase a pause interrupted when it was past the walk-run ladder (stage numbers then mean nothing), else null. */
function pausedAfterLadder(phase: string, phaseBeforePause: string | null): string | null {
  return phase === 'paused' && isAfterLadder(phaseBeforePause) ? phaseBeforePause : null;
}

function ladderPosition(phase: string, stage: number, phaseBeforePause: string | null): { value: number; text: string } {
  const after = pausedAfterLadder(phase, phaseBeforePause);
  if (after) return { value: 8, text: `Walk-run ladder complete · running paused in ${phaseLabel(after).toLowerCase()}` };
  switch (phase) {
    case 'foundation':
      return { value: 0, text: 'Foundation: the walk-run ladder starts when you are ready (stage 0 of 8)' };
    case 'walk_run':
      return { value: stage, text: `Stage ${stage} of 8 on the walk-run ladder` };
    case 'paused':
      return { value: stage, text: `Stage ${stage} of 8 · running paused` };
    default:
      return { value: 8, text: `Walk-run ladder complete · ${phaseLabel(phase)}` };
  }
}

export async function progressFor(runner: SessionUser, today: IsoDate): Promise<ProgressData | null> {
  const since = addDays(today, -PROGRESS_DAYS);
  const [plan, runs] = await Promise.all([loadRunnerPlan(runner.id, today), runsSince(runner.id, since)]);
  if (!plan || plan.profile.clinicId !== runner.clinicId) return null;
  const painPoints = painPointsFrom(runs.logs, runs.decisions);
  const { profile } = plan;
  const ladder = ladderPosition(profile.phase, profile.stage, plan.phaseBeforePause);
  return {
    phase: profile.phase,
    phaseLabel: phaseLabel(profile.phase),
    stage: profile.stage,
    ladderValue: ladder.value,
    ladderText: ladder.text,
    painPoints,
    painAllowance: plan.settings.painAllowance,
    weeks: weeklyVolume({ runs: painPoints, periods: plan.plan ? [plan.plan] : [], volume: plan.volume, today }),
    plannedRestOfWeek: plan.plannedRestOfWeek,
    completedThisWeek: plan.volume?.completedThisWeekMinutes ?? null,
    capThisWeek: plan.volume?.thisWeekCap ?? null,
    decisions: decisionHistory(runs.decisions, plan.settings),
  };
}

export async function therapistNameFor(runner: SessionUser): Promise<string | null> {
  const [row] = await getDb()
    .select({ name: users.name })
    .from(runnerProfiles)
    .innerJoin(users, eq(users.id, runnerProfiles.therapistId))
    .where(and(eq(runnerProfiles.userId, runner.id), eq(runnerProfiles.clinicId, runner.clinicId)))
    .limit(1);
  return row?.name ?? null;
}

/** The runner's current phase (what the exercise log offers depends on it). */
export async function phaseOf(runner: SessionUser): Promise<string> {
  const [row] = await getDb()
    .select({ phase: runnerProfiles.phase })
    .from(runnerProfiles)
    .where(and(eq(runnerProfiles.userId, runner.id), eq(runnerProfiles.clinicId, runner.clinicId)))
    .limit(1);
  return row?.phase ?? 'paused';
}

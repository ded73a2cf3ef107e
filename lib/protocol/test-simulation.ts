import { calendarWeekCaps, nextWeekCap, weeklyCap, type CalendarWeekVolume } from './continuous';
import { addDays, laterDate, mondayOf, toDayNumber } from './dates';
import { decideRunInPhase } from './decide';
import { stageAfterGap } from './gap';
import { MAX_STAGE } from './ladder';
import { preRunCheck, type PreRunAnswers } from './prerun';
import type { DecisionAction, IsoDate, ProtocolSettings, RunLog } from './types';
import { planWeek, type PlannedDay, type RunDay, type WeekPlan, type WeekPlanInput } from './week-plan';

/* A simulated runner for the property tests (used by the *.test.ts files only). */

/** What the runner reports for one run; the stage and the date come from the plan. */
export type Outcome = Omit<RunLog, 'date' | 'stage' | 'runMinutes'>;

// Memoised date arithmetic: a simulation compares every day with every run, and parsing dates dominates.
const dayNumbers = new Map<IsoDate, number>();
const dayNumber = (date: IsoDate): number => {
  let n = dayNumbers.get(date);
  if (n === undefined) dayNumbers.set(date, (n = toDayNumber(date)));
  return n;
};
const mondays = new Map<IsoDate, IsoDate>();
const monday = (date: IsoDate): IsoDate => {
  let m = mondays.get(date);
  if (m === undefined) mondays.set(date, (m = mondayOf(date)));
  return m;
};
/** Whole days from `from` to `to`. */
export const daysBetween = (from: IsoDate, to: IsoDate) => dayNumber(to) - dayNumber(from);

export const distinct = (dates: readonly IsoDate[]) => [...new Set(dates)];
/** Distinct dates from `from` to `from` + 6. */
export const inWindow = (dates: readonly IsoDate[], from: IsoDate) => distinct(dates).filter((d) => daysBetween(from, d) >= 0 && daysBetween(from, d) < 7).length;
const inWindowFrom = (days: readonly number[], from: number) => days.filter((d) => d >= from && d < from + 7).length;

export const runDaysOf = (days: readonly PlannedDay[]) => days.filter((d): d is RunDay => d.kind === 'run');

/** The run-day rules of a plan against what was logged: rest days around every run, the rolling limit, the earliest day. */
export function runDayViolations(plan: WeekPlan, input: Pick<WeekPlanInput, 'lastRunDate' | 'recentRunDates' | 'earliestNextRun'>, maxRunDays: number): string[] {
  const logged = [...input.recentRunDates, ...(input.lastRunDate ? [input.lastRunDate] : [])];
  const latest = logged.reduce<IsoDate | null>((a, d) => laterDate(a, d), null);
  const planned = runDaysOf(plan.days).map((d) => d.date);
  const violations: string[] = [];
  for (const date of planned) {
    if (latest && daysBetween(latest, date) <= 0) violations.push(`${date} on or before the last run ${latest}`);
    if (input.earliestNextRun && daysBetween(input.earliestNextRun, date) < 0) violations.push(`${date} before ${input.earliestNextRun}`);
    for (const other of [...logged, ...planned.filter((p) => p !== date)]) {
      if (Math.abs(daysBetween(other, date)) < 2) violations.push(`${date} next to the run on ${other}`);
    }
    const all = [...new Set([...logged, ...planned].map(dayNumber))];
    for (let from = dayNumber(date) - 6; from <= dayNumber(date); from++) {
      if (inWindowFrom(all, from) > maxRunDays) violations.push(`${date}: more than ${maxRunDays} run days in a 7-day window`);
    }
  }
  return violations;
}

export function strengthViolations(plan: WeekPlan): string[] {
  const strength = plan.days.filter((d) => d.kind === 'strength' && !d.orRest).map((d) => d.dayIndex);
  const violations = strength.length < 2 ? [`${plan.weekStart}: ${strength.length} strength days`] : [];
  strength.slice(1).forEach((day, i) => {
    if (day - (strength[i] as number) < 2) violations.push(`${plan.weekStart}: strength on consecutive days ${day - 1} and ${day}`);
  });
  return violations;
}

/*
 * Simulated runners: months of days, each day planned as the app would plan it (from the runs logged so far, the
 * last decision, the calendar weeks' caps and the break since the last run), then the runner answers the
 * pre-run check and runs — or not — and the run is decided.
 */

export type Behaviour = 'follows_plan' | 'runs_any_day';
export type SimPhase = 'walk_run' | 'continuous' | 'paused';

export interface SimDay {
  preRun: PreRunAnswers;
  /** On holiday: no run whatever the plan says. */
  away: boolean;
  /** For runs_any_day: runs today (twice on some days). */
  runs: 0 | 1 | 2;
  therapist: { resolve: boolean; reassess: boolean; stage: number };
}

export interface SimInput {
  start: IsoDate;
  phase: 'walk_run' | 'continuous';
  settings: ProtocolSettings;
  goalWeeklyMinutes: number;
  /** Minutes completed the week before the simulation (the first continuous cap grows from it). */
  weekBeforeMinutes: number;
  outcomes: Outcome[];
  incompleteShare: number[];
  days: SimDay[];
  behaviour: Behaviour;
}

export interface SimRun {
  log: RunLog;
  phase: 'walk_run' | 'continuous';
  action: DecisionAction;
  /** Days since the run before it (any period), null for the first. */
  daysSincePrevious: number | null;
  /** The therapist's restart (resolution or reassessment) the break is measured from, if any. */
  gapFrom: IsoDate | null;
  periodStart: IsoDate;
  plannedStage: number;
  /** The stage the runner was due at before a break stepped it back. */
  stageBeforeGap: number;
}

export interface SimEvent {
  kind: 'run' | 'stop' | 'resolution' | 'reassessment';
  date: IsoDate;
}

export interface SimResult {
  /** Broken plan rules found on the way (planned runs next to others, over the rolling limit, strength). */
  violations: string[];
  runs: SimRun[];
  events: SimEvent[];
  /** Continuous periods' calendar weeks: completed minutes and caps. */
  continuousWeeks: { weekStart: IsoDate; completed: number; cap: number; periodStart: IsoDate }[];
}

function calendarWeeks(runs: readonly SimRun[], periodStart: IsoDate, today: IsoDate): CalendarWeekVolume[] {
  // ISO dates compare as strings in calendar order.
  const counted = runs.filter((r) => r.log.date >= periodStart && r.log.date <= today);
  const lastBefore = runs.filter((r) => r.log.date <= today).at(-1)?.log.date ?? null;
  const currentWeek = monday(today);
  const weeks: CalendarWeekVolume[] = [];
  for (let weekStart = monday(periodStart); weekStart <= currentWeek; weekStart = addDays(weekStart, 7)) {
    const inWeek = counted.filter((r) => monday(r.log.date) === weekStart);
    const first = inWeek[0];
    weeks.push({
      weekStart,
      completedMinutes: inWeek.reduce((sum, r) => sum + r.log.runMinutes, 0),
      hadStopOrRegression: inWeek.some((r) => r.action === 'stop' || r.action === 'regress'),
      daysSincePreviousRun: first ? first.daysSincePrevious : weekStart === currentWeek && lastBefore ? daysBetween(lastBefore, today) : null,
    });
  }
  return weeks;
}

export function simulate(input: SimInput): SimResult {
  const s = input.settings;
  const runs: SimRun[] = [];
  const events: SimEvent[] = [];
  const violations: string[] = [];
  let phase: SimPhase = input.phase;
  let stage = input.phase === 'walk_run' ? 1 : MAX_STAGE;
  let periodStart = input.start;
  let previousRunDate: IsoDate | null = null;
  let gapFrom: IsoDate | null = null;
  let earliestNextRun: IsoDate | null = input.start;
  let firstCap = Math.min(input.goalWeeklyMinutes, weeklyCap(input.weekBeforeMinutes, s));
  let continuousPeriod: IsoDate | null = input.phase === 'continuous' ? input.start : null;
  const periodRuns = () => runs.filter((r) => r.periodStart === periodStart);
  const startPeriod = (date: IsoDate) => {
    periodStart = date;
    previousRunDate = runs.at(-1)?.log.date ?? null;
  };

  input.days.forEach((day, i) => {
    const date = addDays(input.start, i);
    const lastRun = runs.at(-1)?.log.date ?? null;
    if (phase === 'paused') {
      if (day.therapist.resolve) {
        phase = 'walk_run';
        stage = day.therapist.stage;
        startPeriod(date);
        gapFrom = date;
        earliestNextRun = addDays(date, 1);
        continuousPeriod = null;
        events.push({ kind: 'resolution', date });
      }
      const paused = planWeek({ phase: 'paused', stage, weekStart: date, lastRunDate: lastRun, earliestNextRun: null, recentRunDates: [] });
      if (paused.runDays > 0) violations.push(`${date}: runs planned while paused`);
      return;
    }

    const from = laterDate(lastRun, gapFrom);
    let gap = from === null ? null : stageAfterGap(stage, Math.max(0, daysBetween(from, date)), s);
    if (gap?.reassess && day.therapist.reassess) {
      // A passed reassessment lifts the block: the runner restarts as after the longest break that may run.
      stage = phase === 'walk_run' ? stageAfterGap(stage, 4 * s.gapDays, s).stage : stage;
      startPeriod(date);
      gapFrom = date;
      events.push({ kind: 'reassessment', date });
      gap = null;
    }
    const plannedStage = phase === 'walk_run' && gap ? gap.stage : stage;

    let continuous: WeekPlanInput['continuous'];
    if (phase === 'continuous' && continuousPeriod !== null) {
      const weeks = calendarWeeks(runs, continuousPeriod, date);
      const caps = calendarWeekCaps({ weeks, firstCap, goalWeeklyMinutes: input.goalWeeklyMinutes }, s);
      const current = weeks.at(-1) as CalendarWeekVolume;
      const cap = caps.at(-1) as number;
      continuous = {
        thisWeekCap: cap,
        completedThisWeekMinutes: current.completedMinutes,
        nextWeekCap: nextWeekCap(
          { completedMinutes: Math.max(current.completedMinutes, cap), cap, hadStopOrRegression: current.hadStopOrRegression, goalWeeklyMinutes: input.goalWeeklyMinutes },
          s,
        ),
        goalWeeklyMinutes: input.goalWeeklyMinutes,
      };
    }
    const planInput: WeekPlanInput = {
      phase,
      stage: plannedStage,
      weekStart: date,
      lastRunDate: lastRun,
      earliestNextRun,
      recentRunDates: runs.filter((r) => r.log.date >= addDays(date, -14)).map((r) => r.log.date),
      settings: s,
      continuous,
      noRunsReason: gap?.reassess ? 'reassess' : null,
    };
    const plan = planWeek(planInput);
    violations.push(...runDayViolations(plan, planInput, s.maxRunDaysPerWeek), ...strengthViolations(plan));
    if (gap?.reassess && plan.runDays > 0) violations.push(`${date}: runs planned before the reassessment`);

    const today = plan.days.find((d) => d.date === date);
    const planned = today?.kind === 'run' ? today.run : null;
    const times = input.behaviour === 'follows_plan' ? (planned && !day.away ? 1 : 0) : gap?.reassess ? 0 : day.runs;
    if (times === 0) return;
    if (input.behaviour === 'follows_plan') {
      // Before the run card can start: the three questions.
      const check = preRunCheck(day.preRun, s);
      if (check.action === 'stop') {
        phase = 'paused';
        events.push({ kind: 'stop', date });
        return;
      }
      if (check.action === 'rest_today') return;
    }

    for (let k = 0; k < times && phase !== 'paused'; k++) {
      const outcome = input.outcomes[runs.length % input.outcomes.length] as Outcome;
      const plannedMinutes = planned?.plannedRunMinutes ?? s.sessionMinutes;
      const share = input.incompleteShare[runs.length % input.incompleteShare.length] ?? 0.5;
      const runMinutes = outcome.completed ? plannedMinutes : Math.floor(plannedMinutes * share);
      const runStage = phase === 'walk_run' ? plannedStage : MAX_STAGE;
      const stageBeforeGap = stage;
      if (phase === 'walk_run') stage = plannedStage;
      const log: RunLog = { date, stage: runStage, runMinutes, ...outcome };
      const previous = runs.at(-1)?.log.date ?? null;
      const history = [...periodRuns().map((r) => r.log), log];
      const decision = decideRunInPhase(history, phase, s, { previousRunDate, gapFrom });
      runs.push({
        log,
        phase,
        action: decision.action,
        daysSincePrevious: previous === null ? null : daysBetween(previous, date),
        gapFrom,
        periodStart,
        plannedStage: runStage,
        stageBeforeGap,
      });
      events.push({ kind: 'run', date });
      if (decision.action === 'stop') {
        phase = 'paused';
        events.push({ kind: 'stop', date });
      } else if (phase === 'walk_run' && decision.nextPhase === 'continuous') {
        phase = 'continuous';
        stage = MAX_STAGE;
        // The ladder's last week paces the first continuous week (the calendar week of the switch).
        const weekBefore = runs.filter((r) => monday(r.log.date) === addDays(monday(date), -7)).reduce((sum, r) => sum + r.log.runMinutes, 0);
        firstCap = Math.min(input.goalWeeklyMinutes, weeklyCap(weekBefore, s));
        startPeriod(addDays(date, 1));
        gapFrom = null;
        continuousPeriod = monday(date);
        earliestNextRun = decision.earliestNextRun;
      } else {
        stage = decision.nextStage;
        earliestNextRun = decision.earliestNextRun;
      }
    }
  });

  const continuousWeeks: SimResult['continuousWeeks'] = [];
  if (input.phase === 'continuous') {
    const end = addDays(input.start, input.days.length - 1);
    const stoppedOn = events.find((e) => e.kind === 'stop')?.date ?? null;
    const last = stoppedOn ?? end;
    const weeks = calendarWeeks(runs, input.start, last);
    const caps = calendarWeekCaps({ weeks, firstCap: Math.min(input.goalWeeklyMinutes, weeklyCap(input.weekBeforeMinutes, s)), goalWeeklyMinutes: input.goalWeeklyMinutes }, s);
    weeks.forEach((w, i) => continuousWeeks.push({ weekStart: w.weekStart, completed: w.completedMinutes, cap: caps[i] as number, periodStart: input.start }));
  }
  return { violations, runs, events, continuousWeeks };
}


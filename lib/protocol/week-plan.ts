import { speedAndHillsAllowed } from './continuous';
import { addDays, assertIsoDate, toDayNumber, weekdayIndex } from './dates';
import { EASY_MAX_RPE, MIN_DAYS_BETWEEN_RUNS, RUN_WINDOW_DAYS } from './decide';
import { exercisesFor, LOW_IMPACT_ACTIVITIES, type DoseOverrides, type Exercise, type ExerciseCategory, type LowImpactActivity } from './exercises';
import { ladderSession, MAX_STAGE, MIN_STAGE } from './ladder';
import { WARM_UP_REMINDER } from './prevention';
import type { PlanRuleId } from './rule-ids';
import { withDefaults } from './settings';
import type { IsoDate, ProtocolPhase, ProtocolSettings, RunningPhase } from './types';
import { assertIntegerInRange } from './validate';

export type DayKind = 'run' | 'strength' | 'mobility' | 'cross_training' | 'rest';

export const EASY_EFFORT = `Easy, conversational (Zone 2), RPE ≤ ${EASY_MAX_RPE}`;
export const FULL_EFFORT = 'Mostly easy and conversational (Zone 2); speed work and hills allowed';
/** A continuous week is spread over fewer days rather than into runs shorter than this (unless its whole cap is). */
export const CONTINUOUS_MIN_RUN_MINUTES = 10;
export const DAYS_PER_WEEK = 7;

export interface RunSession {
  phase: RunningPhase;
  /** The ladder stage; null for a continuous run. */
  stage: number | null;
  runMinutes: number;
  walkMinutes: number;
  /** Whole run/walk cycles (1 for a continuous run). */
  repeats: number;
  /** The cycle cut at the session's end, running first; null when the cycles fit exactly. */
  finalCycle: { runMinutes: number; walkMinutes: number } | null;
  totalMinutes: number;
  plannedRunMinutes: number;
  effort: string;
  warmUp: string;
  speedAndHillsAllowed: boolean;
}

interface DayBase {
  date: IsoDate;
  /** 0 = the week's first day (the seed's "Day 1"). */
  dayIndex: number;
}
export interface RunDay extends DayBase {
  kind: 'run';
  run: RunSession;
}
/** `orRest`: the seed's "Rest or …" — resting instead is fine. */
export interface StrengthDay extends DayBase {
  kind: 'strength';
  orRest: boolean;
  exercises: Exercise[];
}
export interface MobilityDay extends DayBase {
  kind: 'mobility';
  orRest: boolean;
  exercises: Exercise[];
}
export interface CrossTrainingDay extends DayBase {
  kind: 'cross_training';
  orRest: boolean;
  activities: LowImpactActivity[];
  minutes: number;
  effort: string;
}
/** Rest, or optionally a low-impact activity. */
export interface RestDay extends DayBase {
  kind: 'rest';
  lowImpactActivities: LowImpactActivity[];
}
export type PlannedDay = RunDay | StrengthDay | MobilityDay | CrossTrainingDay | RestDay;

/** The 10 % rule on calendar weeks, for continuous, full and maintenance (from calendarWeekCaps). */
export interface ContinuousPlanInput {
  /** The cap of the calendar week (Monday–Sunday) holding weekStart. */
  thisWeekCap: number;
  /** Volume completed in that calendar week so far, days before weekStart included. */
  completedThisWeekMinutes: number;
  /** The cap of the calendar week after it. */
  nextWeekCap: number;
  /** The therapist's goal volume: the ceiling. */
  goalWeeklyMinutes: number;
}

export type NoRunsReason = 'reassess';

export interface WeekPlanInput {
  phase: ProtocolPhase;
  /** The stage of the next run (the last decision's nextStage, after stageAfterGap). */
  stage: number;
  /** The week's first day; any weekday (the seed's Week 1 counts Day 1–7 from the first run). */
  weekStart: IsoDate;
  /** The latest run of all, also one from before the current plan period. */
  lastRunDate: IsoDate | null;
  /**
   * From the last decision or the therapist's resolution. With no decision yet, pass the day the plan starts:
   * the planner has no clock, and null lets it plan runs from weekStart on.
   */
  earliestNextRun: IsoDate | null;
  /** Logged runs of at least the 7 days before weekStart and any since (any order): the rolling run-day limit counts them. */
  recentRunDates: readonly IsoDate[];
  settings?: Partial<ProtocolSettings>;
  /** Required in continuous, full and maintenance. */
  continuous?: ContinuousPlanInput;
  /** 'reassess': a break of more than 4 × gapDays, no run days until a new readiness assessment. */
  noRunsReason?: NoRunsReason | null;
  exerciseDoses?: DoseOverrides;
}

export interface WeekPlan {
  weekStart: IsoDate;
  phase: ProtocolPhase;
  /** Seven days from weekStart. */
  days: PlannedDay[];
  runDays: number;
  plannedRunMinutes: number;
  /** The cap of the calendar week holding weekStart; null outside continuous/full/maintenance. */
  volumeCap: number | null;
  /** The cap of the calendar week after it; null outside continuous/full/maintenance. */
  nextWeekCap: number | null;
  /** The rules that shaped the week, for explanation. */
  rules: PlanRuleId[];
}

type Filler = { kind: Exclude<DayKind, 'run'>; orRest: boolean };
const strength = (orRest = false): Filler => ({ kind: 'strength', orRest });
const mobility = (orRest = false): Filler => ({ kind: 'mobility', orRest });
const cross = (orRest = false): Filler => ({ kind: 'cross_training', orRest });
const rest: Filler = { kind: 'rest', orRest: false };

/** Without running, by day of the week: strength 3×, mobility and stability 2×, then rest or low-impact. */
const FOUNDATION_WEEK: readonly Filler[] = [strength(), mobility(), strength(), mobility(), strength(), rest, rest];
const PAUSED_WEEK: readonly Filler[] = [strength(), mobility(), strength(), mobility(), strength(), cross(true), rest];

/**
 * Running weeks fill the non-run days in order; every running phase holds two strength days that are not
 * optional (version 2; seed Step 5 "2-3x per week"), never on consecutive days: another filler always comes
 * between them, and a week of at most three runs has at least four non-run days. Walk-run and continuous
 * keep the seed's Week 1 (Day 2 rest or cross-train, Day 4 strength, then rest or low-impact).
 */
const RUNNING_FILL: Readonly<Record<RunningPhase, readonly Filler[]>> = {
  walk_run: [cross(true), strength(), rest, strength()],
  continuous: [cross(true), strength(), rest, strength()],
  full: [strength(), mobility(), strength(), cross(true)],
  maintenance: [strength(), mobility(), strength(), cross(true)],
};

const RUNNING_PHASES: readonly ProtocolPhase[] = ['walk_run', 'continuous', 'full', 'maintenance'];
const AFTER_LADDER: readonly ProtocolPhase[] = ['continuous', 'full', 'maintenance'];
const PHASES: readonly ProtocolPhase[] = ['foundation', ...RUNNING_PHASES, 'paused'];

function isRunningPhase(phase: ProtocolPhase): phase is RunningPhase {
  return RUNNING_PHASES.includes(phase);
}

interface RunDayRules {
  /** Logged runs and runs already planned, as day numbers. */
  runDays: readonly number[];
  /** No run on or before it (the latest logged run: a re-planned week keeps its earlier days). */
  lastRun: number | null;
  earliest: number | null;
  maxRunDays: number;
}

/** A run on `day` keeps a rest day on both sides and at most maxRunDays run days in every 7-day window holding it. */
function canRunOn(day: number, rules: RunDayRules): boolean {
  if (rules.lastRun !== null && day <= rules.lastRun) return false;
  if (rules.earliest !== null && day < rules.earliest) return false;
  const near = [...new Set(rules.runDays.filter((run) => Math.abs(run - day) < RUN_WINDOW_DAYS))];
  if (near.some((run) => Math.abs(run - day) < MIN_DAYS_BETWEEN_RUNS)) return false;
  for (let from = day - RUN_WINDOW_DAYS + 1; from <= day; from++) {
    const inWindow = near.filter((run) => run >= from && run < from + RUN_WINDOW_DAYS).length;
    if (inWindow + 1 > rules.maxRunDays) return false;
  }
  return true;
}

/**
 * Greedy from the first allowed day. From a fresh start this gives days 1, 3 and 5, the seed's Week 1, and the
 * rolling limit then keeps that rhythm (the next run is day 8), whatever day the week is planned from.
 */
function pickRunDays(days: readonly number[], indices: readonly number[], rules: RunDayRules): number[] {
  const picked: number[] = [];
  const runDays = [...rules.runDays];
  for (const i of indices) {
    const day = days[i] as number;
    if (!canRunOn(day, { ...rules, runDays })) continue;
    picked.push(i);
    runDays.push(day);
  }
  return picked;
}

/** n of the candidate slots, spread over the week (any subset of non-consecutive days stays non-consecutive). */
function spread(slots: readonly number[], n: number): number[] {
  if (n >= slots.length) return [...slots];
  if (n <= 0) return [];
  if (n === 1) return slots.slice(0, 1);
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const slot = slots[Math.round((k * (slots.length - 1)) / (n - 1))];
    if (slot !== undefined) out.push(slot);
  }
  return out;
}

function continuousRun(phase: RunningPhase, minutes: number): RunSession {
  const fast = speedAndHillsAllowed(phase);
  return {
    phase,
    stage: null,
    runMinutes: minutes,
    walkMinutes: 0,
    repeats: 1,
    finalCycle: null,
    totalMinutes: minutes,
    plannedRunMinutes: minutes,
    effort: fast ? FULL_EFFORT : EASY_EFFORT,
    warmUp: WARM_UP_REMINDER,
    speedAndHillsAllowed: fast,
  };
}

function ladderRun(stage: number, sessionMinutes: number): RunSession {
  const session = ladderSession(stage, sessionMinutes);
  return { phase: 'walk_run', ...session, effort: EASY_EFFORT, warmUp: WARM_UP_REMINDER, speedAndHillsAllowed: false };
}

/** Walk-run: one stage up per run day, as if every run were green; after stage 8, continuous runs of the same length. */
function projectLadder(count: number, stage: number, s: ProtocolSettings): RunSession[] {
  const runs: RunSession[] = [];
  let next: number | null = stage;
  for (let i = 0; i < count; i++) {
    if (next === null) {
      runs.push(continuousRun('continuous', s.sessionMinutes));
    } else {
      runs.push(ladderRun(next, s.sessionMinutes));
      next = next >= MAX_STAGE ? null : next + 1;
    }
  }
  return runs;
}

/** The longest run of a calendar week: its cap spread evenly over a full week's run days (or fewer, not shorter than the minimum). */
function runMinutesFor(weekCap: number, s: ProtocolSettings): { shortest: number; longest: number } | null {
  const total = Math.floor(weekCap);
  // A cap below the usual minimum is one short run rather than none: no running at all would never grow.
  const shortest = Math.min(CONTINUOUS_MIN_RUN_MINUTES, total);
  if (shortest < 1) return null;
  const runs = Math.min(s.maxRunDaysPerWeek, Math.floor(total / shortest));
  return { shortest, longest: Math.ceil(total / runs) };
}

/**
 * A share of a calendar week's volume in whole minutes, split as evenly as possible over at most `slots` runs,
 * none shorter than the minimum nor longer than the week's even run (so a week's runs squeezed into fewer
 * days, or a return late in the week, never make one long run).
 */
function continuousRuns(share: number, weekCap: number, slots: number, s: ProtocolSettings): number[] {
  const length = runMinutesFor(weekCap, s);
  if (!length) return [];
  const available = Math.floor(Math.max(0, share));
  const n = Math.min(slots, Math.floor(available / length.shortest));
  if (n <= 0) return [];
  const total = Math.min(available, n * length.longest);
  const base = Math.floor(total / n);
  const extra = total - base * n;
  return Array.from({ length: n }, (_, k) => base + (k < extra ? 1 : 0));
}

function fillerDay(filler: Filler, date: IsoDate, dayIndex: number, phase: ProtocolPhase, s: ProtocolSettings, doses: DoseOverrides): PlannedDay {
  switch (filler.kind) {
    case 'strength': {
      // Plyometrics prepare for impact in foundation; once running, the runs are the impact, and while
      // paused after a warning sign impact waits for the therapist.
      const categories: ExerciseCategory[] = phase === 'foundation' ? ['strength', 'plyometric'] : ['strength'];
      return { date, dayIndex, kind: 'strength', orRest: filler.orRest, exercises: exercisesFor(categories, doses) };
    }
    case 'mobility':
      return { date, dayIndex, kind: 'mobility', orRest: filler.orRest, exercises: exercisesFor(['mobility', 'stability'], doses) };
    case 'cross_training':
      return {
        date,
        dayIndex,
        kind: 'cross_training',
        orRest: filler.orRest,
        activities: [...LOW_IMPACT_ACTIVITIES],
        minutes: s.sessionMinutes,
        effort: EASY_EFFORT,
      };
    case 'rest':
      return { date, dayIndex, kind: 'rest', lowImpactActivities: [...LOW_IMPACT_ACTIVITIES] };
  }
}

function assertVolume(value: unknown, field: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new RangeError(`${field} must be a non-negative number, got ${String(value)}`);
}

function validate(input: WeekPlanInput): void {
  if (!PHASES.includes(input.phase)) throw new RangeError(`No week plan for phase ${String(input.phase)}`);
  assertIntegerInRange(input.stage, MIN_STAGE, MAX_STAGE, 'stage');
  assertIsoDate(input.weekStart, 'weekStart');
  if (input.lastRunDate !== null) assertIsoDate(input.lastRunDate, 'lastRunDate');
  if (input.earliestNextRun !== null) assertIsoDate(input.earliestNextRun, 'earliestNextRun');
  if (!Array.isArray(input.recentRunDates)) throw new RangeError('recentRunDates must be a list of dates');
  input.recentRunDates.forEach((d, i) => assertIsoDate(d, `recentRunDates[${i}]`));
  if (input.noRunsReason != null && input.noRunsReason !== 'reassess') throw new RangeError(`Unknown noRunsReason ${String(input.noRunsReason)}`);
  if (AFTER_LADDER.includes(input.phase)) {
    const c = input.continuous;
    if (!c) throw new RangeError(`A ${input.phase} week needs the continuous input (the calendar weeks' caps and the goal)`);
    assertVolume(c.thisWeekCap, 'continuous.thisWeekCap');
    assertVolume(c.completedThisWeekMinutes, 'continuous.completedThisWeekMinutes');
    assertVolume(c.nextWeekCap, 'continuous.nextWeekCap');
    assertVolume(c.goalWeeklyMinutes, 'continuous.goalWeeklyMinutes');
  }
}

interface Segment {
  indices: number[];
  share: number;
  weekCap: number;
}

/**
 * The prescribed seven days from weekStart. Run days only in running phases and without noRunsReason: never two
 * in a row, never on or before the last logged run, never before earliestNextRun, and at most
 * maxRunDaysPerWeek in any 7 days counting the logged runs. A non-green decision moves earliestNextRun and the
 * stage: re-plan from that state. After the ladder the seven days span at most two calendar weeks: the days of
 * the first share what is left of its cap, the days of the second share the next week's cap.
 */
export function planWeek(input: WeekPlanInput): WeekPlan {
  validate(input);
  const s = withDefaults(input.settings);
  const doses = input.exerciseDoses ?? {};
  const { phase } = input;
  const dates = Array.from({ length: DAYS_PER_WEEK }, (_, i) => addDays(input.weekStart, i));

  if (!isRunningPhase(phase)) {
    const template = phase === 'foundation' ? FOUNDATION_WEEK : PAUSED_WEEK;
    const days = dates.map((date, i) => fillerDay(template[i] ?? rest, date, i, phase, s, doses));
    return { weekStart: input.weekStart, phase, days, runDays: 0, plannedRunMinutes: 0, volumeCap: null, nextWeekCap: null, rules: [] };
  }

  // Day numbers: the rolling-window checks compare every candidate with every run, so parse each date once.
  const dayNumbers = dates.map(toDayNumber);
  const logged = [...input.recentRunDates, ...(input.lastRunDate === null ? [] : [input.lastRunDate])].map(toDayNumber);
  const rules: RunDayRules = {
    runDays: logged,
    lastRun: logged.length === 0 ? null : Math.max(...logged),
    earliest: input.earliestNextRun === null ? null : toDayNumber(input.earliestNextRun),
    maxRunDays: s.maxRunDaysPerWeek,
  };
  const allDays = dates.map((_, i) => i);
  const noRuns = input.noRunsReason != null;
  const planRules: PlanRuleId[] = ['rest.consecutive_days'];

  const runs = new Map<number, RunSession>();
  let volumeCap: number | null = null;
  let nextCap: number | null = null;
  if (phase === 'walk_run') {
    const slots = noRuns ? [] : pickRunDays(dayNumbers, allDays, rules);
    const sessions = projectLadder(slots.length, input.stage, s);
    slots.forEach((slot, k) => runs.set(slot, sessions[k] as RunSession));
  } else {
    const c = input.continuous as ContinuousPlanInput;
    volumeCap = Math.min(c.goalWeeklyMinutes, c.thisWeekCap);
    nextCap = Math.min(c.goalWeeklyMinutes, c.nextWeekCap);
    // weekStart's calendar week runs to the first Sunday; the rest of the seven days is the next one.
    const firstWeekDays = DAYS_PER_WEEK - weekdayIndex(input.weekStart);
    const segments: Segment[] = [
      { indices: allDays.slice(0, firstWeekDays), share: volumeCap - c.completedThisWeekMinutes, weekCap: volumeCap },
      { indices: allDays.slice(firstWeekDays), share: nextCap, weekCap: nextCap },
    ];
    const runDays = [...rules.runDays];
    for (const segment of noRuns ? [] : segments) {
      const slots = pickRunDays(dayNumbers, segment.indices, { ...rules, runDays });
      const minutes = continuousRuns(segment.share, segment.weekCap, slots.length, s);
      spread(slots, minutes.length).forEach((slot, k) => {
        runs.set(slot, continuousRun(phase, minutes[k] ?? 0));
        runDays.push(dayNumbers[slot] as number);
      });
    }
    planRules.push('volume.weekly_cap');
  }
  planRules.push('prevention.strength_2x');
  if (noRuns) planRules.push('gap.reassess');

  const fill = RUNNING_FILL[phase];
  let filled = 0;
  const days = dates.map((date, i): PlannedDay => {
    const run = runs.get(i);
    if (run) return { date, dayIndex: i, kind: 'run', run };
    return fillerDay(fill[filled++] ?? rest, date, i, phase, s, doses);
  });
  const plannedRunMinutes = [...runs.values()].reduce((sum, r) => sum + r.plannedRunMinutes, 0);
  return { weekStart: input.weekStart, phase, days, runDays: runs.size, plannedRunMinutes, volumeCap, nextWeekCap: nextCap, rules: planRules };
}

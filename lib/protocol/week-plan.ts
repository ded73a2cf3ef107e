import { continuousWeeklyCap, speedAndHillsAllowed, type ContinuousWeekInput } from './continuous';
import { addDays, assertIsoDate, daysBetween, laterDate } from './dates';
import { MIN_DAYS_BETWEEN_RUNS } from './decide';
import { exercisesFor, LOW_IMPACT_ACTIVITIES, type DoseOverrides, type Exercise, type ExerciseCategory, type LowImpactActivity } from './exercises';
import { ladderSession, MAX_STAGE, MIN_STAGE } from './ladder';
import { WARM_UP_REMINDER } from './prevention';
import type { PlanRuleId } from './rule-ids';
import { withDefaults } from './settings';
import type { IsoDate, ProtocolPhase, ProtocolSettings, RunningPhase } from './types';
import { assertIntegerInRange } from './validate';

export type DayKind = 'run' | 'strength' | 'mobility' | 'cross_training' | 'rest';

export const EASY_EFFORT = 'Easy, conversational (Zone 2), RPE ≤ 4';
export const FULL_EFFORT = 'Mostly easy and conversational (Zone 2); speed work and hills allowed';
/** A continuous week is spread over fewer days rather than into runs shorter than this. */
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

export interface WeekPlanInput {
  phase: ProtocolPhase;
  /** The stage of the next run (the last decision's nextStage). */
  stage: number;
  /** The week's first day; any weekday (the seed's Week 1 counts Day 1–7 from the first run). */
  weekStart: IsoDate;
  lastRunDate: IsoDate | null;
  /**
   * From the last decision or the therapist's resolution. With no decision yet, pass the day the plan starts:
   * the planner has no clock, and null lets it plan runs from weekStart on.
   */
  earliestNextRun: IsoDate | null;
  /** Runs already logged (any dates): those inside the week count toward the week's run days. */
  loggedRunDates?: readonly IsoDate[];
  settings?: Partial<ProtocolSettings>;
  /** Required in continuous, full and maintenance. */
  continuous?: ContinuousWeekInput;
  exerciseDoses?: DoseOverrides;
}

export interface WeekPlan {
  weekStart: IsoDate;
  phase: ProtocolPhase;
  /** Seven days from weekStart. */
  days: PlannedDay[];
  runDays: number;
  plannedRunMinutes: number;
  /** The continuous volume cap that bounded the week; null outside continuous/full/maintenance. */
  volumeCap: number | null;
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
 * Running weeks fill the non-run days in order. Walk-run and continuous follow the seed's Week 1 (Day 2 rest or
 * cross-train, Day 4 rest or strength, then rest or low-impact). Full and maintenance put strength first so
 * every week holds at least two strength days (prevention.strength_2x): a week has at least three non-run days.
 */
const RUNNING_FILL: Readonly<Record<RunningPhase, readonly Filler[]>> = {
  walk_run: [cross(true), strength(true)],
  continuous: [cross(true), strength(true)],
  full: [strength(), mobility(), strength(), cross(true)],
  maintenance: [strength(), mobility(), strength(), cross(true)],
};

const RUNNING_PHASES: readonly ProtocolPhase[] = ['walk_run', 'continuous', 'full', 'maintenance'];
const PHASES: readonly ProtocolPhase[] = ['foundation', ...RUNNING_PHASES, 'paused'];

function isRunningPhase(phase: ProtocolPhase): phase is RunningPhase {
  return RUNNING_PHASES.includes(phase);
}

/**
 * Greedy from the first allowed day: never the day after a run (logged or planned), never before
 * earliestNextRun, at most `budget` days. From a fresh start this gives days 1, 3 and 5, the seed's Week 1.
 */
function pickRunDays(dates: readonly IsoDate[], lastRun: IsoDate | null, earliest: IsoDate | null, budget: number): number[] {
  const picked: number[] = [];
  let previous = lastRun;
  dates.forEach((date, i) => {
    if (picked.length >= budget) return;
    if (previous !== null && daysBetween(previous, date) < MIN_DAYS_BETWEEN_RUNS) return;
    if (earliest !== null && daysBetween(earliest, date) < 0) return;
    picked.push(i);
    previous = date;
  });
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

/** The week's volume in whole minutes, split as evenly as possible; never more runs than slots. */
function continuousRuns(volume: number, slots: number): number[] {
  const total = Math.floor(volume);
  const n = Math.min(slots, Math.floor(total / CONTINUOUS_MIN_RUN_MINUTES));
  if (n <= 0) return [];
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

function validate(input: WeekPlanInput): void {
  if (!PHASES.includes(input.phase)) throw new RangeError(`No week plan for phase ${String(input.phase)}`);
  assertIntegerInRange(input.stage, MIN_STAGE, MAX_STAGE, 'stage');
  assertIsoDate(input.weekStart, 'weekStart');
  if (input.lastRunDate !== null) assertIsoDate(input.lastRunDate, 'lastRunDate');
  if (input.earliestNextRun !== null) assertIsoDate(input.earliestNextRun, 'earliestNextRun');
  input.loggedRunDates?.forEach((d, i) => assertIsoDate(d, `loggedRunDates[${i}]`));
  if ((input.phase === 'continuous' || input.phase === 'full' || input.phase === 'maintenance') && !input.continuous) {
    throw new RangeError(`A ${input.phase} week needs the continuous input (last week's volume and the goal)`);
  }
}

/**
 * The prescribed seven days from weekStart. Run days only in running phases: at most maxRunDaysPerWeek
 * (runs already logged inside the week count), never two in a row, never the day after the last run, never
 * before earliestNextRun. A non-green decision moves earliestNextRun and the stage: re-plan from that state.
 * Days on or before the last logged run get no run; a caller re-planning mid-week keeps its earlier days.
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
    return { weekStart: input.weekStart, phase, days, runDays: 0, plannedRunMinutes: 0, volumeCap: null, rules: [] };
  }

  const logged = input.loggedRunDates ?? [];
  const lastRun = logged.reduce<IsoDate | null>((latest, d) => laterDate(latest, d), input.lastRunDate);
  const loggedThisWeek = new Set(logged.filter((d) => daysBetween(input.weekStart, d) >= 0 && daysBetween(d, dates[6] as IsoDate) >= 0));
  const budget = Math.max(0, s.maxRunDaysPerWeek - loggedThisWeek.size);
  const slots = pickRunDays(dates, lastRun, input.earliestNextRun, budget);

  let runs: Map<number, RunSession>;
  let volumeCap: number | null = null;
  const rules: PlanRuleId[] = ['rest.consecutive_days'];
  if (phase === 'walk_run') {
    const sessions = projectLadder(slots.length, input.stage, s);
    runs = new Map(slots.map((slot, k) => [slot, sessions[k] as RunSession]));
  } else {
    volumeCap = continuousWeeklyCap(input.continuous as ContinuousWeekInput, s);
    const minutes = continuousRuns(volumeCap, slots.length);
    const chosen = spread(slots, minutes.length);
    runs = new Map(chosen.map((slot, k) => [slot, continuousRun(phase, minutes[k] ?? 0)]));
    rules.push('volume.weekly_cap');
    if (phase === 'full' || phase === 'maintenance') rules.push('prevention.strength_2x');
  }

  const fill = RUNNING_FILL[phase];
  let filled = 0;
  const days = dates.map((date, i): PlannedDay => {
    const run = runs.get(i);
    if (run) return { date, dayIndex: i, kind: 'run', run };
    return fillerDay(fill[filled++] ?? rest, date, i, phase, s, doses);
  });
  const plannedRunMinutes = [...runs.values()].reduce((sum, r) => sum + r.plannedRunMinutes, 0);
  return { weekStart: input.weekStart, phase, days, runDays: runs.size, plannedRunMinutes, volumeCap, rules };
}

import { daysBetween, weekdayIndex } from './dates';
import { GAP_RETURN_WEEK_SHARE } from './gap';
import { withDefaults } from './settings';
import type { DecisionAction, IsoDate, ProtocolPhase, ProtocolSettings } from './types';

/** Consecutive weeks of green runs needed before the therapist may unlock `full`. */
export const FULL_CRITERIA_WEEKS = 2;
/** Every run of those weeks must be at least this long. */
export const FULL_MIN_RUN_MINUTES = 30;

function assertVolume(value: number, field: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${field} must be a non-negative number, got ${String(value)}`);
  }
}

/** Rounded down to 2 decimals (after removing floating-point noise): never above the exact value. */
function floor2(exact: number): number {
  return Math.floor(Math.round(exact * 1e6) / 1e4) / 100;
}

/**
 * The 10 % rule: this week's planned volume is at most (1 + weeklyIncrease) × last week's completed volume.
 * Rounded down to 2 decimals so minutes and km both work and the cap is never above the exact product.
 */
export function weeklyCap(completedLastWeek: number, settings?: Partial<ProtocolSettings>): number {
  assertVolume(completedLastWeek, 'completedLastWeek');
  const { weeklyIncrease } = withDefaults(settings);
  return floor2(completedLastWeek * (1 + weeklyIncrease));
}

export interface WeekVolume {
  /** Volume completed in the calendar week (Monday–Sunday). */
  completedMinutes: number;
  /** The week's own cap. */
  cap: number;
  /** A week with a stop or a regression gives no growth. */
  hadStopOrRegression: boolean;
  /** The therapist's goal volume: the ceiling. */
  goalWeeklyMinutes: number;
}

/**
 * Next calendar week's cap (version 2): min(goal, 1.10 × min(completed, cap)), so overshooting a week never
 * raises the next one; after a week with a stop or regression min(goal, completed, cap), no growth.
 * A week with 0 minutes gives 0 here; calendarWeekCaps treats such a week as a week off instead.
 */
export function nextWeekCap(week: WeekVolume, settings?: Partial<ProtocolSettings>): number {
  assertVolume(week.completedMinutes, 'completedMinutes');
  assertVolume(week.cap, 'cap');
  assertVolume(week.goalWeeklyMinutes, 'goalWeeklyMinutes');
  const counted = Math.min(week.completedMinutes, week.cap);
  const grown = week.hadStopOrRegression ? counted : weeklyCap(counted, settings);
  return Math.min(week.goalWeeklyMinutes, grown);
}

/** Whether a week's completed volume (including the run just logged) is past its cap: volume.over_cap. */
export function weekOverCap(completedIncludingRun: number, cap: number): boolean {
  assertVolume(completedIncludingRun, 'completedIncludingRun');
  assertVolume(cap, 'cap');
  return completedIncludingRun > cap + 1e-9;
}

export interface CalendarWeekVolume {
  /** A Monday; the weeks are consecutive. */
  weekStart: IsoDate;
  completedMinutes: number;
  hadStopOrRegression: boolean;
  /**
   * Days from the run before this week's first run to that run (for the current week before its first run: to
   * today); more than gapDays makes this week a week back. A week after a week with 0 minutes is one anyway.
   */
  daysSincePreviousRun?: number | null;
}

export interface CalendarWeekCapsInput {
  /** Oldest first: from the first week of the period after the ladder to the current week. */
  weeks: readonly CalendarWeekVolume[];
  /** The first week's cap (from the plan period: the therapist's choice or the end of the ladder). */
  firstCap: number;
  goalWeeklyMinutes: number;
}

/**
 * "The last full week" before a break: the larger of the last two weeks with running (a break often cuts the
 * last one short), counted within their caps; with no running yet in the period, the first cap.
 */
function lastFullWeek(weeks: readonly CalendarWeekVolume[], caps: readonly number[], firstCap: number): number {
  const counted = weeks.map((w, i) => ({ running: w.completedMinutes > 0, counted: Math.min(w.completedMinutes, caps[i] ?? 0) })).filter((w) => w.running);
  const recent = counted.slice(-2);
  return recent.length === 0 ? firstCap : Math.max(...recent.map((w) => w.counted));
}

/**
 * The cap of each calendar week of a period after the ladder: cap[0] = firstCap (never above the goal),
 * cap[i+1] = nextWeekCap(week i). A week with 0 minutes is a week off, not a week that sets the next cap to 0:
 * the cap is carried over it, and the first week back — after a week off, or after a break longer than
 * gapDays — is capped at half the last full week (spec: "the first week back is capped at 50 %"; a break over
 * 4 × gapDays needs a reassessment first, after which the same cap applies). With no running yet in the
 * period, half the first cap.
 */
export function calendarWeekCaps(input: CalendarWeekCapsInput, settings?: Partial<ProtocolSettings>): number[] {
  assertVolume(input.firstCap, 'firstCap');
  assertVolume(input.goalWeeklyMinutes, 'goalWeeklyMinutes');
  const s = withDefaults(settings);
  const caps: number[] = [];
  input.weeks.forEach((week, i) => {
    assertVolume(week.completedMinutes, `weeks[${i}].completedMinutes`);
    if (weekdayIndex(week.weekStart) !== 0) throw new RangeError(`weeks[${i}].weekStart must be a Monday, got ${week.weekStart}`);
    const previous = input.weeks[i - 1];
    const previousCap = caps[i - 1];
    let cap: number;
    if (!previous || previousCap === undefined) {
      cap = Math.min(input.goalWeeklyMinutes, input.firstCap);
    } else {
      if (daysBetween(previous.weekStart, week.weekStart) !== 7) throw new RangeError('weeks must be consecutive calendar weeks, oldest first');
      cap =
        previous.completedMinutes > 0
          ? nextWeekCap({ completedMinutes: previous.completedMinutes, cap: previousCap, hadStopOrRegression: previous.hadStopOrRegression, goalWeeklyMinutes: input.goalWeeklyMinutes }, s)
          : previousCap;
    }
    const gap = week.daysSincePreviousRun;
    // A week with no minutes run is a week off, whatever was logged: the next is a week back.
    const returning = (gap != null && gap > s.gapDays) || (previous !== undefined && previous.completedMinutes === 0);
    if (returning) cap = Math.min(cap, floor2(GAP_RETURN_WEEK_SHARE * lastFullWeek(input.weeks.slice(0, i), caps, input.firstCap)));
    caps.push(cap);
  });
  return caps;
}

/** Whether the week's decisions hold a stop or a regression (so next week's cap does not grow). */
export function weekHadStopOrRegression(decisions: ReadonlyArray<{ action: DecisionAction }>): boolean {
  return decisions.some((d) => d.action === 'stop' || d.action === 'regress');
}

export interface ContinuousWeekRecord {
  weekStart: IsoDate;
  /** overCap: the run took its week past the cap (volume.over_cap); it does not count as green. */
  runs: ReadonlyArray<{ runMinutes: number; green: boolean; overCap?: boolean }>;
}

/**
 * "2 consecutive weeks of green runs with every run ≥ 30 min": the two most recent weeks (oldest first in
 * `weeks`, calendar-consecutive), each with at least one run, every run green, within the week's cap and at
 * least 30 min.
 */
export function fullCriteriaMet(weeks: readonly ContinuousWeekRecord[]): boolean {
  if (weeks.length < FULL_CRITERIA_WEEKS) return false;
  const recent = weeks.slice(-FULL_CRITERIA_WEEKS);
  return recent.every((week, i) => {
    const previous = recent[i - 1];
    if (previous && daysBetween(previous.weekStart, week.weekStart) !== 7) return false;
    return week.runs.length > 0 && week.runs.every((run) => run.green && run.overCap !== true && run.runMinutes >= FULL_MIN_RUN_MINUTES);
  });
}

/** Speed work and hills stay locked until the therapist unlocks `full`. */
export function speedAndHillsAllowed(phase: ProtocolPhase): boolean {
  return phase === 'full' || phase === 'maintenance';
}

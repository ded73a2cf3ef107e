import { daysBetween } from './dates';
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

/**
 * The 10 % rule: this week's planned volume is at most (1 + weeklyIncrease) × last week's completed volume.
 * Rounded down to 2 decimals (after removing floating-point noise) so minutes and km both work and the cap is
 * never above the exact product.
 */
export function weeklyCap(completedLastWeek: number, settings?: Partial<ProtocolSettings>): number {
  assertVolume(completedLastWeek, 'completedLastWeek');
  const { weeklyIncrease } = withDefaults(settings);
  const exact = completedLastWeek * (1 + weeklyIncrease);
  return Math.floor(Math.round(exact * 1e6) / 1e4) / 100;
}

export interface ContinuousWeekInput {
  /**
   * Volume completed in the previous week. A week without running gives 0 and so a cap of 0: pass the volume
   * of the last week with running if the runner only missed time, or move them back to the ladder.
   */
  completedLastWeekMinutes: number;
  /** A week with a stop or a regression does not raise the cap. */
  lastWeekHadStopOrRegression: boolean;
  /** The therapist's goal volume: the ceiling. */
  goalWeeklyMinutes: number;
}

/** The most a continuous/full/maintenance week may hold: the 10 % rule, not raised after a setback, up to the goal. */
export function continuousWeeklyCap(input: ContinuousWeekInput, settings?: Partial<ProtocolSettings>): number {
  assertVolume(input.completedLastWeekMinutes, 'completedLastWeekMinutes');
  assertVolume(input.goalWeeklyMinutes, 'goalWeeklyMinutes');
  const grown = input.lastWeekHadStopOrRegression
    ? input.completedLastWeekMinutes
    : weeklyCap(input.completedLastWeekMinutes, settings);
  return Math.min(grown, input.goalWeeklyMinutes);
}

/** Whether the week's decisions hold a stop or a regression (so next week's cap does not grow). */
export function weekHadStopOrRegression(decisions: ReadonlyArray<{ action: DecisionAction }>): boolean {
  return decisions.some((d) => d.action === 'stop' || d.action === 'regress');
}

export interface ContinuousWeekRecord {
  weekStart: IsoDate;
  runs: ReadonlyArray<{ runMinutes: number; green: boolean }>;
}

/**
 * "2 consecutive weeks of green runs with every run ≥ 30 min": the two most recent weeks (oldest first in
 * `weeks`, calendar-consecutive), each with at least one run, every run green and at least 30 min.
 */
export function fullCriteriaMet(weeks: readonly ContinuousWeekRecord[]): boolean {
  if (weeks.length < FULL_CRITERIA_WEEKS) return false;
  const recent = weeks.slice(-FULL_CRITERIA_WEEKS);
  return recent.every((week, i) => {
    const previous = recent[i - 1];
    if (previous && daysBetween(previous.weekStart, week.weekStart) !== 7) return false;
    return week.runs.length > 0 && week.runs.every((run) => run.green && run.runMinutes >= FULL_MIN_RUN_MINUTES);
  });
}

/** Speed work and hills stay locked until the therapist unlocks `full`. */
export function speedAndHillsAllowed(phase: ProtocolPhase): boolean {
  return phase === 'full' || phase === 'maintenance';
}

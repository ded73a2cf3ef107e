import { addDays, continuousWeeklyCap, weekHadStopOrRegression, type IsoDate, type ProtocolSettings } from '@/lib/protocol';
import type { DecidedRun } from './full-criteria';
import { phaseOn, type PlanPeriod } from './plan-periods';

export interface VolumeWeek {
  from: IsoDate;
  to: IsoDate;
  completedMinutes: number;
  /** The 10 % rule's cap for the week, or null when no cap applied (see pacing). */
  capMinutes: number | null;
  /** What bounded the week's running: the 10 % cap, the walk-run ladder, or nothing (no running planned). */
  pacing: 'cap' | 'ladder' | 'none';
  setback: boolean;
}

const CAPPED_PHASES: readonly string[] = ['continuous', 'full', 'maintenance'];

/**
 * Run minutes completed in each of the last `weeks` seven-day weeks ending yesterday (the planner's "last week"
 * is the seven days before today), oldest first. A week in continuous running or later shows its cap: 110 % of the
 * week before, not raised after a week with a stop or regression, never above the goal.
 */
export function weeklyVolume(input: {
  runs: readonly DecidedRun[];
  periods: readonly PlanPeriod[];
  today: IsoDate;
  settings: ProtocolSettings;
  goalWeeklyMinutes: number;
  weeks?: number;
}): VolumeWeek[] {
  const count = input.weeks ?? 6;
  const windows = Array.from({ length: count + 1 }, (_, i) => {
    const k = count - i; // k = count is the week before the first shown, needed for its cap
    const from = addDays(input.today, -7 * (k + 1));
    const to = addDays(input.today, -7 * k - 1);
    const inWeek = input.runs.filter((run) => run.date >= from && run.date <= to);
    return {
      from,
      to,
      completedMinutes: inWeek.reduce((sum, run) => sum + run.runMinutes, 0),
      setback: weekHadStopOrRegression(inWeek.filter((run): run is DecidedRun & { action: NonNullable<DecidedRun['action']> } => run.action !== null)),
    };
  });
  return windows.slice(1).map((week, i) => {
    const previous = windows[i]!;
    const phase = phaseOn(week.to, input.periods) ?? '';
    const capped = CAPPED_PHASES.includes(phase);
    return {
      ...week,
      pacing: capped ? 'cap' : phase === 'walk_run' ? 'ladder' : 'none',
      capMinutes: capped
        ? continuousWeeklyCap(
            { completedLastWeekMinutes: previous.completedMinutes, lastWeekHadStopOrRegression: previous.setback, goalWeeklyMinutes: input.goalWeeklyMinutes },
            input.settings,
          )
        : null,
    };
  });
}

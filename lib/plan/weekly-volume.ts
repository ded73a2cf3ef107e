import { addDays, mondayOf, weekHadStopOrRegression, type DecisionAction, type IsoDate } from '@/lib/protocol';
import { shortDate } from '@/lib/runner/weekly-minutes';
import { phaseOn, type PlanPeriod } from './plan-periods';
import type { VolumeState } from './volume';

/** One calendar week (Monday–Sunday) of running, as the runner and the therapist both see it. */
export interface VolumeWeek {
  start: IsoDate;
  end: IsoDate;
  label: string;
  minutes: number;
  runs: number;
  /** The 10 % rule's cap for the week (after the ladder), or null when no cap applied (see pacing). */
  cap: number | null;
  /** What bounded the week's running: the 10 % cap, the walk-run ladder, or nothing (no running planned). */
  pacing: 'cap' | 'ladder' | 'none';
  setback: boolean;
}

/**
 * Run minutes of the last `weeks` calendar weeks, the current one last, oldest first. Caps are the plan owner's
 * own (the calendar-week caps of the current period after the ladder), never recomputed here.
 */
export function weeklyVolume(input: {
  runs: ReadonlyArray<{ date: IsoDate; runMinutes: number; action: DecisionAction | null }>;
  periods: readonly PlanPeriod[];
  volume: VolumeState | null;
  today: IsoDate;
  weeks?: number;
}): VolumeWeek[] {
  const count = input.weeks ?? 6;
  const current = mondayOf(input.today);
  return Array.from({ length: count }, (_, i) => {
    const start = addDays(current, -7 * (count - 1 - i));
    const end = addDays(start, 6);
    const inWeek = input.runs.filter((run) => run.date >= start && run.date <= end);
    const capped = input.volume?.weeks.find((week) => week.weekStart === start) ?? null;
    const phase = phaseOn(end < input.today ? end : input.today, input.periods);
    return {
      start,
      end,
      label: `${shortDate(start)}–${shortDate(end)}`,
      minutes: inWeek.reduce((sum, run) => sum + run.runMinutes, 0),
      runs: inWeek.length,
      cap: capped ? capped.cap : null,
      pacing: capped ? 'cap' : phase === 'walk_run' ? 'ladder' : 'none',
      setback: weekHadStopOrRegression(inWeek.flatMap((run) => (run.action ? [{ action: run.action }] : []))),
    };
  });
}

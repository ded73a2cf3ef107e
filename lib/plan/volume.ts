import { addDays, daysBetween, mondayOf, nextWeekCap, type IsoDate, type ProtocolSettings } from '@/lib/protocol';

/*
 * The 10 % rule on calendar weeks (protocol v2), for a period after the ladder (continuous, full, maintenance).
 * Pure: the plan owner passes the period's runs and its first week's cap (stored with the period).
 */

export interface VolumeRun {
  id: string;
  date: IsoDate;
  runMinutes: number;
  /** The run's decision in force was a stop or a regression. */
  setback: boolean;
}

export interface CalendarWeek {
  weekStart: IsoDate;
  cap: number;
  completedMinutes: number;
  hadStopOrRegression: boolean;
}

export interface VolumeState {
  weeks: CalendarWeek[];
  /** The week holding `today`. */
  thisWeekCap: number;
  completedThisWeekMinutes: number;
  /** Next calendar week's cap if this week ends as planned (at its cap, or below it when more was run). */
  nextWeekCap: number;
  /** Ids of the runs that took their week past its cap (`volume.over_cap`). */
  overCapRuns: Set<string>;
}

const GAP_RETURN_SHARE = 0.5;

/**
 * "The last full week" before a gap: the larger of the last two calendar weeks with running before it (the week
 * a gap starts in is often cut short by the gap itself).
 */
function lastFullWeekMinutes(weeks: readonly CalendarWeek[]): number {
  const withRunning = weeks.filter((w) => w.completedMinutes > 0).slice(-2);
  return Math.max(0, ...withRunning.map((w) => w.completedMinutes));
}

/**
 * Walks the calendar weeks from the period's first week to today's: week 1 has the stored first cap; each next
 * cap is the protocol's nextWeekCap of the week before. A return after a gap of more than gapDays (up to
 * 4 × gapDays; longer gaps need a reassessment first) caps the week of the return at half the last full week.
 */
export function calendarVolume(input: {
  periodStart: IsoDate;
  firstCap: number;
  runs: readonly VolumeRun[];
  today: IsoDate;
  /** The last run before the period (for a gap that began before it), if any. */
  previousRunDate: IsoDate | null;
  goalWeeklyMinutes: number;
  settings: ProtocolSettings;
}): VolumeState {
  const runs = input.runs.filter((r) => r.date >= input.periodStart && r.date <= input.today);
  const weeks: CalendarWeek[] = [];
  const overCapRuns = new Set<string>();
  const lastWeek = mondayOf(input.today);
  let lastRunDate = input.previousRunDate;
  let cap = Math.min(input.firstCap, input.goalWeeklyMinutes);
  for (let weekStart = mondayOf(input.periodStart); weekStart <= lastWeek; weekStart = addDays(weekStart, 7)) {
    const weekEnd = addDays(weekStart, 6);
    const inWeek = runs.filter((run) => run.date >= weekStart && run.date <= weekEnd);
    // The first run of the week (or today, if none yet) after a gap: that week starts from half the last full week.
    const returnDay = inWeek[0]?.date ?? (weekStart === lastWeek ? input.today : null);
    if (returnDay && lastRunDate && weeks.length > 0) {
      const gap = daysBetween(lastRunDate, returnDay);
      if (gap > input.settings.gapDays) cap = Math.min(cap, Math.floor(GAP_RETURN_SHARE * lastFullWeekMinutes(weeks)));
    }
    let completed = 0;
    for (const run of inWeek) {
      completed += run.runMinutes;
      if (completed > cap) overCapRuns.add(run.id);
      lastRunDate = run.date;
    }
    const week: CalendarWeek = { weekStart, cap, completedMinutes: completed, hadStopOrRegression: inWeek.some((run) => run.setback) };
    weeks.push(week);
    if (weekStart < lastWeek) {
      cap = completed === 0 ? cap : nextWeekCap({ completedMinutes: completed, cap, hadStopOrRegression: week.hadStopOrRegression, goalWeeklyMinutes: input.goalWeeklyMinutes }, input.settings);
    }
  }
  const current = weeks.at(-1) as CalendarWeek;
  const projected = Math.max(current.completedMinutes, current.cap);
  return {
    weeks,
    thisWeekCap: current.cap,
    completedThisWeekMinutes: current.completedMinutes,
    nextWeekCap: nextWeekCap(
      { completedMinutes: projected, cap: current.cap, hadStopOrRegression: current.hadStopOrRegression, goalWeeklyMinutes: input.goalWeeklyMinutes },
      input.settings,
    ),
    overCapRuns,
  };
}

/** Whether a run of `runMinutes` on `date` takes its calendar week past the cap (`volume.over_cap`). */
export function runGoesOverCap(volume: VolumeState, date: IsoDate, runMinutes: number): boolean {
  const week = volume.weeks.find((w) => w.weekStart === mondayOf(date));
  return week !== undefined && week.completedMinutes + runMinutes > week.cap;
}

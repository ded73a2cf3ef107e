import { addDays, calendarWeekCaps, daysBetween, mondayOf, nextWeekCap, type CalendarWeekVolume, type IsoDate, type ProtocolSettings } from '@/lib/protocol';

/*
 * The 10 % rule on calendar weeks (protocol v2) for a period after the ladder (continuous, full, maintenance):
 * the period's runs gathered into weeks for the protocol's calendarWeekCaps. Pure.
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

/**
 * Walks the calendar weeks from the period's first week to today's and asks the protocol for their caps
 * (calendarWeekCaps: the first week has the period's stored cap, each next one the 10 % rule on the week before,
 * a week back after a break starts from half the last full week). Here only the weeks are gathered.
 */
export function calendarVolume(input: {
  periodStart: IsoDate;
  firstCap: number;
  runs: readonly VolumeRun[];
  today: IsoDate;
  /** The last run before the period (for a break that began before it), if any. */
  previousRunDate: IsoDate | null;
  goalWeeklyMinutes: number;
  settings: ProtocolSettings;
}): VolumeState {
  const runs = input.runs.filter((r) => r.date >= input.periodStart && r.date <= input.today);
  const lastWeek = mondayOf(input.today);
  const gathered: { week: CalendarWeekVolume; runs: VolumeRun[] }[] = [];
  let lastRunDate = input.previousRunDate;
  for (let weekStart = mondayOf(input.periodStart); weekStart <= lastWeek; weekStart = addDays(weekStart, 7)) {
    const weekEnd = addDays(weekStart, 6);
    const inWeek = runs.filter((run) => run.date >= weekStart && run.date <= weekEnd);
    // The first run of the week (today, for the current week before its first run) after the run before it.
    const firstDay = inWeek[0]?.date ?? (weekStart === lastWeek ? input.today : null);
    const daysSincePreviousRun = firstDay && lastRunDate ? daysBetween(lastRunDate, firstDay) : null;
    gathered.push({
      week: {
        weekStart,
        completedMinutes: inWeek.reduce((sum, run) => sum + run.runMinutes, 0),
        hadStopOrRegression: inWeek.some((run) => run.setback),
        daysSincePreviousRun,
      },
      runs: inWeek,
    });
    lastRunDate = inWeek.at(-1)?.date ?? lastRunDate;
  }
  const caps = calendarWeekCaps({ weeks: gathered.map((g) => g.week), firstCap: input.firstCap, goalWeeklyMinutes: input.goalWeeklyMinutes }, input.settings);
  const overCapRuns = new Set<string>();
  const weeks: CalendarWeek[] = gathered.map(({ week, runs: inWeek }, i) => {
    const cap = caps[i] ?? 0;
    let completed = 0;
    for (const run of inWeek) {
      completed += run.runMinutes;
      if (completed > cap) overCapRuns.add(run.id);
    }
    return { weekStart: week.weekStart, cap, completedMinutes: week.completedMinutes, hadStopOrRegression: week.hadStopOrRegression };
  });
  const current = weeks.at(-1) as CalendarWeek;
  return {
    weeks,
    thisWeekCap: current.cap,
    completedThisWeekMinutes: current.completedMinutes,
    nextWeekCap: nextWeekCap(
      {
        completedMinutes: Math.max(current.completedMinutes, current.cap),
        cap: current.cap,
        hadStopOrRegression: current.hadStopOrRegression,
        goalWeeklyMinutes: input.goalWeeklyMinutes,
      },
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

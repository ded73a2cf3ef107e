import { addDays, daysBetween, planWeek, type IsoDate, type ProtocolPhase, type ProtocolSettings } from '@/lib/protocol';
import { phaseOn, type PlanPeriod } from './plan-periods';

/*
 * Adherence: the one definition every page uses (the therapist's caseload and runner page, the runner's
 * progress page, the clinic report). Pure: the callers read the plan periods and logged sessions.
 *
 * Over the days of a range (both ends included):
 * - Prescribed: each day, the phase of the runner's plan that day contributes one seventh of the sessions a week
 *   of that phase holds in the protocol's week planner (planWeek): the run days, and the strength and mobility
 *   days that are not marked "or rest". Summed per kind over the range, each kind rounded to whole sessions.
 *   Days before the runner's first plan, and discharged days, prescribe nothing.
 * - Done: the days with a logged session of a kind that day's phase prescribes (two of one kind on one day
 *   count once), per kind at most what was prescribed of that kind (an extra strength session does not make up
 *   for a missed run). A run counts whether or not it was completed as planned.
 * - Percent: done ÷ prescribed, rounded to a whole percent; none when nothing was prescribed.
 * A group of runners (a therapist's, the clinic's) adds its runners' prescribed and done, then takes the percent.
 */

/** The caseload and the runner's card look at the 14 days before today (today is still open). */
export const ADHERENCE_WINDOW_DAYS = 14;

export interface AdherenceRange {
  from: IsoDate;
  to: IsoDate;
}

/** The 14 days before today. */
export function adherenceWindow(today: IsoDate): AdherenceRange {
  return { from: addDays(today, -ADHERENCE_WINDOW_DAYS), to: addDays(today, -1) };
}

/** The heading of a runner's 14-day adherence, on the runner's and the therapist's pages. */
export const ADHERENCE_WINDOW_TITLE = 'Sessions done, last 14 days';

/** The definition in plain words, for every page and report that shows adherence. */
export const ADHERENCE_DEFINITION =
  'Sessions done of those the plan prescribed: runs, and the strength and mobility days that are not optional, by the phase of the plan each day. A session beyond what was prescribed of its kind does not make up for a missed one.';

export const SESSION_KINDS = ['run', 'strength', 'mobility'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export type WeeklyPrescription = Record<SessionKind, number>;

const NO_SESSIONS: WeeklyPrescription = { run: 0, strength: 0, mobility: 0 };
const PLANNED_PHASES: readonly string[] = ['foundation', 'walk_run', 'continuous', 'full', 'maintenance', 'paused'];
// A Monday: the reference week is one calendar week, laid out fresh from its first day as the planner does for a new plan.
const REFERENCE_WEEK: IsoDate = '2024-01-01';

/**
 * The sessions a week of this phase prescribes, counted from the planner itself: a week at the runner's settings,
 * from stage 1 with no run logged yet, and in continuous running a week whose cap is the runner's goal volume.
 */
export function weeklyPrescription(phase: string, settings: ProtocolSettings, goalWeeklyMinutes: number): WeeklyPrescription {
  if (!PLANNED_PHASES.includes(phase)) return { ...NO_SESSIONS };
  const week = planWeek({
    phase: phase as ProtocolPhase,
    stage: 1,
    weekStart: REFERENCE_WEEK,
    lastRunDate: null,
    earliestNextRun: null,
    recentRunDates: [],
    settings,
    continuous: { thisWeekCap: goalWeeklyMinutes, completedThisWeekMinutes: 0, nextWeekCap: goalWeeklyMinutes, goalWeeklyMinutes },
  });
  const counts = { ...NO_SESSIONS };
  for (const day of week.days) {
    if (day.kind === 'run') counts.run++;
    else if ((day.kind === 'strength' || day.kind === 'mobility') && !day.orRest) counts[day.kind]++;
  }
  return counts;
}

export type PrescriptionLookup = (phase: string) => WeeklyPrescription;

/**
 * weeklyPrescription for one runner's settings, computed once per phase. Runners of a report share `memo`, so
 * runners with the same settings and goal plan each phase's week once.
 */
export function prescriptionsFor(settings: ProtocolSettings, goalWeeklyMinutes: number, memo = new Map<string, WeeklyPrescription>()): PrescriptionLookup {
  const runnerKey = `${goalWeeklyMinutes}|${JSON.stringify(settings)}`;
  return (phase) => {
    const key = `${phase}|${runnerKey}`;
    let week = memo.get(key);
    if (!week) {
      week = weeklyPrescription(phase, settings, goalWeeklyMinutes);
      memo.set(key, week);
    }
    return week;
  };
}

export interface LoggedSession {
  date: IsoDate;
  kind: SessionKind;
}

export interface Adherence extends AdherenceRange {
  prescribed: number;
  done: number;
  /** Null when nothing was prescribed (e.g. a runner added today). */
  percent: number | null;
  level: 'good' | 'fair' | 'poor' | 'none';
}

export function adherenceLevel(percent: number | null): Adherence['level'] {
  if (percent === null) return 'none';
  if (percent >= 80) return 'good';
  if (percent >= 50) return 'fair';
  return 'poor';
}

export function adherencePercent(done: number, prescribed: number): number | null {
  return prescribed === 0 ? null : Math.round((done / prescribed) * 100);
}

function adherenceOf(range: AdherenceRange, prescribed: number, done: number): Adherence {
  const percent = adherencePercent(done, prescribed);
  return { from: range.from, to: range.to, prescribed, done, percent, level: adherenceLevel(percent) };
}

/** One runner's adherence over the days from range.from to range.to, both included. */
export function computeAdherence(input: {
  range: AdherenceRange;
  periods: readonly PlanPeriod[];
  logged: readonly LoggedSession[];
  prescriptionFor: PrescriptionLookup;
}): Adherence {
  const { range } = input;
  const days = daysBetween(range.from, range.to) + 1;
  // In sevenths of a session: each day adds its phase's weekly count.
  const sevenths = { ...NO_SESSIONS };
  const prescribedOn = new Map<IsoDate, WeeklyPrescription>();
  for (let offset = 0; offset < days; offset++) {
    const date = addDays(range.from, offset);
    const phase = phaseOn(date, input.periods);
    const week = phase ? input.prescriptionFor(phase) : NO_SESSIONS;
    prescribedOn.set(date, week);
    for (const kind of SESSION_KINDS) sevenths[kind] += week[kind];
  }
  const counted = new Set<string>();
  const done = { ...NO_SESSIONS };
  for (const session of input.logged) {
    const key = `${session.date}:${session.kind}`;
    if (counted.has(key) || !(prescribedOn.get(session.date)?.[session.kind] ?? 0)) continue;
    counted.add(key);
    done[session.kind]++;
  }
  let prescribed = 0;
  let credited = 0;
  for (const kind of SESSION_KINDS) {
    const due = Math.round(sevenths[kind] / 7);
    prescribed += due;
    credited += Math.min(done[kind], due);
  }
  return adherenceOf(range, prescribed, credited);
}

/** A group's adherence: its runners' prescribed and done added up, then the percent. */
export function combineAdherence(range: AdherenceRange, runners: readonly Pick<Adherence, 'prescribed' | 'done'>[]): Adherence {
  let prescribed = 0;
  let done = 0;
  for (const runner of runners) {
    prescribed += runner.prescribed;
    done += runner.done;
  }
  return adherenceOf(range, prescribed, done);
}

/** "5 of 6 (83 %)", or a sentence when nothing was due. */
export function adherenceText(adherence: Pick<Adherence, 'prescribed' | 'done' | 'percent'>): string {
  if (adherence.percent === null) return 'No sessions due yet';
  return `${adherence.done} of ${adherence.prescribed} (${adherence.percent} %)`;
}

/**
 * A runner's adherence week by week: `weeks` consecutive 7-day ranges ending on `to`, oldest first (the last
 * two are the 14-day window when `to` is its end). Each week is computeAdherence over its own seven days.
 */
export function weeklyAdherence(input: {
  to: IsoDate;
  weeks: number;
  periods: readonly PlanPeriod[];
  logged: readonly LoggedSession[];
  prescriptionFor: PrescriptionLookup;
}): Adherence[] {
  return Array.from({ length: input.weeks }, (_, i) => {
    const to = addDays(input.to, -7 * (input.weeks - 1 - i));
    return computeAdherence({ range: { from: addDays(to, -6), to }, periods: input.periods, logged: input.logged, prescriptionFor: input.prescriptionFor });
  });
}

import { addDays, planWeek, type IsoDate, type ProtocolPhase, type ProtocolSettings } from '@/lib/protocol';
import { phaseOn, type PlanPeriod } from './plan-periods';

/**
 * Adherence = sessions done ÷ sessions prescribed over the 14 days before today (today is still open).
 *
 * Prescribed: for each day, the phase the runner was in (from their plans rows) contributes one seventh of the
 * sessions a week of that phase holds in the protocol's planner (planWeek): the run days, and the strength and
 * mobility days that are not marked "or rest". A walk-run week with 3 run days gives 6 runs in 14 days; a
 * foundation week (3 strength + 2 mobility) gives 10 sessions. Each kind is rounded to whole sessions.
 * Done: the days with a logged session of a prescribed kind, counted at most up to what was prescribed for that
 * kind (an extra strength session does not make up for a missed run).
 */
export const ADHERENCE_WINDOW_DAYS = 14;

export const SESSION_KINDS = ['run', 'strength', 'mobility'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export type WeeklyPrescription = Record<SessionKind, number>;

const NO_SESSIONS: WeeklyPrescription = { run: 0, strength: 0, mobility: 0 };
const PLANNED_PHASES: readonly string[] = ['foundation', 'walk_run', 'continuous', 'full', 'maintenance', 'paused'];
// Any fixed date: a fresh week from its first day, as the planner lays out a new plan.
const REFERENCE_WEEK: IsoDate = '2024-01-01';

/** The sessions a week of this phase prescribes, counted from the planner itself. */
export function weeklyPrescription(phase: string, settings: ProtocolSettings, goalWeeklyMinutes: number): WeeklyPrescription {
  if (!PLANNED_PHASES.includes(phase)) return { ...NO_SESSIONS };
  const week = planWeek({
    phase: phase as ProtocolPhase,
    stage: 1,
    weekStart: REFERENCE_WEEK,
    lastRunDate: null,
    earliestNextRun: null,
    settings,
    continuous: { completedLastWeekMinutes: goalWeeklyMinutes, lastWeekHadStopOrRegression: false, goalWeeklyMinutes },
  });
  const counts = { ...NO_SESSIONS };
  for (const day of week.days) {
    if (day.kind === 'run') counts.run++;
    else if ((day.kind === 'strength' || day.kind === 'mobility') && !day.orRest) counts[day.kind]++;
  }
  return counts;
}

/** weeklyPrescription for one runner's settings, computed once per phase. */
export function prescriptionsFor(settings: ProtocolSettings, goalWeeklyMinutes: number): (phase: string) => WeeklyPrescription {
  const memo = new Map<string, WeeklyPrescription>();
  return (phase) => {
    let week = memo.get(phase);
    if (!week) {
      week = weeklyPrescription(phase, settings, goalWeeklyMinutes);
      memo.set(phase, week);
    }
    return week;
  };
}

export interface LoggedSession {
  date: IsoDate;
  kind: SessionKind;
}

export interface Adherence {
  from: IsoDate;
  to: IsoDate;
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

export function computeAdherence(input: {
  today: IsoDate;
  periods: readonly PlanPeriod[];
  logged: readonly LoggedSession[];
  prescriptionFor: (phase: string) => WeeklyPrescription;
}): Adherence {
  const from = addDays(input.today, -ADHERENCE_WINDOW_DAYS);
  const to = addDays(input.today, -1);
  const expected = { ...NO_SESSIONS };
  const prescribedKinds = new Map<IsoDate, WeeklyPrescription>();
  for (let offset = 0; offset < ADHERENCE_WINDOW_DAYS; offset++) {
    const date = addDays(from, offset);
    const phase = phaseOn(date, input.periods);
    const week = phase ? input.prescriptionFor(phase) : NO_SESSIONS;
    prescribedKinds.set(date, week);
    for (const kind of SESSION_KINDS) expected[kind] += week[kind] / 7;
  }
  const doneDays = new Set<string>();
  const done = { ...NO_SESSIONS };
  for (const session of input.logged) {
    const key = `${session.date}:${session.kind}`;
    if (doneDays.has(key) || !(prescribedKinds.get(session.date)?.[session.kind] ?? 0)) continue;
    doneDays.add(key);
    done[session.kind]++;
  }
  let prescribed = 0;
  let credited = 0;
  for (const kind of SESSION_KINDS) {
    const due = Math.round(expected[kind]);
    prescribed += due;
    credited += Math.min(done[kind], due);
  }
  const percent = prescribed === 0 ? null : Math.round((credited / prescribed) * 100);
  return { from, to, prescribed, done: credited, percent, level: adherenceLevel(percent) };
}

/** "5 of 6 (83 %)", or a sentence when nothing was due. */
export function adherenceText(adherence: Pick<Adherence, 'prescribed' | 'done' | 'percent'>): string {
  if (adherence.percent === null) return 'No sessions due yet';
  return `${adherence.done} of ${adherence.prescribed} (${adherence.percent} %)`;
}

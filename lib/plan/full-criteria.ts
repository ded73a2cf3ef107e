import { addDays, FULL_CRITERIA_WEEKS, FULL_MIN_RUN_MINUTES, fullCriteriaMet, type ContinuousWeekRecord, type IsoDate } from '@/lib/protocol';

export interface DecidedRun {
  date: IsoDate;
  runMinutes: number;
  /** The decision in force for the run; null when it has none. */
  action: 'progress' | 'repeat' | 'regress' | 'stop' | null;
  /** Took its week past the volume cap: not green for these criteria. */
  overCap?: boolean;
}

export interface FullCriteriaWeek {
  from: IsoDate;
  to: IsoDate;
  runs: number;
  /** Plain words for what keeps the week from counting; empty when it counts. */
  problems: string[];
}

export interface FullCriteriaReport {
  met: boolean;
  weeks: FullCriteriaWeek[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The criteria for unlocking `full` (2 consecutive weeks of green runs, every run ≥ 30 min) over the two
 * seven-day weeks ending today, counting only runs of the current continuous plan. A green run is one whose
 * decision in force is a progress and that kept its week within the volume cap.
 */
export function fullCriteriaReport(runs: readonly DecidedRun[], today: IsoDate, planStartedOn: IsoDate): FullCriteriaReport {
  const weeks: FullCriteriaWeek[] = [];
  const records: ContinuousWeekRecord[] = [];
  for (let k = FULL_CRITERIA_WEEKS - 1; k >= 0; k--) {
    const from = addDays(today, -7 * k - 6);
    const to = addDays(today, -7 * k);
    const inWeek = runs.filter((run) => run.date >= from && run.date <= to && run.date >= planStartedOn);
    const short = inWeek.filter((run) => run.runMinutes < FULL_MIN_RUN_MINUTES).length;
    const isGreen = (run: DecidedRun) => run.action === 'progress' && !run.overCap;
    const notGreen = inWeek.filter((run) => !isGreen(run)).length;
    const problems: string[] = [];
    if (inWeek.length === 0) problems.push(from < planStartedOn ? 'falls before the continuous plan started' : 'has no runs');
    if (short) problems.push(`has ${plural(short, 'run')} under ${FULL_MIN_RUN_MINUTES} min`);
    if (notGreen) problems.push(`has ${plural(notGreen, 'run')} that ${notGreen === 1 ? 'was' : 'were'} not green (or went over the week's volume cap)`);
    weeks.push({ from, to, runs: inWeek.length, problems });
    records.push({ weekStart: from, runs: inWeek.map((run) => ({ runMinutes: run.runMinutes, green: isGreen(run), overCap: run.overCap ?? false })) });
  }
  return { met: fullCriteriaMet(records), weeks };
}

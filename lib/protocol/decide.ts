import { addDays, assertIsoDate, daysBetween, laterDate } from './dates';
import { RULE_ACTION } from './deciding-rule';
import { MAX_STAGE, MIN_STAGE } from './ladder';
import type { AdviceRuleId, DecisionRuleId } from './rule-ids';
import { withDefaults } from './settings';
import type { Decision, DecisionAction, IsoDate, ProtocolSettings, RunLog, RunningPhase } from './types';
import { assertRunLog } from './validate';

/** RPE above this (CR10 scale) is harder than the easy effort walk_run and continuous allow. */
export const EASY_MAX_RPE = 4;
/** Two regressions this many days apart or closer raise a review. */
export const REVIEW_WINDOW_DAYS = 7;
/** Runs needed to see pain rising "with each run". */
export const PAIN_RISING_RUNS = 3;
/** The next run is never the day after a run: the earliest is the day after next. */
export const MIN_DAYS_BETWEEN_RUNS = 2;
/** The rolling window in which at most maxRunDaysPerWeek run days fit. */
export const RUN_WINDOW_DAYS = 7;
/** This many decisions in a row without progress raise review.stalled (again at every multiple). */
export const STALLED_DECISIONS = 3;

/** Phases whose runs must be easy (effort.too_hard is advice only there). */
const EASY_ONLY_PHASES: readonly RunningPhase[] = ['walk_run', 'continuous'];

/** What decideRun needs besides the history, for the first run of a plan period. */
export interface DecisionContext {
  /** The last run before history[0] (from before the current plan period), if any. */
  previousRunDate?: IsoDate | null;
  /** A later date a break is measured from: a therapist's resumption, a plan change, a passed reassessment. */
  gapFrom?: IsoDate | null;
}

interface RunAt {
  runs: readonly RunLog[];
  index: number;
  run: RunLog;
  /** The nearest earlier run: in the history, else the context's. */
  previousDate: IsoDate | null;
  gapFrom: IsoDate | null;
  s: ProtocolSettings;
}

/** A row's action is RULE_ACTION[id] (one table of actions, which ruleBreakdown reads too). */
type Row = { id: DecisionRuleId; matches: (at: RunAt) => boolean };

const peakPain = (run: RunLog) => Math.max(run.painDuring, run.painAfter);
const worstPain = (run: RunLog) => Math.max(run.painBefore, run.painDuring, run.painAfter);

function painRoseOverLastRuns({ runs, index }: RunAt): boolean {
  if (index + 1 < PAIN_RISING_RUNS) return false;
  const peaks = runs.slice(index + 1 - PAIN_RISING_RUNS, index + 1).map(peakPain);
  return peaks.every((peak, i) => i === 0 || peak > (peaks[i - 1] ?? Infinity));
}

function daysSince(from: IsoDate | null, run: RunLog): number | null {
  return from === null ? null : daysBetween(from, run.date);
}

/** The version-2 table, checked in this order. `green` (row 12) is what remains when no row matches. */
const ROWS: readonly Row[] = [
  { id: 'red_flag.sharp_pain', matches: ({ run }) => run.sharpPain },
  { id: 'red_flag.swelling_24h', matches: ({ run }) => run.swellingOver24h === true },
  { id: 'red_flag.limping', matches: ({ run }) => run.limping },
  { id: 'red_flag.pain_rising', matches: painRoseOverLastRuns },
  { id: 'pain.severe', matches: ({ run, s }) => worstPain(run) >= s.stopPain },
  { id: 'pain.above_allowance', matches: ({ run, s }) => worstPain(run) > s.painAllowance },
  { id: 'pain.not_settled', matches: ({ run }) => run.painNextMorning != null && run.painNextMorning > run.painBefore },
  {
    id: 'pain.increased',
    matches: ({ run, s }) => !s.painMayRise && (run.painDuring > run.painBefore || run.painAfter > run.painBefore),
  },
  { id: 'session.incomplete', matches: ({ run }) => !run.completed },
  {
    id: 'rest.consecutive_days',
    matches: ({ run, previousDate }) => {
      const days = daysSince(previousDate, run);
      return days !== null && days < MIN_DAYS_BETWEEN_RUNS;
    },
  },
  {
    id: 'gap.returning',
    matches: ({ run, previousDate, gapFrom, s }) => {
      const days = daysSince(laterDate(previousDate, gapFrom), run);
      return days !== null && days > s.gapDays;
    },
  },
];

interface TableOutcome {
  action: DecisionAction;
  rules: DecisionRuleId[];
}

/** Rows 1–12 for runs[index], as if it were the last run, without the cross-run advice. */
function applyTable(runs: readonly RunLog[], index: number, s: ProtocolSettings, context: DecisionContext): TableOutcome {
  const run = runs[index];
  if (!run) throw new RangeError('history must hold at least the run being decided');
  const previousDate = runs[index - 1]?.date ?? context.previousRunDate ?? null;
  const at: RunAt = { runs, index, run, previousDate, gapFrom: context.gapFrom ?? null, s };
  const matched = ROWS.filter((row) => row.matches(at));
  const first = matched[0];
  if (!first) return { action: 'progress', rules: ['green'] };
  return { action: RULE_ACTION[first.id], rules: matched.map((row) => row.id) };
}

function hadEarlierRegression(history: readonly RunLog[], actions: readonly DecisionAction[], run: RunLog): boolean {
  for (let i = history.length - 2; i >= 0; i--) {
    const earlier = history[i];
    if (!earlier) continue;
    if (daysBetween(earlier.date, run.date) > REVIEW_WINDOW_DAYS) break;
    if (actions[i] === 'regress') return true;
  }
  return false;
}

function nonProgressStreak(actions: readonly DecisionAction[]): number {
  let streak = 0;
  for (let i = actions.length - 1; i >= 0 && actions[i] !== 'progress'; i--) streak++;
  return streak;
}

/**
 * The earliest next run: never the day after this one, and never a day that would put more than
 * maxRunDaysPerWeek run days in a rolling window (counting the runs given, and the context's previous run).
 */
function earliestNextRunAfter(history: readonly RunLog[], context: DecisionContext, s: ProtocolSettings): IsoDate {
  const run = history[history.length - 1] as RunLog;
  const dates = [...new Set([...(context.previousRunDate ? [context.previousRunDate] : []), ...history.map((r) => r.date)])].sort().reverse();
  const windowStart = dates[s.maxRunDaysPerWeek - 1];
  const rolling = windowStart === undefined ? null : addDays(windowStart, RUN_WINDOW_DAYS);
  return laterDate(addDays(run.date, MIN_DAYS_BETWEEN_RUNS), rolling) as IsoDate;
}

function validate(history: readonly RunLog[], context: DecisionContext): RunLog {
  if (!Array.isArray(history) || history.length === 0) throw new RangeError('history must hold at least the run being decided');
  history.forEach((log, i) => {
    assertRunLog(log, MIN_STAGE, MAX_STAGE, `history[${i}]`);
    const previous = history[i - 1];
    if (previous && daysBetween(previous.date, log.date) < 0) throw new RangeError('history must be ordered oldest first');
  });
  const first = history[0] as RunLog;
  if (context.previousRunDate != null) {
    assertIsoDate(context.previousRunDate, 'context.previousRunDate');
    if (daysBetween(context.previousRunDate, first.date) < 0) throw new RangeError('context.previousRunDate must not be after the first run of the history');
  }
  if (context.gapFrom != null) assertIsoDate(context.gapFrom, 'context.gapFrom');
  return history[history.length - 1] as RunLog;
}

/**
 * The decision in `phase` before the after-ladder adjustment of decideRunInPhase. Earlier decisions are not
 * passed in: they are recomputed by replaying the table on each earlier run of the history (with its
 * next-morning check-in when the history has it, so the replay sees the superseding decision, as stored
 * decisions would).
 */
function decide(history: RunLog[], settings: Partial<ProtocolSettings> | undefined, context: DecisionContext, phase: RunningPhase): Decision {
  const run = validate(history, context);
  const s = withDefaults(settings);
  const outcomes = history.map((_, i) => applyTable(history, i, s, context));
  const { action, rules: tableRules } = outcomes[outcomes.length - 1] as TableOutcome;
  const actions = outcomes.map((o) => o.action);

  const advice: AdviceRuleId[] = [];
  if (action === 'regress' && hadEarlierRegression(history, actions, run)) advice.push('review.repeated_regression');
  if (action !== 'stop' && action !== 'progress' && nonProgressStreak(actions) % STALLED_DECISIONS === 0) advice.push('review.stalled');
  if (EASY_ONLY_PHASES.includes(phase) && run.rpe != null && run.rpe > EASY_MAX_RPE) advice.push('effort.too_hard');

  const rules: string[] = [...tableRules, ...advice];
  if (action === 'stop') return { action, nextStage: run.stage, nextPhase: 'paused', rules, earliestNextRun: null };
  const earliestNextRun = earliestNextRunAfter(history, context, s);
  switch (action) {
    case 'progress':
      return run.stage >= MAX_STAGE
        ? { action, nextStage: MAX_STAGE, nextPhase: 'continuous', rules, earliestNextRun }
        : { action, nextStage: run.stage + 1, nextPhase: 'walk_run', rules, earliestNextRun };
    case 'regress':
      return { action, nextStage: Math.max(MIN_STAGE, run.stage - 1), nextPhase: 'walk_run', rules, earliestNextRun };
    case 'repeat':
      return { action, nextStage: run.stage, nextPhase: 'walk_run', rules, earliestNextRun };
  }
}

/**
 * Decides the last run of `history` (oldest first, a walk-run run) with the version-2 table: the first matching
 * row decides and every matching id is recorded, the deciding one first. Advice ids follow and never change the
 * action: `review.repeated_regression`, `review.stalled`, `effort.too_hard`.
 *
 * The whole history feeds pain_rising and the reviews; a caller that wants a fresh start after a therapist's
 * resolution passes only the runs since then, and the run before them as `context.previousRunDate` (so the
 * rest-day and break rows, and the rolling run-day limit, still see it).
 */
export function decideRun(history: RunLog[], settings?: Partial<ProtocolSettings>, context: DecisionContext = {}): Decision {
  return decide(history, settings, context, 'walk_run');
}

export interface PhaseDecision extends Omit<Decision, 'nextPhase'> {
  nextPhase: RunningPhase | 'paused';
}

/**
 * decideRun for a run logged in any running phase. In walk_run it is decideRun. After the ladder
 * (continuous, full, maintenance; runs logged at stage 8) the same table applies, but only a stop changes the
 * phase: the others keep the phase and stage, and a 'regress' there means the week's volume may not grow.
 * effort.too_hard is advice only in the easy-only phases (walk_run, continuous).
 */
export function decideRunInPhase(
  history: RunLog[],
  phase: RunningPhase,
  settings?: Partial<ProtocolSettings>,
  context: DecisionContext = {},
): PhaseDecision {
  const decision = decide(history, settings, context, phase);
  if (phase === 'walk_run' || decision.action === 'stop') return decision;
  const run = history[history.length - 1] as RunLog;
  return { ...decision, nextStage: run.stage, nextPhase: phase };
}

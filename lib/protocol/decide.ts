import { addDays, daysBetween } from './dates';
import { MAX_STAGE, MIN_STAGE } from './ladder';
import type { AdviceRuleId, DecisionRuleId } from './rule-ids';
import { withDefaults } from './settings';
import type { Decision, DecisionAction, ProtocolSettings, RunLog, RunningPhase } from './types';
import { assertRunLog } from './validate';

/** RPE above this (CR10 scale) is harder than the easy effort walk_run and continuous allow. */
export const EASY_MAX_RPE = 4;
/** Two regressions this many days apart or closer raise a review. */
export const REVIEW_WINDOW_DAYS = 7;
/** Runs needed to see pain rising "with each run". */
export const PAIN_RISING_RUNS = 3;
/** The next run is never the day after a run: the earliest is the day after next. */
export const MIN_DAYS_BETWEEN_RUNS = 2;

type Row = { id: DecisionRuleId; action: DecisionAction; matches: (runs: readonly RunLog[], run: RunLog, s: ProtocolSettings) => boolean };

const peakPain = (run: RunLog) => Math.max(run.painDuring, run.painAfter);

function painRoseOverLastRuns(runs: readonly RunLog[]): boolean {
  if (runs.length < PAIN_RISING_RUNS) return false;
  const peaks = runs.slice(-PAIN_RISING_RUNS).map(peakPain);
  return peaks.every((peak, i) => i === 0 || peak > (peaks[i - 1] ?? Infinity));
}

/** The spec's table, checked in this order. `green` (row 9) is what remains when no row matches. */
const ROWS: readonly Row[] = [
  { id: 'red_flag.sharp_pain', action: 'stop', matches: (_, run) => run.sharpPain },
  { id: 'red_flag.swelling_24h', action: 'stop', matches: (_, run) => run.swellingOver24h === true },
  { id: 'red_flag.limping', action: 'stop', matches: (_, run) => run.limping },
  { id: 'red_flag.pain_rising', action: 'stop', matches: (runs) => painRoseOverLastRuns(runs) },
  { id: 'pain.above_allowance', action: 'regress', matches: (_, run, s) => peakPain(run) > s.painAllowance },
  { id: 'pain.not_settled', action: 'repeat', matches: (_, run) => run.painNextMorning != null && run.painNextMorning > run.painBefore },
  {
    id: 'pain.increased',
    action: 'repeat',
    matches: (_, run, s) => !s.painMayRise && (run.painDuring > run.painBefore || run.painAfter > run.painBefore),
  },
  { id: 'session.incomplete', action: 'repeat', matches: (_, run) => !run.completed },
];

interface TableOutcome {
  action: DecisionAction;
  rules: DecisionRuleId[];
}

/** Rows 1–9 for the last run of `runs`, without the cross-run advice. */
function applyTable(runs: readonly RunLog[], settings: ProtocolSettings): TableOutcome {
  const run = runs[runs.length - 1];
  if (!run) throw new RangeError('history must hold at least the run being decided');
  const matched = ROWS.filter((row) => row.matches(runs, run, settings));
  const first = matched[0];
  if (!first) return { action: 'progress', rules: ['green'] };
  return { action: first.action, rules: matched.map((row) => row.id) };
}

/**
 * Earlier decisions are not passed in: they are recomputed by replaying the table on each earlier prefix of
 * the history. A replayed run carries its next-morning check-in when the history has it, so the replay
 * sees the superseding decision, as stored decisions would.
 */
function hadEarlierRegression(history: readonly RunLog[], run: RunLog, settings: ProtocolSettings): boolean {
  for (let i = history.length - 2; i >= 0; i--) {
    const earlier = history[i];
    if (!earlier) continue;
    if (daysBetween(earlier.date, run.date) > REVIEW_WINDOW_DAYS) break;
    if (applyTable(history.slice(0, i + 1), settings).action === 'regress') return true;
  }
  return false;
}

function validateHistory(history: readonly RunLog[]): RunLog {
  if (!Array.isArray(history) || history.length === 0) throw new RangeError('history must hold at least the run being decided');
  history.forEach((log, i) => {
    assertRunLog(log, MIN_STAGE, MAX_STAGE, `history[${i}]`);
    const previous = history[i - 1];
    if (previous && daysBetween(previous.date, log.date) < 0) throw new RangeError('history must be ordered oldest first');
  });
  return history[history.length - 1] as RunLog;
}

/**
 * Decides the last run of `history` (oldest first): the first matching row of the spec's table decides and
 * every matching id is recorded, the deciding one first. Advice ids follow and never change the action:
 * `review.repeated_regression`, `rest.consecutive_days` (this run came the day after the previous one),
 * `effort.too_hard`.
 *
 * The whole history feeds pain_rising and the review; a caller that wants a fresh start after a therapist's
 * resolution passes only the runs since then.
 */
export function decideRun(history: RunLog[], settings?: Partial<ProtocolSettings>): Decision {
  const run = validateHistory(history);
  const s = withDefaults(settings);
  const { action, rules: tableRules } = applyTable(history, s);

  const advice: AdviceRuleId[] = [];
  if (action === 'regress' && hadEarlierRegression(history, run, s)) advice.push('review.repeated_regression');
  const previous = history[history.length - 2];
  if (previous && daysBetween(previous.date, run.date) < MIN_DAYS_BETWEEN_RUNS) advice.push('rest.consecutive_days');
  if (run.rpe != null && run.rpe > EASY_MAX_RPE) advice.push('effort.too_hard');

  const rules: string[] = [...tableRules, ...advice];
  switch (action) {
    case 'stop':
      return { action, nextStage: run.stage, nextPhase: 'paused', rules, earliestNextRun: null };
    case 'progress':
      return run.stage >= MAX_STAGE
        ? { action, nextStage: MAX_STAGE, nextPhase: 'continuous', rules, earliestNextRun: addDays(run.date, MIN_DAYS_BETWEEN_RUNS) }
        : { action, nextStage: run.stage + 1, nextPhase: 'walk_run', rules, earliestNextRun: addDays(run.date, MIN_DAYS_BETWEEN_RUNS) };
    case 'regress':
      return {
        action,
        nextStage: Math.max(MIN_STAGE, run.stage - 1),
        nextPhase: 'walk_run',
        rules,
        earliestNextRun: addDays(run.date, MIN_DAYS_BETWEEN_RUNS),
      };
    case 'repeat':
      return { action, nextStage: run.stage, nextPhase: 'walk_run', rules, earliestNextRun: addDays(run.date, MIN_DAYS_BETWEEN_RUNS) };
  }
}

export interface PhaseDecision extends Omit<Decision, 'nextPhase'> {
  nextPhase: RunningPhase | 'paused';
}

/**
 * decideRun for a run logged in any running phase. In walk_run it is decideRun. After the ladder
 * (continuous, full, maintenance; runs logged at stage 8) the same table applies, but only a stop changes the
 * phase: the others keep the phase and stage, and a 'regress' there means the week's volume may not grow.
 */
export function decideRunInPhase(history: RunLog[], phase: RunningPhase, settings?: Partial<ProtocolSettings>): PhaseDecision {
  const decision = decideRun(history, settings);
  if (phase === 'walk_run' || decision.action === 'stop') return decision;
  const run = history[history.length - 1] as RunLog;
  return { ...decision, nextStage: run.stage, nextPhase: phase };
}

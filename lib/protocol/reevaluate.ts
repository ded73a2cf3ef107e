import { decideRunInPhase, type DecisionContext, type PhaseDecision } from './decide';
import type { Decision, Pain, ProtocolSettings, RunLog, RunningPhase } from './types';
import { assertBoolean, assertPain } from './validate';

export interface NextMorningCheckIn {
  painNextMorning: Pain;
  swellingOver24h: boolean;
}

export interface Reevaluation<D extends PhaseDecision = PhaseDecision> {
  /** The decision as made from `history` as given. */
  original: D;
  /** The decision with the check-in merged into the last run; it supersedes the original when `changed`. */
  decision: D;
  changed: boolean;
}

function sameDecision(a: PhaseDecision, b: PhaseDecision): boolean {
  return (
    a.action === b.action &&
    a.nextStage === b.nextStage &&
    a.nextPhase === b.nextPhase &&
    a.earliestNextRun === b.earliestNextRun &&
    a.rules.length === b.rules.length &&
    a.rules.every((id, i) => id === b.rules[i])
  );
}

/**
 * Re-decides the last run of `history` with the next-morning check-in merged (rows 2 and 7 of the table).
 * Pass the history and context as they were when the original decision was made, and the phase the run was
 * logged in (a green stage-8 run is re-decided in walk_run even though the runner has since moved on to
 * continuous: a check-in that did not settle sends them back to stage 8). `changed` is true when any part of
 * the decision differs, including a rule id added without a change of action, so the stored decision can be
 * superseded rather than overwritten.
 */
export function reevaluateRun(history: RunLog[], checkIn: NextMorningCheckIn, settings?: Partial<ProtocolSettings>): Reevaluation<Decision>;
export function reevaluateRun(
  history: RunLog[],
  checkIn: NextMorningCheckIn,
  settings: Partial<ProtocolSettings> | undefined,
  phase: RunningPhase,
  context?: DecisionContext,
): Reevaluation;
export function reevaluateRun(
  history: RunLog[],
  checkIn: NextMorningCheckIn,
  settings?: Partial<ProtocolSettings>,
  phase: RunningPhase = 'walk_run',
  context: DecisionContext = {},
): Reevaluation {
  assertPain(checkIn.painNextMorning, 'painNextMorning');
  assertBoolean(checkIn.swellingOver24h, 'swellingOver24h');
  const original = decideRunInPhase(history, phase, settings, context);
  const last = history[history.length - 1] as RunLog;
  const merged: RunLog = { ...last, painNextMorning: checkIn.painNextMorning, swellingOver24h: checkIn.swellingOver24h };
  const decision = decideRunInPhase([...history.slice(0, -1), merged], phase, settings, context);
  return { original, decision, changed: !sameDecision(original, decision) };
}

import type { CareContact } from './care-contact-links';
import { explainDecision, formatLongDate, isStopRule, MAX_STAGE, type DecisionAction, type DecisionLike, type IsoDate, type ProtocolPhase } from '@/lib/protocol';
import { isAfterLadder } from '@/lib/phases';

/** A decision in the runner's words: plain data for the screen. */
export interface DecisionView {
  action: DecisionAction;
  actionLabel: string;
  headline: string;
  /** The rule that decided first, then further reasons for the same action and advice. */
  reasons: string[];
  /** Rules that matched but were outranked (a repeat under a step back), as bare reasons: shown folded. */
  alsoChecked: string[];
  next: string;
  nextRunDate: IsoDate | null;
  nextRunLabel: string | null;
  nextStage: number;
  stopped: boolean;
  /** After a stop: how the runner reaches their therapist and clinic (added where the stop is answered). */
  contact?: CareContact | null;
}

export const ACTION_LABEL: Readonly<Record<DecisionAction, string>> = {
  progress: 'Progress',
  repeat: 'Repeat this stage',
  regress: 'Step back a stage',
  stop: 'Stop running',
};


/**
 * The phase a decided run was logged in, told from the stored decision. Only a green stage-8 run is
 * ambiguous (it moves walk_run on to continuous, and a green continuous run also "progresses" at stage 8):
 * it completed the ladder when the decision before it did not already leave the runner after the ladder.
 */
export function loggedPhaseOf(decision: Pick<DecisionLike, 'action' | 'nextPhase'> & { fromStage: number }, previousNextPhase: string | null): ProtocolPhase {
  if (!isAfterLadder(decision.nextPhase)) return 'walk_run';
  const ladderCompleted =
    decision.action === 'progress' && decision.fromStage === MAX_STAGE && decision.nextPhase === 'continuous' && !isAfterLadder(previousNextPhase);
  return ladderCompleted ? 'walk_run' : (decision.nextPhase as ProtocolPhase);
}

/**
 * A stop is explained by its red flags only: the other rules that matched (a regression, a repeat) describe a
 * next run that will not happen until the therapist decides, and would only confuse. They stay stored.
 */
export function runnerDecisionView(decision: DecisionLike, ctx: { fromStage: number; phase: ProtocolPhase; painAllowance: number; stopPain: number }): DecisionView {
  const shown = decision.action === 'stop' ? { ...decision, rules: decision.rules.filter(isStopRule) } : decision;
  const words = explainDecision(shown, 'runner', { stage: ctx.fromStage, phase: ctx.phase, painAllowance: ctx.painAllowance, stopPain: ctx.stopPain });
  return {
    action: decision.action,
    actionLabel: ACTION_LABEL[decision.action],
    ...words,
    nextRunDate: decision.earliestNextRun,
    nextRunLabel: decision.earliestNextRun ? formatLongDate(decision.earliestNextRun) : null,
    nextStage: decision.nextStage,
    stopped: decision.action === 'stop',
  };
}

/** Why running is paused, from the stop's rule ids (a run's decision or a reported concern). */
export function stopView(rules: readonly string[], stage: number, settings: { painAllowance: number; stopPain: number }): DecisionView {
  return runnerDecisionView({ action: 'stop', nextStage: stage, nextPhase: 'paused', rules, earliestNextRun: null }, { fromStage: stage, phase: 'walk_run', painAllowance: settings.painAllowance, stopPain: settings.stopPain });
}

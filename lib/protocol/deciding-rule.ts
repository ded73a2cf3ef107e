import { DECISION_RULE_IDS, type DecisionRuleId } from './rule-ids';
import type { DecisionAction } from './types';

/** The action of each row of the decision table, version 2 (the rows decide.ts checks, in the same order). */
export const RULE_ACTION: Readonly<Record<DecisionRuleId, DecisionAction>> = {
  'red_flag.sharp_pain': 'stop',
  'red_flag.swelling_24h': 'stop',
  'red_flag.limping': 'stop',
  'red_flag.pain_rising': 'stop',
  'pain.severe': 'stop',
  'pain.above_allowance': 'regress',
  'pain.not_settled': 'repeat',
  'pain.increased': 'repeat',
  'session.incomplete': 'repeat',
  'rest.consecutive_days': 'repeat',
  'gap.returning': 'repeat',
  green: 'progress',
};

/** A decision's recorded rule ids sorted by what they did to it. */
export interface RuleBreakdown {
  /** The row that decided the action: the first row, in table order, whose action is the decision's. */
  deciding: DecisionRuleId | null;
  /** Other matching rows with the same action (a second red flag): further reasons for the same thing. */
  alsoDeciding: DecisionRuleId[];
  /** Matching rows of another action that a higher row outranked (a repeat under a regression): recorded, not applied. */
  outranked: DecisionRuleId[];
  /** Advice and plan rules recorded with the decision (review.*, effort.too_hard, volume.over_cap, gap.step_back), which never change the action. */
  notes: string[];
}

const TABLE_RANK: ReadonlyMap<string, number> = new Map(DECISION_RULE_IDS.map((id, i) => [id, i]));

function isTableRow(id: string): id is DecisionRuleId {
  return TABLE_RANK.has(id);
}

/**
 * Which recorded rule decided a decision, and what the others were. The table decides by its first matching
 * row, so the deciding rule is the highest-ranked recorded row whose action is the decision's, whatever order the
 * ids were stored in (a check-in may add a red flag after the rules it outranks). A decision whose action no
 * recorded row gives (an id from older data) has no deciding rule: every row is then outranked.
 */
export function ruleBreakdown(decision: { action: DecisionAction; rules: readonly string[] }): RuleBreakdown {
  const unique = [...new Set(decision.rules)];
  const rows = unique.filter(isTableRow).sort((a, b) => (TABLE_RANK.get(a) ?? 0) - (TABLE_RANK.get(b) ?? 0));
  const sameAction = rows.filter((id) => RULE_ACTION[id] === decision.action);
  const [deciding = null, ...alsoDeciding] = sameAction;
  return {
    deciding,
    alsoDeciding,
    outranked: rows.filter((id) => RULE_ACTION[id] !== decision.action),
    notes: unique.filter((id) => !isTableRow(id)),
  };
}

/** The rule that decided a decision, or null when no recorded row gives its action. */
export function decidingRule(decision: { action: DecisionAction; rules: readonly string[] }): DecisionRuleId | null {
  return ruleBreakdown(decision).deciding;
}

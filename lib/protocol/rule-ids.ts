/** The decision table (spec "After each run"), in the order the rows are checked. */
export const DECISION_RULE_IDS = [
  'red_flag.sharp_pain',
  'red_flag.swelling_24h',
  'red_flag.limping',
  'red_flag.pain_rising',
  'pain.above_allowance',
  'pain.not_settled',
  'pain.increased',
  'session.incomplete',
  'green',
] as const;

/** Recorded with a decision without changing its action. */
export const ADVICE_RULE_IDS = ['review.repeated_regression', 'rest.consecutive_days', 'effort.too_hard'] as const;

/** Rules that shape a planned week. */
export const PLAN_RULE_IDS = ['volume.weekly_cap', 'prevention.strength_2x'] as const;

/** Readiness assessment criteria (seed Step 1), in the spec's order. */
export const READINESS_CRITERIA = [
  'readiness.pain_at_rest',
  'readiness.current_pain',
  'readiness.single_leg_squat',
  'readiness.hop',
  'readiness.walk',
] as const;

/** Reasons the walk-run gate stays closed. */
export const GATE_RULE_IDS = [
  'gate.assessment_missing',
  'gate.assessment_not_passed',
  'gate.foundation_too_short',
  'gate.override_reason_too_short',
] as const;

export const ALL_RULE_IDS = [
  ...DECISION_RULE_IDS,
  ...ADVICE_RULE_IDS,
  ...PLAN_RULE_IDS,
  ...READINESS_CRITERIA,
  ...GATE_RULE_IDS,
] as const;

export type DecisionRuleId = (typeof DECISION_RULE_IDS)[number];
export type AdviceRuleId = (typeof ADVICE_RULE_IDS)[number];
export type PlanRuleId = (typeof PLAN_RULE_IDS)[number] | 'rest.consecutive_days';
export type ReadinessCriterionId = (typeof READINESS_CRITERIA)[number];
export type GateRuleId = (typeof GATE_RULE_IDS)[number];
export type RuleId = (typeof ALL_RULE_IDS)[number];

const KNOWN: ReadonlySet<string> = new Set(ALL_RULE_IDS);

export function isRuleId(value: string): value is RuleId {
  return KNOWN.has(value);
}

/** The four red flags of seed Step 4: any of them stops running. */
export function isRedFlag(ruleId: string): boolean {
  return ruleId.startsWith('red_flag.');
}

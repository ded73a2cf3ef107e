/** The decision table, version 2 (spec "Safety rules, version 2"), in the order the rows are checked. */
export const DECISION_RULE_IDS = [
  'red_flag.sharp_pain',
  'red_flag.swelling_24h',
  'red_flag.limping',
  'red_flag.pain_rising',
  'pain.severe',
  'pain.above_allowance',
  'pain.not_settled',
  'pain.increased',
  'session.incomplete',
  'rest.consecutive_days',
  'gap.returning',
  'green',
] as const;

/** Recorded with a decision without changing its action (volume.over_cap by the caller, who knows the week's cap). */
export const ADVICE_RULE_IDS = ['review.repeated_regression', 'review.stalled', 'effort.too_hard', 'volume.over_cap'] as const;

/** Rules that shape a planned week. */
export const PLAN_RULE_IDS = ['volume.weekly_cap', 'prevention.strength_2x'] as const;

/** Coming back after a break (gapBandFor). */
export const GAP_RULE_IDS = ['gap.step_back', 'gap.reassess', 'review.long_gap'] as const;

/** Outcomes of the pre-run check that are not also decision rows (those reuse red_flag.* and pain.severe). */
export const PRERUN_RULE_IDS = ['prerun.pain_today', 'prerun.clear'] as const;

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
  ...GAP_RULE_IDS,
  ...PRERUN_RULE_IDS,
  ...READINESS_CRITERIA,
  ...GATE_RULE_IDS,
] as const;

export type DecisionRuleId = (typeof DECISION_RULE_IDS)[number];
export type AdviceRuleId = (typeof ADVICE_RULE_IDS)[number];
export type PlanRuleId = (typeof PLAN_RULE_IDS)[number] | 'rest.consecutive_days' | 'gap.reassess';
export type GapRuleId = (typeof GAP_RULE_IDS)[number];
export type PreRunRuleId = (typeof PRERUN_RULE_IDS)[number] | 'red_flag.swelling_24h' | 'red_flag.limping' | 'pain.severe';
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

/** The rules that stop running (decision rows 1–5, also asked before a run and in a concern). */
export function isStopRule(ruleId: string): boolean {
  return isRedFlag(ruleId) || ruleId === 'pain.severe';
}

const TABLE_ORDER: ReadonlyMap<string, number> = new Map(DECISION_RULE_IDS.map((id, i) => [id, i]));

/**
 * Rule ids once each, in decision-table order (so stop reasons gathered from several answers read like a
 * decision's); ids outside the table keep their order after them.
 */
export function orderRedFlags(ruleIds: readonly string[]): string[] {
  const unique = [...new Set(ruleIds)];
  const rank = (id: string) => TABLE_ORDER.get(id) ?? DECISION_RULE_IDS.length;
  return unique.map((id, i) => ({ id, i })).sort((a, b) => rank(a.id) - rank(b.id) || a.i - b.i).map(({ id }) => id);
}

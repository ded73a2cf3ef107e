import { assertIsoDate, daysBetween } from './dates';
import type { GateRuleId } from './rule-ids';
import type { IsoDate } from './types';

export const MIN_FOUNDATION_DAYS = 14;
export const OVERRIDE_REASON_MIN_LENGTH = 10;

export interface WalkRunGateInput {
  foundationStartedOn: IsoDate;
  today: IsoDate;
  latestAssessment: { passed: boolean; date: IsoDate } | null;
  /** A therapist's written reason to start walk-run without the conditions; kept with the plan. */
  overrideReason?: string | null;
}

export interface WalkRunGateResult {
  allowed: boolean;
  /** Every unmet condition, also when an override allows the start (so the record shows what was overridden). */
  reasons: GateRuleId[];
  /** True when the start is allowed only because of the override. */
  override: boolean;
  daysInFoundation: number;
}

/**
 * Foundation → walk_run: a passed readiness assessment AND at least 14 days of foundation, or a therapist's
 * override with a written reason. Only an assessment dated within this foundation period (from its start to
 * today) counts: one from before a return to foundation says nothing about the runner now.
 */
export function canStartWalkRun(input: WalkRunGateInput): WalkRunGateResult {
  assertIsoDate(input.foundationStartedOn, 'foundationStartedOn');
  assertIsoDate(input.today, 'today');
  const reasons: GateRuleId[] = [];

  const assessment = input.latestAssessment;
  if (assessment) assertIsoDate(assessment.date, 'latestAssessment.date');
  const inPeriod =
    assessment !== null &&
    daysBetween(input.foundationStartedOn, assessment.date) >= 0 &&
    daysBetween(assessment.date, input.today) >= 0;
  if (!assessment || !inPeriod) reasons.push('gate.assessment_missing');
  else if (!assessment.passed) reasons.push('gate.assessment_not_passed');

  const daysInFoundation = Math.max(0, daysBetween(input.foundationStartedOn, input.today));
  if (daysInFoundation < MIN_FOUNDATION_DAYS) reasons.push('gate.foundation_too_short');

  if (reasons.length === 0) return { allowed: true, reasons, override: false, daysInFoundation };

  const reason = input.overrideReason?.trim() ?? '';
  const overrideValid = reason.length >= OVERRIDE_REASON_MIN_LENGTH;
  if (input.overrideReason != null && !overrideValid) reasons.push('gate.override_reason_too_short');
  return { allowed: overrideValid, reasons, override: overrideValid, daysInFoundation };
}

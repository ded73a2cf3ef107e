import type { ReadinessCriterionId } from './rule-ids';
import type { ReadinessInput } from './types';
import { assertBoolean, assertIntegerInRange, assertPain } from './validate';

export const READINESS_MAX_CURRENT_PAIN = 2;
export const READINESS_SQUAT_REPS = 10;

export interface ReadinessResult {
  passed: boolean;
  /** Every failed criterion, in the spec's order. */
  failed: ReadinessCriterionId[];
}

/** Seed Step 1: all criteria must pass; a failure lists every failed criterion, not only the first. */
export function assessReadiness(input: ReadinessInput): ReadinessResult {
  assertPain(input.painAtRest, 'painAtRest');
  assertBoolean(input.sharpPainWithDailyMovement, 'sharpPainWithDailyMovement');
  assertPain(input.currentPain, 'currentPain');
  assertIntegerInRange(input.singleLegSquat.left, 0, 1000, 'singleLegSquat.left');
  assertIntegerInRange(input.singleLegSquat.right, 0, 1000, 'singleLegSquat.right');
  assertBoolean(input.singleLegSquat.goodControl, 'singleLegSquat.goodControl');
  assertBoolean(input.hop30sPainFree, 'hop30sPainFree');
  assertBoolean(input.walk30minPainFree, 'walk30minPainFree');

  const checks: [ReadinessCriterionId, boolean][] = [
    ['readiness.pain_at_rest', input.painAtRest === 0 && !input.sharpPainWithDailyMovement],
    ['readiness.current_pain', input.currentPain <= READINESS_MAX_CURRENT_PAIN],
    [
      'readiness.single_leg_squat',
      input.singleLegSquat.left >= READINESS_SQUAT_REPS &&
        input.singleLegSquat.right >= READINESS_SQUAT_REPS &&
        input.singleLegSquat.goodControl,
    ],
    ['readiness.hop', input.hop30sPainFree],
    ['readiness.walk', input.walk30minPainFree],
  ];
  const failed = checks.filter(([, ok]) => !ok).map(([id]) => id);
  return { passed: failed.length === 0, failed };
}

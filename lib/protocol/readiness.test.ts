import { describe, expect, it } from 'vitest';
import { assessReadiness } from './readiness';
import { READINESS_CRITERIA } from './rule-ids';
import type { ReadinessInput } from './types';

const ready: ReadinessInput = {
  painAtRest: 0,
  sharpPainWithDailyMovement: false,
  currentPain: 2,
  singleLegSquat: { left: 10, right: 10, goodControl: true },
  hop30sPainFree: true,
  walk30minPainFree: true,
};
const squat = (s: Partial<ReadinessInput['singleLegSquat']>) => ({ ...ready, singleLegSquat: { ...ready.singleLegSquat, ...s } });

describe('assessReadiness', () => {
  it('passes when every criterion passes (current pain 2/10 is mild discomfort)', () => {
    expect(assessReadiness(ready)).toEqual({ passed: true, failed: [] });
  });

  it.each<[string, ReadinessInput]>([
    ['readiness.pain_at_rest', { ...ready, painAtRest: 1 }],
    ['readiness.pain_at_rest', { ...ready, sharpPainWithDailyMovement: true }],
    ['readiness.current_pain', { ...ready, currentPain: 3 }],
    ['readiness.single_leg_squat', squat({ left: 9 })],
    ['readiness.single_leg_squat', squat({ right: 9 })],
    ['readiness.single_leg_squat', squat({ goodControl: false })],
    ['readiness.hop', { ...ready, hop30sPainFree: false }],
    ['readiness.walk', { ...ready, walk30minPainFree: false }],
  ])('%s fails alone and is listed', (id, input) => {
    expect(assessReadiness(input)).toEqual({ passed: false, failed: [id] });
  });

  it('lists every failed criterion, not only the first', () => {
    const result = assessReadiness({
      painAtRest: 3,
      sharpPainWithDailyMovement: true,
      currentPain: 5,
      singleLegSquat: { left: 4, right: 12, goodControl: true },
      hop30sPainFree: false,
      walk30minPainFree: false,
    });
    expect(result).toEqual({ passed: false, failed: [...READINESS_CRITERIA] });
  });

  it('lists two failures in the spec order', () => {
    expect(assessReadiness({ ...ready, walk30minPainFree: false, currentPain: 4 }).failed).toEqual(['readiness.current_pain', 'readiness.walk']);
  });

  it('rejects out-of-range input', () => {
    expect(() => assessReadiness({ ...ready, currentPain: 11 })).toThrow(/currentPain/);
    expect(() => assessReadiness(squat({ left: -1 }))).toThrow(/left/);
  });
});

import { describe, expect, it } from 'vitest';
import { DECISION_RULE_IDS, isRedFlag, isStopRule, orderRedFlags } from './rule-ids';

describe('rule ids', () => {
  it('the decision table, version 2, in the order the rows are checked', () => {
    expect(DECISION_RULE_IDS).toEqual([
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
    ]);
  });

  it('stop rules are the red flags and pain.severe', () => {
    expect(isStopRule('red_flag.limping')).toBe(true);
    expect(isStopRule('pain.severe')).toBe(true);
    expect(isStopRule('pain.above_allowance')).toBe(false);
    expect(isStopRule('prerun.pain_today')).toBe(false);
    expect(isRedFlag('pain.severe')).toBe(false);
  });

  it('orderRedFlags puts rule ids once each in table order, others after in their order', () => {
    expect(orderRedFlags(['pain.severe', 'red_flag.limping', 'red_flag.sharp_pain', 'red_flag.limping'])).toEqual([
      'red_flag.sharp_pain',
      'red_flag.limping',
      'pain.severe',
    ]);
    expect(orderRedFlags(['review.stalled', 'red_flag.swelling_24h', 'other.thing'])).toEqual(['red_flag.swelling_24h', 'review.stalled', 'other.thing']);
    expect(orderRedFlags([])).toEqual([]);
  });
});

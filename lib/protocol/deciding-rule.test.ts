import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideRun, decideRunInPhase, type DecisionContext } from './decide';
import { decidingRule, RULE_ACTION, ruleBreakdown } from './deciding-rule';
import { DECISION_RULE_IDS, type DecisionRuleId } from './rule-ids';
import { makeRun } from './test-fixtures';
import type { RunLog } from './types';

/** For each row of the table, a history whose last run makes that row the first to match. */
const CASES: Record<DecisionRuleId, { history: RunLog[]; context?: DecisionContext }> = {
  'red_flag.sharp_pain': { history: [makeRun({ sharpPain: true, painDuring: 3 })] },
  'red_flag.swelling_24h': { history: [makeRun({ swellingOver24h: true, completed: false })] },
  'red_flag.limping': { history: [makeRun({ limping: true })] },
  'red_flag.pain_rising': {
    history: [
      makeRun({ date: '2025-01-06', painDuring: 0 }),
      makeRun({ date: '2025-01-08', painDuring: 1 }),
      makeRun({ date: '2025-01-10', painDuring: 2 }),
    ],
  },
  'pain.severe': { history: [makeRun({ painDuring: 8 })] },
  'pain.above_allowance': { history: [makeRun({ painBefore: 3, painDuring: 3, painAfter: 3 })] },
  'pain.not_settled': { history: [makeRun({ painNextMorning: 1, painDuring: 1 })] },
  'pain.increased': { history: [makeRun({ painAfter: 1, completed: false })] },
  'session.incomplete': { history: [makeRun({ completed: false })] },
  'rest.consecutive_days': { history: [makeRun({ date: '2025-01-06' }), makeRun({ date: '2025-01-07' })] },
  'gap.returning': { history: [makeRun({ date: '2025-01-20' })], context: { previousRunDate: '2025-01-06' } },
  green: { history: [makeRun()] },
};

describe('ruleBreakdown, row by row', () => {
  for (const id of DECISION_RULE_IDS) {
    it(`${id} decides ${RULE_ACTION[id]} when it is the first row to match`, () => {
      const { history, context } = CASES[id];
      const decision = decideRun(history, undefined, context);
      expect(decision.action).toBe(RULE_ACTION[id]);
      expect(decidingRule(decision)).toBe(id);
      const breakdown = ruleBreakdown(decision);
      // Every row it outranked has another action; none is listed beside it as an equal.
      for (const other of breakdown.outranked) expect(RULE_ACTION[other]).not.toBe(decision.action);
      for (const same of breakdown.alsoDeciding) expect(RULE_ACTION[same]).toBe(decision.action);
    });
  }
});

describe('ruleBreakdown', () => {
  it('a regression outranks the repeat rows that matched with it', () => {
    const decision = decideRun([makeRun({ painBefore: 0, painDuring: 3, completed: false })]);
    expect(decision.rules).toEqual(['pain.above_allowance', 'pain.increased', 'session.incomplete']);
    expect(ruleBreakdown(decision)).toEqual({ deciding: 'pain.above_allowance', alsoDeciding: [], outranked: ['pain.increased', 'session.incomplete'], notes: [] });
  });

  it('a stop keeps every red flag as a reason and outranks the rest', () => {
    const decision = decideRun([makeRun({ limping: true, sharpPain: true, painDuring: 3 })]);
    expect(ruleBreakdown(decision)).toEqual({
      deciding: 'red_flag.sharp_pain',
      alsoDeciding: ['red_flag.limping'],
      outranked: ['pain.above_allowance', 'pain.increased'],
      notes: [],
    });
  });

  it('reads the table order, not the stored order (a check-in adds a red flag after what it outranks)', () => {
    expect(ruleBreakdown({ action: 'stop', rules: ['pain.increased', 'red_flag.swelling_24h'] })).toEqual({
      deciding: 'red_flag.swelling_24h',
      alsoDeciding: [],
      outranked: ['pain.increased'],
      notes: [],
    });
  });

  it('keeps advice and plan rules apart as notes, in their recorded order', () => {
    const regress = (date: string) => makeRun({ date, stage: 3, painBefore: 3, painDuring: 3, painAfter: 3, rpe: 6 });
    const decision = decideRun([regress('2025-01-06'), regress('2025-01-08')]);
    expect(ruleBreakdown({ ...decision, rules: [...decision.rules, 'volume.over_cap', 'gap.step_back'] })).toEqual({
      deciding: 'pain.above_allowance',
      alsoDeciding: [],
      outranked: [],
      notes: ['review.repeated_regression', 'effort.too_hard', 'volume.over_cap', 'gap.step_back'],
    });
  });

  it('after the ladder a repeat is decided by its row as in walk-run', () => {
    expect(decidingRule(decideRunInPhase([makeRun({ stage: 8, completed: false })], 'continuous'))).toBe('session.incomplete');
  });

  it('has no deciding rule when no recorded row gives the action (older data), and lists each id once', () => {
    expect(ruleBreakdown({ action: 'stop', rules: ['pain.increased', 'pain.increased', 'legacy.rule'] })).toEqual({
      deciding: null,
      alsoDeciding: [],
      outranked: ['pain.increased'],
      notes: ['legacy.rule'],
    });
    expect(ruleBreakdown({ action: 'progress', rules: [] }).deciding).toBeNull();
  });

  it('for any run the engine decides, the deciding rule is the first one recorded and gives the action', () => {
    fc.assert(
      fc.property(
        fc.record({
          stage: fc.integer({ min: 1, max: 8 }),
          painBefore: fc.integer({ min: 0, max: 10 }),
          painDuring: fc.integer({ min: 0, max: 10 }),
          painAfter: fc.integer({ min: 0, max: 10 }),
          painNextMorning: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
          swellingOver24h: fc.option(fc.boolean(), { nil: undefined }),
          completed: fc.boolean(),
          sharpPain: fc.boolean(),
          limping: fc.boolean(),
          rpe: fc.integer({ min: 0, max: 10 }),
        }),
        (fields) => {
          const decision = decideRun([makeRun(fields)]);
          const deciding = decidingRule(decision);
          expect(deciding).toBe(decision.rules[0]);
          expect(RULE_ACTION[deciding!]).toBe(decision.action);
        },
      ),
      { numRuns: 300 },
    );
  });
});

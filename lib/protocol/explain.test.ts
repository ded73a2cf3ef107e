import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideRun, decideRunInPhase } from './decide';
import { explainDecision, explainRule, RULE_WORDS } from './explain';
import { ALL_RULE_IDS } from './rule-ids';
import { makeRun } from './test-fixtures';

const SPEC_IDS = [
  'red_flag.sharp_pain', 'red_flag.swelling_24h', 'red_flag.limping', 'red_flag.pain_rising',
  'pain.above_allowance', 'pain.not_settled', 'pain.increased', 'session.incomplete', 'green',
  'effort.too_hard', 'review.repeated_regression', 'volume.weekly_cap', 'rest.consecutive_days', 'prevention.strength_2x',
  'readiness.pain_at_rest', 'readiness.current_pain', 'readiness.single_leg_squat', 'readiness.hop', 'readiness.walk',
  'gate.assessment_not_passed', 'gate.foundation_too_short',
  // Safety rules, version 2
  'pain.severe', 'gap.returning', 'gap.step_back', 'gap.reassess', 'review.long_gap', 'review.stalled',
  'prerun.pain_today', 'prerun.clear', 'volume.over_cap',
];

describe('rule ids', () => {
  it('hold every id the spec and the issue name, once', () => {
    expect(ALL_RULE_IDS).toEqual(expect.arrayContaining(SPEC_IDS));
    expect(new Set(ALL_RULE_IDS).size).toBe(ALL_RULE_IDS.length);
    expect(Object.keys(RULE_WORDS).sort()).toEqual([...ALL_RULE_IDS].sort());
  });

  it.each(ALL_RULE_IDS)('%s has plain words for runners and for therapists', (id) => {
    const contexts = [
      {},
      { stage: 4, painAllowance: 0, capMinutes: 99, daysInFoundation: 5 },
      { stage: 8, phase: 'continuous' as const, painAllowance: 5, stopPain: 3, gapDays: 5, days: 12, maxRunDaysPerWeek: 2 },
    ];
    for (const context of contexts) {
      const runner = explainRule(id, 'runner', context);
      const therapist = explainRule(id, 'therapist', context);
      expect(runner.length).toBeGreaterThan(15);
      expect(therapist.length).toBeGreaterThan(15);
      expect(runner).not.toBe(therapist);
      expect(runner).not.toContain(id);
      expect(runner).not.toMatch(/undefined|NaN/);
      expect(therapist).not.toMatch(/undefined|NaN/);
    }
  });
});

describe('explainRule', () => {
  it('speaks to the runner plainly and to the therapist clinically', () => {
    expect(explainRule('red_flag.limping', 'runner')).toBe('Stop running and contact your physical therapist — you reported limping.');
    expect(explainRule('red_flag.limping', 'therapist', { stage: 4 })).toBe('Red flag: altered gait reported after stage 4 run');
  });

  it('uses the pain allowance of the context', () => {
    expect(explainRule('pain.above_allowance', 'runner', { painAllowance: 5 })).toContain('above 5/10');
    expect(explainRule('pain.above_allowance', 'therapist')).toContain('2/10 allowance');
    expect(explainRule('pain.above_allowance', 'runner', { painAllowance: 0 })).toContain('no pain is expected');
  });

  it('gives a neutral sentence for an unknown id', () => {
    expect(explainRule('something.old', 'runner')).toBe('Your physical therapist can explain this decision.');
    expect(explainRule('something.old', 'therapist')).toBe('Rule something.old');
  });
});

describe('explainRule: version 2 words take their numbers from the settings', () => {
  it('pain.severe says the stop threshold, for runners as a stop', () => {
    expect(explainRule('pain.severe', 'runner')).toBe('Stop running and contact your physical therapist — you reported pain of 7/10 or more.');
    expect(explainRule('pain.severe', 'runner', { stopPain: 3 })).toContain('3/10 or more');
    expect(explainRule('pain.severe', 'therapist', { stopPain: 3, stage: 2 })).toBe('Severe pain: 3/10 or more reported on stage 2 run (the stop threshold): running paused');
  });

  it('the break rules use gapDays and the days since the last run', () => {
    expect(explainRule('gap.returning', 'runner')).toContain('more than 7 days');
    expect(explainRule('gap.returning', 'runner', { days: 10 })).toContain('It had been 10 days since your last run');
    expect(explainRule('gap.step_back', 'runner', { stage: 3, days: 12 })).toBe(
      'After a break of 12 days your next run steps back to stage 3: one stage after up to 14 days off, two after a longer break.',
    );
    expect(explainRule('gap.step_back', 'therapist', { gapDays: 5, stage: 2 })).toBe(
      'Break of more than 5 days: next session one stage lower (up to 10 days) or two (up to 20 days), not below stage 1; now stage 2',
    );
    expect(explainRule('gap.step_back', 'runner', { phase: 'continuous' })).toContain('limited to 50% of your last full week');
    expect(explainRule('gap.reassess', 'runner')).toContain('more than 28 days');
    expect(explainRule('gap.reassess', 'runner', { days: 40 })).toContain('It has been 40 days');
    expect(explainRule('gap.reassess', 'therapist', { gapDays: 4 })).toBe('Break of more than 16 days: no running until a new readiness assessment is recorded');
    expect(explainRule('review.long_gap', 'therapist', { days: 20 })).toBe('Review: break of more than 14 days since the last run (20) (non-blocking)');
  });

  it('the pre-run check and the weekly cap', () => {
    expect(explainRule('prerun.pain_today', 'runner')).toBe('Your pain right now is above 2/10, so rest today: no run today, and your stage stays as it is.');
    expect(explainRule('prerun.pain_today', 'runner', { painAllowance: 0 })).toContain('no pain is expected before a run');
    expect(explainRule('prerun.pain_today', 'therapist', { painAllowance: 5 })).toContain('5/10 allowance');
    expect(explainRule('prerun.clear', 'therapist', { painAllowance: 0 })).toContain('within the 0/10 allowance');
    expect(explainRule('volume.over_cap', 'runner', { capMinutes: 99 })).toContain('You ran more than planned this week (the plan was up to 99 min)');
    expect(explainRule('volume.over_cap', 'therapist')).toContain('do not count toward the 2 green weeks for full');
  });

  it('the rest-day rule states the rolling limit', () => {
    expect(explainRule('rest.consecutive_days', 'runner', { maxRunDaysPerWeek: 2 })).toContain('at most 2 days in any 7');
    expect(explainRule('rest.consecutive_days', 'therapist')).toContain('at most 3 run days in any 7');
  });
});

describe('explainDecision', () => {
  it('a pain.severe stop: every reason is a bare reason, none promises a next stage', () => {
    const d = decideRun([makeRun({ stage: 4, painDuring: 8 })]);
    const runner = explainDecision(d, 'runner', { stage: 4 });
    expect(runner.headline).toBe('Stop running and contact your physical therapist');
    expect(runner.reasons).toEqual(['You reported pain of 7/10 or more.']);
    // The rows the stop outranked are kept apart, as bare reasons.
    expect(runner.alsoChecked).toEqual([
      'Your pain before, during or after the run went above 2/10.',
      'Your pain went up during or after the run compared with before it.',
    ]);
    for (const reason of [...runner.reasons, ...runner.alsoChecked]) expect(reason).not.toMatch(/next run|repeat|steps back/);
  });

  it('a stop: headline, each red flag as a reason, and who resumes running', () => {
    const d = decideRun([makeRun({ stage: 4, limping: true, sharpPain: true })]);
    const runner = explainDecision(d, 'runner', { stage: 4 });
    expect(runner).toEqual({
      headline: 'Stop running and contact your physical therapist',
      reasons: ['You reported sharp pain that got worse during or after running.', 'You reported limping.'],
      alsoChecked: [],
      next: expect.stringContaining('physical therapist has reviewed'),
    });
    const therapist = explainDecision(d, 'therapist', { stage: 4 });
    expect(therapist.headline).toBe('Stop: running paused after stage 4, alert raised');
    expect(therapist.reasons).toEqual(['Red flag: sharp pain worsening during or after stage 4 run', 'Red flag: altered gait reported after stage 4 run']);
    expect(therapist.next).toContain('resolve the alert');
  });

  it('a progress: the next stage and the earliest date', () => {
    const d = decideRun([makeRun({ date: '2025-01-06', stage: 1 })]);
    const runner = explainDecision(d, 'runner', { stage: 1 });
    expect(runner.headline).toBe('Well done: your next run is stage 2');
    expect(runner.reasons).toEqual(['No warning signs: you move up one stage.']);
    expect(runner.next).toBe(
      'Your next run is stage 2 (2 min run / 3 min walk), on Wednesday 8 January at the earliest. Until then: rest, strength, mobility or cross-training.',
    );
    expect(explainDecision(d, 'therapist', { stage: 1 })).toEqual({
      headline: 'Progress: stage 1 → stage 2',
      reasons: ['Green on stage 1 run: no rule matched; progress one stage'],
      alsoChecked: [],
      next: 'Next run: stage 2, not before 2025-01-08.',
    });
  });

  it('the end of the ladder', () => {
    const d = decideRun([makeRun({ stage: 8 })]);
    expect(explainDecision(d, 'runner', { stage: 8 }).headline).toContain('continuous');
    expect(explainDecision(d, 'runner', { stage: 8 }).next).toContain('easy continuous run');
    expect(explainDecision(d, 'therapist', { stage: 8 }).headline).toBe('Progress: stage 8 passed, moves to continuous');
    expect(explainDecision(d, 'runner', { stage: 8 }).reasons).toEqual(['No warning signs: you have finished the walk-run ladder.']);
  });

  it('a regression with a review and advice lists every reason in order', () => {
    const regress = (date: string) => makeRun({ date, stage: 3, painBefore: 3, painDuring: 3, painAfter: 3, rpe: 6 });
    const d = decideRun([regress('2025-01-06'), regress('2025-01-08')]);
    const runner = explainDecision(d, 'runner', { stage: 3 });
    expect(runner.headline).toBe('Step back to stage 2 for your next run');
    expect(runner.reasons).toHaveLength(3);
    expect(runner.reasons[1]).toContain('twice within a week');
    expect(runner.reasons[2]).toContain('harder than easy');
  });

  it('after the ladder: a green run keeps going, a regression holds the volume', () => {
    const green = decideRunInPhase([makeRun({ stage: 8 })], 'full');
    expect(explainDecision(green, 'runner', { stage: 8, phase: 'full' })).toEqual({
      headline: 'Good run: no warning signs',
      reasons: ['No warning signs: keep following your plan.'],
      alsoChecked: [],
      next: 'Your next run is on Wednesday 8 January at the earliest, as your weekly plan shows.',
    });
    expect(explainDecision(green, 'therapist', { stage: 8, phase: 'full' })).toMatchObject({ headline: 'Green run (full)', reasons: ['Green (full): no rule matched'] });
    const regress = decideRunInPhase([makeRun({ stage: 8, painDuring: 4 })], 'continuous');
    expect(explainDecision(regress, 'runner', { phase: 'continuous' }).headline).toBe('Ease off: your weekly running will not grow next week');
    expect(explainDecision(regress, 'therapist', { phase: 'continuous' }).next).toBe('Next run not before 2025-01-08; continuous continues.');
  });

  it('a regression leads with its rule and folds the repeat rows it outranked, in bare words', () => {
    const d = decideRun([makeRun({ stage: 4, painBefore: 0, painDuring: 3 })]);
    const runner = explainDecision(d, 'runner', { stage: 4 });
    expect(runner.reasons).toEqual(['Your pain before, during or after the run went above 2/10, so your next run steps back one stage.']);
    expect(runner.alsoChecked).toEqual(['Your pain went up during or after the run compared with before it.']);
    const therapist = explainDecision(d, 'therapist', { stage: 4 });
    expect(therapist.reasons).toEqual(['Pain before/during/after above the 2/10 allowance on stage 4 run: regress one stage (not below 1)']);
    expect(therapist.alsoChecked).toHaveLength(1);
  });

  it('a repeat', () => {
    const d = decideRun([makeRun({ completed: false })]);
    expect(explainDecision(d, 'runner').headline).toBe('Repeat stage 3 on your next run');
    expect(explainDecision(d, 'therapist').headline).toBe('Repeat: stage 3 again');
  });

  it('explains any decision the engine makes without gaps', () => {
    fc.assert(
      fc.property(
        fc.record({
          stage: fc.integer({ min: 1, max: 8 }),
          painBefore: fc.integer({ min: 0, max: 4 }),
          painDuring: fc.integer({ min: 0, max: 6 }),
          painAfter: fc.integer({ min: 0, max: 6 }),
          completed: fc.boolean(),
          sharpPain: fc.boolean(),
          limping: fc.boolean(),
          rpe: fc.integer({ min: 0, max: 10 }),
        }),
        fc.constantFrom<'runner' | 'therapist'>('runner', 'therapist'),
        (fields, audience) => {
          const d = decideRun([makeRun(fields)]);
          const e = explainDecision(d, audience, { stage: fields.stage });
          expect(e.reasons.length + e.alsoChecked.length).toBe(d.rules.length);
          for (const text of [e.headline, e.next, ...e.reasons, ...e.alsoChecked]) expect(text).not.toMatch(/undefined|NaN|Rule /);
        },
      ),
      { numRuns: 200 },
    );
  });
});

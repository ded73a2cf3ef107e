import { describe, expect, it } from 'vitest';
import { decideRun, decideRunInPhase } from './decide';
import { makeRun } from './test-fixtures';

describe('decideRun: each row of the table fires alone and decides', () => {
  it('row 1 red_flag.sharp_pain stops and pauses, keeping the stage', () => {
    expect(decideRun([makeRun({ sharpPain: true, stage: 4 })])).toEqual({
      action: 'stop',
      nextStage: 4,
      nextPhase: 'paused',
      rules: ['red_flag.sharp_pain'],
      earliestNextRun: null,
    });
  });

  it('row 2 red_flag.swelling_24h stops', () => {
    const d = decideRun([makeRun({ swellingOver24h: true })]);
    expect(d.action).toBe('stop');
    expect(d.rules).toEqual(['red_flag.swelling_24h']);
    expect(d.nextPhase).toBe('paused');
    expect(d.earliestNextRun).toBeNull();
  });

  it('row 3 red_flag.limping stops', () => {
    const d = decideRun([makeRun({ limping: true })]);
    expect(d.action).toBe('stop');
    expect(d.rules).toEqual(['red_flag.limping']);
  });

  it('row 4 red_flag.pain_rising stops when the peak of during/after rose 0 → 1 → 2, each within the allowance', () => {
    const history = [
      makeRun({ date: '2025-01-06' }),
      makeRun({ date: '2025-01-08', painBefore: 1, painDuring: 1, painAfter: 1 }),
      makeRun({ date: '2025-01-10', painBefore: 2, painDuring: 2, painAfter: 2 }),
    ];
    const d = decideRun(history);
    expect(d.action).toBe('stop');
    expect(d.rules).toEqual(['red_flag.pain_rising']);
  });

  it('row 5 pain.above_allowance regresses one stage', () => {
    const d = decideRun([makeRun({ stage: 5, painBefore: 3, painDuring: 3, painAfter: 3 })]);
    expect(d).toEqual({
      action: 'regress',
      nextStage: 4,
      nextPhase: 'walk_run',
      rules: ['pain.above_allowance'],
      earliestNextRun: '2025-01-08',
    });
  });

  it('row 6 pain.not_settled repeats when next-morning pain is above the pre-run level', () => {
    const d = decideRun([makeRun({ painBefore: 1, painDuring: 1, painAfter: 1, painNextMorning: 2 })]);
    expect(d).toEqual({ action: 'repeat', nextStage: 3, nextPhase: 'walk_run', rules: ['pain.not_settled'], earliestNextRun: '2025-01-08' });
  });

  it('row 7 pain.increased repeats when pain during or after rose above the pre-run level within the allowance', () => {
    expect(decideRun([makeRun({ painDuring: 1 })]).rules).toEqual(['pain.increased']);
    const d = decideRun([makeRun({ painBefore: 1, painDuring: 1, painAfter: 2 })]);
    expect(d.action).toBe('repeat');
    expect(d.rules).toEqual(['pain.increased']);
  });

  it('row 8 session.incomplete repeats', () => {
    const d = decideRun([makeRun({ completed: false })]);
    expect(d.action).toBe('repeat');
    expect(d.nextStage).toBe(3);
    expect(d.rules).toEqual(['session.incomplete']);
  });

  it('row 9 green progresses exactly one stage, the next run the day after next', () => {
    expect(decideRun([makeRun()])).toEqual({
      action: 'progress',
      nextStage: 4,
      nextPhase: 'walk_run',
      rules: ['green'],
      earliestNextRun: '2025-01-08',
    });
  });

  it('pain equal to the allowance and equal to the pre-run level is green', () => {
    expect(decideRun([makeRun({ painBefore: 2, painDuring: 2, painAfter: 2, painNextMorning: 2 })]).rules).toEqual(['green']);
  });
});

describe('decideRun: red_flag.pain_rising is strict and over the last 3 runs', () => {
  const peaks = (values: number[]) =>
    values.map((p, i) => makeRun({ date: `2025-01-${String(6 + 2 * i).padStart(2, '0')}`, painBefore: p, painDuring: p, painAfter: p }));

  it('does not fire on a flat step (0 → 1 → 1) or a dip (2 → 1 → 2)', () => {
    expect(decideRun(peaks([0, 1, 1])).rules).not.toContain('red_flag.pain_rising');
    expect(decideRun(peaks([2, 1, 2])).rules).not.toContain('red_flag.pain_rising');
  });

  it('needs three runs', () => {
    expect(decideRun(peaks([0, 1])).rules).toEqual(['green']);
  });

  it('looks only at the last three runs', () => {
    expect(decideRun(peaks([0, 1, 2, 2])).rules).toEqual(['green']);
    expect(decideRun(peaks([2, 0, 1, 2])).rules).toEqual(['red_flag.pain_rising']);
  });

  it('uses the higher of during and after', () => {
    const history = [
      makeRun({ date: '2025-01-06' }),
      makeRun({ date: '2025-01-08', painBefore: 1, painAfter: 1 }),
      makeRun({ date: '2025-01-10', painBefore: 2, painDuring: 2 }),
    ];
    expect(decideRun(history).rules).toEqual(['red_flag.pain_rising']);
  });
});

describe('decideRun: order', () => {
  it('when several rows match the first decides and all are recorded in table order', () => {
    const d = decideRun([makeRun({ limping: true, sharpPain: true, painDuring: 4, completed: false })]);
    expect(d.action).toBe('stop');
    expect(d.rules).toEqual(['red_flag.sharp_pain', 'red_flag.limping', 'pain.above_allowance', 'pain.increased', 'session.incomplete']);
  });

  it('a regression outranks the repeats and records them', () => {
    const d = decideRun([makeRun({ painDuring: 3, painNextMorning: 1, completed: false })]);
    expect(d.action).toBe('regress');
    expect(d.rules).toEqual(['pain.above_allowance', 'pain.not_settled', 'pain.increased', 'session.incomplete']);
  });

  it('next-morning pain outranks an incomplete session', () => {
    const d = decideRun([makeRun({ painNextMorning: 1, completed: false })]);
    expect(d.rules).toEqual(['pain.not_settled', 'session.incomplete']);
  });
});

describe('decideRun: stages and phases', () => {
  it('never regresses below stage 1', () => {
    const d = decideRun([makeRun({ stage: 1, painDuring: 6 })]);
    expect(d.action).toBe('regress');
    expect(d.nextStage).toBe(1);
  });

  it('stage 7 green goes to stage 8, still walk_run', () => {
    expect(decideRun([makeRun({ stage: 7 })])).toMatchObject({ nextStage: 8, nextPhase: 'walk_run' });
  });

  it('stage 8 green completes the ladder: continuous', () => {
    expect(decideRun([makeRun({ stage: 8 })])).toMatchObject({ action: 'progress', nextStage: 8, nextPhase: 'continuous' });
  });

  it('earliestNextRun crosses month and year ends in UTC', () => {
    expect(decideRun([makeRun({ date: '2025-01-31' })]).earliestNextRun).toBe('2025-02-02');
    expect(decideRun([makeRun({ date: '2024-12-31', completed: false })]).earliestNextRun).toBe('2025-01-02');
    expect(decideRun([makeRun({ date: '2024-02-28', painDuring: 5 })]).earliestNextRun).toBe('2024-03-01');
  });

  it('uses custom settings', () => {
    expect(decideRun([makeRun({ painBefore: 3, painDuring: 3 })], { painAllowance: 3 }).rules).toEqual(['green']);
    expect(decideRun([makeRun({ painDuring: 1 })], { painMayRise: true }).rules).toEqual(['green']);
  });
});

describe('decideRun: advice never changes the action', () => {
  it('effort.too_hard follows green when RPE is above 4', () => {
    const d = decideRun([makeRun({ rpe: 5 })]);
    expect(d.action).toBe('progress');
    expect(d.nextStage).toBe(4);
    expect(d.rules).toEqual(['green', 'effort.too_hard']);
  });

  it('RPE 4 is easy enough; a missing RPE gives no advice', () => {
    expect(decideRun([makeRun({ rpe: 4 })]).rules).toEqual(['green']);
    expect(decideRun([makeRun({ rpe: null })]).rules).toEqual(['green']);
  });

  it('effort.too_hard is recorded after the deciding rule on a repeat', () => {
    const d = decideRun([makeRun({ rpe: 7, completed: false })]);
    expect(d.action).toBe('repeat');
    expect(d.rules).toEqual(['session.incomplete', 'effort.too_hard']);
  });

  it('rest.consecutive_days is recorded when a run follows the previous one without a rest day', () => {
    const d = decideRun([makeRun({ date: '2025-01-06' }), makeRun({ date: '2025-01-07' })]);
    expect(d.action).toBe('progress');
    expect(d.rules).toEqual(['green', 'rest.consecutive_days']);
    expect(decideRun([makeRun({ date: '2025-01-06' }), makeRun({ date: '2025-01-08' })]).rules).toEqual(['green']);
  });
});

describe('decideRun: review.repeated_regression (earlier decisions are replayed from the history)', () => {
  const regressOn = (date: string, stage = 4) => makeRun({ date, stage, painBefore: 3, painDuring: 3, painAfter: 3 });

  it('is raised on the second regression within 7 days, without changing the action', () => {
    const d = decideRun([regressOn('2025-01-06', 5), regressOn('2025-01-08', 4)]);
    expect(d.action).toBe('regress');
    expect(d.nextStage).toBe(3);
    expect(d.rules).toEqual(['pain.above_allowance', 'review.repeated_regression']);
  });

  it('counts a regression exactly 7 days earlier, not 8', () => {
    expect(decideRun([regressOn('2025-01-06'), regressOn('2025-01-13')]).rules).toContain('review.repeated_regression');
    expect(decideRun([regressOn('2025-01-06'), regressOn('2025-01-14')]).rules).not.toContain('review.repeated_regression');
  });

  it('finds the earlier regression behind other runs in the window', () => {
    const history = [regressOn('2025-01-06'), makeRun({ date: '2025-01-08' }), makeRun({ date: '2025-01-10', completed: false }), regressOn('2025-01-12')];
    expect(decideRun(history).rules).toContain('review.repeated_regression');
  });

  it('is not raised when the earlier run was a repeat, or became a stop on its check-in', () => {
    expect(decideRun([makeRun({ date: '2025-01-06', completed: false }), regressOn('2025-01-08')]).rules).not.toContain(
      'review.repeated_regression',
    );
    const supersededByStop = { ...regressOn('2025-01-06'), swellingOver24h: true };
    expect(decideRun([supersededByStop, regressOn('2025-01-08')]).rules).not.toContain('review.repeated_regression');
  });

  it('is not raised when the current run is not a regression', () => {
    expect(decideRun([regressOn('2025-01-06'), makeRun({ date: '2025-01-08' })]).rules).toEqual(['green']);
  });
});

describe('decideRun: input', () => {
  it('rejects an empty history and out-of-range values', () => {
    expect(() => decideRun([])).toThrow(RangeError);
    expect(() => decideRun([makeRun({ stage: 0 })])).toThrow(/stage/);
    expect(() => decideRun([makeRun({ stage: 9 })])).toThrow(/stage/);
    expect(() => decideRun([makeRun({ painDuring: 11 })])).toThrow(/painDuring/);
    expect(() => decideRun([makeRun({ painAfter: 1.5 })])).toThrow(/painAfter/);
    expect(() => decideRun([makeRun({ painNextMorning: -1 })])).toThrow(/painNextMorning/);
    expect(() => decideRun([makeRun({ rpe: 11 })])).toThrow(/rpe/);
    expect(() => decideRun([makeRun({ date: '2025-02-30' })])).toThrow(/date/);
    expect(() => decideRun([makeRun({ runMinutes: -1 })])).toThrow(/runMinutes/);
  });

  it('rejects a history that is not oldest first', () => {
    expect(() => decideRun([makeRun({ date: '2025-01-08' }), makeRun({ date: '2025-01-06' })])).toThrow(/oldest first/);
  });

  it('rejects invalid settings', () => {
    expect(() => decideRun([makeRun()], { painAllowance: -1 })).toThrow(/painAllowance/);
  });
});

describe('decideRunInPhase', () => {
  it('is decideRun in walk_run', () => {
    const history = [makeRun({ stage: 8 })];
    expect(decideRunInPhase(history, 'walk_run')).toEqual(decideRun(history));
  });

  it('after the ladder keeps the phase and stage unless a red flag stops', () => {
    const green = decideRunInPhase([makeRun({ stage: 8 })], 'full');
    expect(green).toMatchObject({ action: 'progress', nextStage: 8, nextPhase: 'full', rules: ['green'] });
    const regress = decideRunInPhase([makeRun({ stage: 8, painDuring: 4 })], 'continuous');
    expect(regress).toMatchObject({ action: 'regress', nextStage: 8, nextPhase: 'continuous' });
    const stop = decideRunInPhase([makeRun({ stage: 8, limping: true })], 'maintenance');
    expect(stop).toMatchObject({ action: 'stop', nextPhase: 'paused', earliestNextRun: null });
  });
});

import { describe, expect, it } from 'vitest';
import { decideRun, decideRunInPhase } from './decide';
import { resolveSettings } from './settings';
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

  it('row 6 pain.above_allowance regresses one stage', () => {
    const d = decideRun([makeRun({ stage: 5, painBefore: 3, painDuring: 3, painAfter: 3 })]);
    expect(d).toEqual({
      action: 'regress',
      nextStage: 4,
      nextPhase: 'walk_run',
      rules: ['pain.above_allowance'],
      earliestNextRun: '2025-01-08',
    });
  });

  it('row 7 pain.not_settled repeats when next-morning pain is above the pre-run level', () => {
    const d = decideRun([makeRun({ painBefore: 1, painDuring: 1, painAfter: 1, painNextMorning: 2 })]);
    expect(d).toEqual({ action: 'repeat', nextStage: 3, nextPhase: 'walk_run', rules: ['pain.not_settled'], earliestNextRun: '2025-01-08' });
  });

  it('row 8 pain.increased repeats when pain during or after rose above the pre-run level within the allowance', () => {
    expect(decideRun([makeRun({ painDuring: 1 })]).rules).toEqual(['pain.increased']);
    const d = decideRun([makeRun({ painBefore: 1, painDuring: 1, painAfter: 2 })]);
    expect(d.action).toBe('repeat');
    expect(d.rules).toEqual(['pain.increased']);
  });

  it('row 9 session.incomplete repeats', () => {
    const d = decideRun([makeRun({ completed: false })]);
    expect(d.action).toBe('repeat');
    expect(d.nextStage).toBe(3);
    expect(d.rules).toEqual(['session.incomplete']);
  });

  it('row 12 green progresses exactly one stage, the next run the day after next', () => {
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

describe('decideRun v2: row 5 pain.severe (pain before, during or after at or above stopPain) stops', () => {
  it.each(['painBefore', 'painDuring', 'painAfter'] as const)('%s 7 stops, 6 regresses (seed stopPain 7)', (field) => {
    const severe = decideRun([makeRun({ [field]: 7 })]);
    expect(severe).toMatchObject({ action: 'stop', nextStage: 3, nextPhase: 'paused', earliestNextRun: null });
    expect(severe.rules[0]).toBe('pain.severe');
    expect(severe.rules).toContain('pain.above_allowance');
    const high = decideRun([makeRun({ [field]: 6 })]);
    expect(high.action).toBe('regress');
    expect(high.rules).not.toContain('pain.severe');
  });

  it('comes after the red flags and is recorded with them', () => {
    expect(decideRun([makeRun({ limping: true, painDuring: 8 })]).rules).toEqual(['red_flag.limping', 'pain.severe', 'pain.above_allowance', 'pain.increased']);
  });

  it('uses the stopPain of the settings', () => {
    expect(decideRun([makeRun({ painBefore: 3, painDuring: 3, painAfter: 3 })], { painAllowance: 0, stopPain: 3 }).action).toBe('stop');
    expect(decideRun([makeRun({ painBefore: 2, painDuring: 2, painAfter: 2 })], { painAllowance: 0, stopPain: 3 }).action).toBe('regress');
    expect(decideRun([makeRun({ painDuring: 9 })], { stopPain: 10 }).rules).not.toContain('pain.severe');
    expect(decideRun([makeRun({ painDuring: 10 })], { stopPain: 10 }).rules[0]).toBe('pain.severe');
  });
});

describe('decideRun v2: row 6 pain.above_allowance also on pain before the run', () => {
  it('pain 3 before a pain-free run regresses; 2 before is within the allowance', () => {
    expect(decideRun([makeRun({ painBefore: 3 })])).toMatchObject({ action: 'regress', nextStage: 2, rules: ['pain.above_allowance'] });
    expect(decideRun([makeRun({ painBefore: 2 })]).rules).toEqual(['green']);
  });

  it('6/10 before the run can no longer progress (the hole version 2 closes)', () => {
    expect(decideRun([makeRun({ painBefore: 6, painDuring: 6, painAfter: 6 })]).action).toBe('regress');
  });
});

describe('decideRun v2: row 10 rest.consecutive_days (same day or the day after the previous run) repeats', () => {
  it('a green run the day after the previous one repeats, two days after progresses', () => {
    const d = decideRun([makeRun({ date: '2025-01-06' }), makeRun({ date: '2025-01-07' })]);
    expect(d).toEqual({ action: 'repeat', nextStage: 3, nextPhase: 'walk_run', rules: ['rest.consecutive_days'], earliestNextRun: '2025-01-09' });
    expect(decideRun([makeRun({ date: '2025-01-06' }), makeRun({ date: '2025-01-08' })]).rules).toEqual(['green']);
  });

  it('a second run on the same day repeats and cannot progress twice in one day', () => {
    const history = [makeRun({ date: '2025-01-06', stage: 3 }), makeRun({ date: '2025-01-06', stage: 4 })];
    expect(decideRun(history)).toMatchObject({ action: 'repeat', nextStage: 4, rules: ['rest.consecutive_days'] });
  });

  it('sees the run before the history (context.previousRunDate)', () => {
    expect(decideRun([makeRun({ date: '2025-01-06' })], undefined, { previousRunDate: '2025-01-05' }).rules).toEqual(['rest.consecutive_days']);
    expect(decideRun([makeRun({ date: '2025-01-06' })], undefined, { previousRunDate: '2025-01-06' }).rules).toEqual(['rest.consecutive_days']);
    expect(decideRun([makeRun({ date: '2025-01-06' })], undefined, { previousRunDate: '2025-01-04' }).rules).toEqual(['green']);
  });

  it('is recorded after the repeats above it and never outranks a regression', () => {
    const history = [makeRun({ date: '2025-01-06' }), makeRun({ date: '2025-01-07', completed: false })];
    expect(decideRun(history).rules).toEqual(['session.incomplete', 'rest.consecutive_days']);
    const regress = [makeRun({ date: '2025-01-06' }), makeRun({ date: '2025-01-07', painDuring: 3 })];
    expect(decideRun(regress)).toMatchObject({ action: 'regress', rules: ['pain.above_allowance', 'pain.increased', 'rest.consecutive_days'] });
  });
});

describe('decideRun v2: row 11 gap.returning (more than gapDays since the previous run) repeats', () => {
  it('7 days since the previous run is green, 8 repeats', () => {
    expect(decideRun([makeRun({ date: '2025-01-06' }), makeRun({ date: '2025-01-13' })]).rules).toEqual(['green']);
    expect(decideRun([makeRun({ date: '2025-01-06' }), makeRun({ date: '2025-01-14' })])).toMatchObject({
      action: 'repeat',
      nextStage: 3,
      rules: ['gap.returning'],
    });
  });

  it('measures from the run before the history, or from a later gapFrom', () => {
    const run = makeRun({ date: '2025-01-20' });
    expect(decideRun([run], undefined, { previousRunDate: '2025-01-12' }).rules).toEqual(['gap.returning']);
    expect(decideRun([run], undefined, { previousRunDate: '2025-01-13' }).rules).toEqual(['green']);
    // A therapist resumed running on the 15th after a month off: the break is counted from then.
    expect(decideRun([run], undefined, { previousRunDate: '2024-12-20', gapFrom: '2025-01-15' }).rules).toEqual(['green']);
    expect(decideRun([run], undefined, { previousRunDate: null, gapFrom: '2025-01-12' }).rules).toEqual(['gap.returning']);
    // An earlier gapFrom does not shorten the break from a later previous run, nor lengthen it.
    expect(decideRun([run], undefined, { previousRunDate: '2025-01-18', gapFrom: '2025-01-01' }).rules).toEqual(['green']);
  });

  it('uses gapDays from the settings', () => {
    const history = [makeRun({ date: '2025-01-06' }), makeRun({ date: '2025-01-12' })];
    expect(decideRun(history, { gapDays: 5 }).rules).toEqual(['gap.returning']);
    expect(decideRun(history, { gapDays: 6 }).rules).toEqual(['green']);
  });

  it('a first run with nothing before it is not a return', () => {
    expect(decideRun([makeRun()]).rules).toEqual(['green']);
  });

  it('after a break, the first green run repeats and the next one moves on', () => {
    const history = [makeRun({ date: '2025-01-01', stage: 4 }), makeRun({ date: '2025-01-20', stage: 4 })];
    expect(decideRun(history).action).toBe('repeat');
    expect(decideRun([...history, makeRun({ date: '2025-01-22', stage: 4 })])).toMatchObject({ action: 'progress', nextStage: 5 });
  });
});

describe('decideRun v2: earliestNextRun keeps at most maxRunDaysPerWeek runs in any 7 days', () => {
  it('after runs on days 1, 3 and 5 the next is day 8', () => {
    const history = [makeRun({ date: '2025-01-06' }), makeRun({ date: '2025-01-08' }), makeRun({ date: '2025-01-10' })];
    expect(decideRun(history).earliestNextRun).toBe('2025-01-13');
  });

  it('after two runs the next is the day after next', () => {
    expect(decideRun([makeRun({ date: '2025-01-06' }), makeRun({ date: '2025-01-09' })]).earliestNextRun).toBe('2025-01-11');
  });

  it('counts the run before the history and uses maxRunDaysPerWeek', () => {
    const history = [makeRun({ date: '2025-01-08' }), makeRun({ date: '2025-01-10' })];
    expect(decideRun(history, undefined, { previousRunDate: '2025-01-06' }).earliestNextRun).toBe('2025-01-13');
    expect(decideRun(history, { maxRunDaysPerWeek: 2 }).earliestNextRun).toBe('2025-01-15');
    expect(decideRun([makeRun({ date: '2025-01-10' })], { maxRunDaysPerWeek: 1 }).earliestNextRun).toBe('2025-01-17');
  });

  it('counts run days: two runs on one day are one day', () => {
    const history = [makeRun({ date: '2025-01-06' }), makeRun({ date: '2025-01-08' }), makeRun({ date: '2025-01-08' })];
    expect(decideRun(history).earliestNextRun).toBe('2025-01-10');
  });
});

describe('decideRun v2: review.stalled (three decisions in a row without progress)', () => {
  const repeatOn = (date: string) => makeRun({ date, completed: false });

  it('is raised on the third non-progress decision, not the second, and again on the sixth', () => {
    const dates = ['2025-01-06', '2025-01-08', '2025-01-10', '2025-01-13', '2025-01-15', '2025-01-17', '2025-01-20'];
    const rulesAt = (n: number) => decideRun(dates.slice(0, n).map(repeatOn)).rules;
    expect(rulesAt(2)).toEqual(['session.incomplete']);
    expect(rulesAt(3)).toEqual(['session.incomplete', 'review.stalled']);
    expect(rulesAt(4)).toEqual(['session.incomplete']);
    expect(rulesAt(6)).toEqual(['session.incomplete', 'review.stalled']);
    expect(rulesAt(7)).toEqual(['session.incomplete']);
  });

  it('counts regressions and repeats alike, and a progress starts the count again', () => {
    const history = [
      makeRun({ date: '2025-01-06', completed: false }),
      makeRun({ date: '2025-01-08' }),
      makeRun({ date: '2025-01-10', completed: false }),
      makeRun({ date: '2025-01-13', painDuring: 3, stage: 3 }),
    ];
    expect(decideRun(history).rules).not.toContain('review.stalled');
    const third = decideRun([...history, makeRun({ date: '2025-01-15', stage: 2, completed: false })]);
    expect(third.rules).toEqual(['session.incomplete', 'review.stalled']);
    expect(third.action).toBe('repeat');
  });

  it('is recorded after review.repeated_regression and before effort.too_hard', () => {
    const regress = (date: string, extra = {}) => makeRun({ date, stage: 4, painBefore: 3, painDuring: 3, painAfter: 3, ...extra });
    const d = decideRun([regress('2025-01-06'), regress('2025-01-08'), regress('2025-01-10', { rpe: 6 })]);
    expect(d.rules).toEqual(['pain.above_allowance', 'review.repeated_regression', 'review.stalled', 'effort.too_hard']);
  });

  it('is not added to a stop (the stop alert already goes to the therapist)', () => {
    const history = [repeatOn('2025-01-06'), repeatOn('2025-01-08'), makeRun({ date: '2025-01-10', limping: true })];
    expect(decideRun(history).rules).toEqual(['red_flag.limping']);
  });
});

describe('decideRunInPhase v2', () => {
  it('effort.too_hard only in walk_run and continuous', () => {
    const history = [makeRun({ stage: 8, rpe: 6 })];
    expect(decideRunInPhase(history, 'walk_run').rules).toEqual(['green', 'effort.too_hard']);
    expect(decideRunInPhase(history, 'continuous').rules).toEqual(['green', 'effort.too_hard']);
    expect(decideRunInPhase(history, 'full').rules).toEqual(['green']);
    expect(decideRunInPhase(history, 'maintenance').rules).toEqual(['green']);
  });

  it('passes the context on: the first continuous run after a break repeats and keeps the phase', () => {
    const d = decideRunInPhase([makeRun({ date: '2025-01-20', stage: 8 })], 'continuous', undefined, { previousRunDate: '2025-01-10' });
    expect(d).toMatchObject({ action: 'repeat', nextStage: 8, nextPhase: 'continuous', rules: ['gap.returning'], earliestNextRun: '2025-01-22' });
  });

  it('pain.severe stops in every running phase', () => {
    for (const phase of ['walk_run', 'continuous', 'full', 'maintenance'] as const) {
      expect(decideRunInPhase([makeRun({ stage: 8, painAfter: 7 })], phase, resolveSettings('seed'))).toMatchObject({ action: 'stop', nextPhase: 'paused' });
    }
  });
});

describe('decideRun v2: context input', () => {
  it('rejects a previous run after the history starts, and dates that are not dates', () => {
    expect(() => decideRun([makeRun({ date: '2025-01-06' })], undefined, { previousRunDate: '2025-01-07' })).toThrow(/previousRunDate/);
    expect(() => decideRun([makeRun()], undefined, { previousRunDate: '2025-1-5' })).toThrow(/previousRunDate/);
    expect(() => decideRun([makeRun()], undefined, { gapFrom: 'yesterday' })).toThrow(/gapFrom/);
  });
});

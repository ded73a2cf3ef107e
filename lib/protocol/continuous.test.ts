import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { continuousWeeklyCap, fullCriteriaMet, speedAndHillsAllowed, weekHadStopOrRegression, weeklyCap, type ContinuousWeekRecord } from './continuous';
import { preventionNudges } from './prevention';

describe('weeklyCap: the 10 % rule', () => {
  it('allows 10 % more than last week by default', () => {
    expect(weeklyCap(100)).toBe(110);
    expect(weeklyCap(95)).toBe(104.5);
    expect(weeklyCap(33)).toBe(36.3);
    expect(weeklyCap(0)).toBe(0);
  });

  it('uses a custom increase', () => {
    expect(weeklyCap(100, { weeklyIncrease: 0.05 })).toBe(105);
    expect(weeklyCap(100, { weeklyIncrease: 0.2 })).toBe(120);
    expect(weeklyCap(100, { weeklyIncrease: 0 })).toBe(100);
  });

  it('is never above the exact product and at most 0.01 below it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 50 }), (completed, pct) => {
        const increase = pct / 100;
        const cap = weeklyCap(completed, { weeklyIncrease: increase });
        const exact = completed * (1 + increase);
        expect(cap).toBeLessThanOrEqual(exact + 1e-9);
        expect(cap).toBeGreaterThan(exact - 0.01 - 1e-9);
      }),
    );
  });

  it('rejects negative volumes and out-of-range increases', () => {
    expect(() => weeklyCap(-1)).toThrow(RangeError);
    expect(() => weeklyCap(100, { weeklyIncrease: 0.6 })).toThrow(RangeError);
  });
});

describe('continuousWeeklyCap', () => {
  it('grows by the rule, does not grow after a week with a stop or regression, and stops at the goal', () => {
    expect(continuousWeeklyCap({ completedLastWeekMinutes: 90, lastWeekHadStopOrRegression: false, goalWeeklyMinutes: 150 })).toBe(99);
    expect(continuousWeeklyCap({ completedLastWeekMinutes: 90, lastWeekHadStopOrRegression: true, goalWeeklyMinutes: 150 })).toBe(90);
    expect(continuousWeeklyCap({ completedLastWeekMinutes: 140, lastWeekHadStopOrRegression: false, goalWeeklyMinutes: 150 })).toBe(150);
  });

  it('tells a week with a stop or regression', () => {
    expect(weekHadStopOrRegression([{ action: 'progress' }, { action: 'repeat' }])).toBe(false);
    expect(weekHadStopOrRegression([{ action: 'progress' }, { action: 'regress' }])).toBe(true);
    expect(weekHadStopOrRegression([{ action: 'stop' }])).toBe(true);
  });
});

describe('fullCriteriaMet: 2 consecutive weeks of green runs, every run ≥ 30 min', () => {
  const week = (weekStart: string, runs: [number, boolean][]): ContinuousWeekRecord => ({
    weekStart,
    runs: runs.map(([runMinutes, green]) => ({ runMinutes, green })),
  });
  const good = (weekStart: string) => week(weekStart, [[30, true], [33, true], [35, true]]);

  it('is met by two consecutive good weeks', () => {
    expect(fullCriteriaMet([good('2025-03-03'), good('2025-03-10')])).toBe(true);
  });

  it('is not met by one week, a short run, a non-green run, or an empty week', () => {
    expect(fullCriteriaMet([good('2025-03-10')])).toBe(false);
    expect(fullCriteriaMet([good('2025-03-03'), week('2025-03-10', [[30, true], [29, true]])])).toBe(false);
    expect(fullCriteriaMet([week('2025-03-03', [[40, true], [40, false]]), good('2025-03-10')])).toBe(false);
    expect(fullCriteriaMet([good('2025-03-03'), week('2025-03-10', [])])).toBe(false);
  });

  it('needs calendar-consecutive weeks and looks at the most recent two', () => {
    expect(fullCriteriaMet([good('2025-03-03'), good('2025-03-17')])).toBe(false);
    expect(fullCriteriaMet([week('2025-02-24', [[20, false]]), good('2025-03-03'), good('2025-03-10')])).toBe(true);
    expect(fullCriteriaMet([good('2025-03-03'), good('2025-03-10'), week('2025-03-17', [[40, false]])])).toBe(false);
  });
});

describe('speed, hills and prevention', () => {
  it('locks speed and hills until full', () => {
    expect(speedAndHillsAllowed('walk_run')).toBe(false);
    expect(speedAndHillsAllowed('continuous')).toBe(false);
    expect(speedAndHillsAllowed('full')).toBe(true);
    expect(speedAndHillsAllowed('maintenance')).toBe(true);
  });

  it('nudges strength in full and maintenance when fewer than 2 sessions were logged', () => {
    expect(preventionNudges({ phase: 'maintenance', strengthSessionsInWeek: 1 })).toEqual(['prevention.strength_2x']);
    expect(preventionNudges({ phase: 'full', strengthSessionsInWeek: 0 })).toEqual(['prevention.strength_2x']);
    expect(preventionNudges({ phase: 'maintenance', strengthSessionsInWeek: 2 })).toEqual([]);
    expect(preventionNudges({ phase: 'continuous', strengthSessionsInWeek: 0 })).toEqual([]);
  });
});

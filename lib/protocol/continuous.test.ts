import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarWeekCaps,
  fullCriteriaMet,
  nextWeekCap,
  speedAndHillsAllowed,
  weekHadStopOrRegression,
  weekOverCap,
  weeklyCap,
  type CalendarWeekVolume,
  type ContinuousWeekRecord,
} from './continuous';
import { addDays } from './dates';
import { preventionNudges, RUN_SAFETY_ADVICE, SPEED_AND_HILLS_WAIT, speedAndHillsAdvice } from './prevention';

describe('weeklyCap: the 10 % rule', () => {
  it('allows 10 % more than last week by default', () => {
    expect(weeklyCap(100)).toBe(110);
    expect(weeklyCap(95)).toBe(104.5);
    expect(weeklyCap(33)).toBe(36.3);
    expect(weeklyCap(0)).toBe(0);
  });

  it('uses a custom increase, never above 10 % (version 2)', () => {
    expect(weeklyCap(100, { weeklyIncrease: 0.05 })).toBe(105);
    expect(weeklyCap(100, { weeklyIncrease: 0 })).toBe(100);
    expect(() => weeklyCap(100, { weeklyIncrease: 0.2 })).toThrow(/weeklyIncrease/);
  });

  it('is never above the exact product and at most 0.01 below it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 10 }), (completed, pct) => {
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
    expect(() => weeklyCap(100, { weeklyIncrease: 0.11 })).toThrow(RangeError);
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

  it('is not met when a run took its week past the cap (volume.over_cap)', () => {
    const over = { weekStart: '2025-03-10', runs: [{ runMinutes: 30, green: true }, { runMinutes: 40, green: true, overCap: true }] };
    expect(fullCriteriaMet([good('2025-03-03'), over])).toBe(false);
    expect(fullCriteriaMet([good('2025-03-03'), { ...over, runs: over.runs.map((r) => ({ ...r, overCap: false })) }])).toBe(true);
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

  it('nudges strength in every running phase when fewer than 2 sessions were logged in the last 7 days (version 2)', () => {
    expect(preventionNudges({ phase: 'maintenance', strengthSessionsInWeek: 1 })).toEqual(['prevention.strength_2x']);
    expect(preventionNudges({ phase: 'full', strengthSessionsInWeek: 0 })).toEqual(['prevention.strength_2x']);
    expect(preventionNudges({ phase: 'continuous', strengthSessionsInWeek: 1 })).toEqual(['prevention.strength_2x']);
    expect(preventionNudges({ phase: 'walk_run', strengthSessionsInWeek: 0 })).toEqual(['prevention.strength_2x']);
    expect(preventionNudges({ phase: 'walk_run', strengthSessionsInWeek: 2 })).toEqual([]);
    expect(preventionNudges({ phase: 'maintenance', strengthSessionsInWeek: 2 })).toEqual([]);
    expect(preventionNudges({ phase: 'foundation', strengthSessionsInWeek: 0 })).toEqual([]);
    expect(preventionNudges({ phase: 'paused', strengthSessionsInWeek: 0 })).toEqual([]);
  });

  it('tells a continuous runner that speed work and hills wait for the therapist; nobody else', () => {
    expect(speedAndHillsAdvice('continuous')).toBe(SPEED_AND_HILLS_WAIT);
    expect(SPEED_AND_HILLS_WAIT).toMatch(/speed work and hills wait for your physical therapist/);
    for (const phase of ['foundation', 'walk_run', 'full', 'maintenance', 'paused'] as const) expect(speedAndHillsAdvice(phase)).toBeNull();
  });

  it('the run card safety text says, in the seed words, what is normal and when to stop and walk home', () => {
    expect(RUN_SAFETY_ADVICE).toMatch(/normal to feel mild soreness/);
    expect(RUN_SAFETY_ADVICE).toMatch(/Sharp pain that worsens during or after running/);
    expect(RUN_SAFETY_ADVICE).toMatch(/limping/);
    expect(RUN_SAFETY_ADVICE).toMatch(/stop now and walk home/);
  });
});

describe('nextWeekCap: the 10 % rule on calendar weeks', () => {
  const week = { completedMinutes: 90, cap: 99, hadStopOrRegression: false, goalWeeklyMinutes: 150 };

  it('grows 10 % over what was completed within the cap', () => {
    expect(nextWeekCap(week)).toBe(99);
    expect(nextWeekCap({ ...week, completedMinutes: 99 })).toBe(108.9);
  });

  it('overshooting a week never raises the next one', () => {
    expect(nextWeekCap({ ...week, completedMinutes: 130 })).toBe(108.9);
    expect(nextWeekCap({ ...week, completedMinutes: 130 })).toBe(nextWeekCap({ ...week, completedMinutes: 99 }));
  });

  it('a setback gives no growth: min(goal, completed, cap)', () => {
    expect(nextWeekCap({ ...week, hadStopOrRegression: true })).toBe(90);
    expect(nextWeekCap({ ...week, completedMinutes: 130, hadStopOrRegression: true })).toBe(99);
    expect(nextWeekCap({ ...week, completedMinutes: 99, hadStopOrRegression: true, goalWeeklyMinutes: 95 })).toBe(95);
  });

  it('the goal is the ceiling', () => {
    expect(nextWeekCap({ ...week, completedMinutes: 140, cap: 150 })).toBe(150);
    expect(nextWeekCap({ ...week, goalWeeklyMinutes: 60 })).toBe(60);
  });

  it('uses the weekly increase of the settings and rejects negative volumes', () => {
    expect(nextWeekCap({ ...week, completedMinutes: 100, cap: 100 }, { weeklyIncrease: 0.05 })).toBe(105);
    expect(() => nextWeekCap({ ...week, cap: -1 })).toThrow(/cap/);
    expect(() => nextWeekCap({ ...week, completedMinutes: Number.NaN })).toThrow(/completedMinutes/);
  });

  it('never above 1.10 × min(completed, cap) nor the goal', () => {
    fc.assert(
      fc.property(fc.nat(600), fc.nat(600), fc.boolean(), fc.nat(600), (completedMinutes, cap, hadStopOrRegression, goalWeeklyMinutes) => {
        const next = nextWeekCap({ completedMinutes, cap, hadStopOrRegression, goalWeeklyMinutes });
        expect(next).toBeLessThanOrEqual(Math.min(completedMinutes, cap) * 1.1 + 1e-9);
        expect(next).toBeLessThanOrEqual(goalWeeklyMinutes);
        if (hadStopOrRegression) expect(next).toBeLessThanOrEqual(Math.min(completedMinutes, cap));
      }),
    );
  });
});

describe('weekOverCap', () => {
  it('is true only past the cap', () => {
    expect(weekOverCap(99, 99)).toBe(false);
    expect(weekOverCap(98, 99)).toBe(false);
    expect(weekOverCap(100, 99)).toBe(true);
    expect(weekOverCap(36.31, 36.3)).toBe(true);
    expect(weekOverCap(0.1 + 0.2, 0.3)).toBe(false);
  });
});

describe('calendarWeekCaps', () => {
  const MONDAY = '2025-03-03';
  const weeks = (entries: [number, boolean?, number?][]): CalendarWeekVolume[] =>
    entries.map(([completedMinutes, hadStopOrRegression = false, daysSincePreviousRun], i) => ({
      weekStart: addDays(MONDAY, 7 * i),
      completedMinutes,
      hadStopOrRegression,
      ...(daysSincePreviousRun === undefined ? {} : { daysSincePreviousRun }),
    }));

  it('starts at firstCap and follows nextWeekCap week by week', () => {
    expect(calendarWeekCaps({ weeks: weeks([[90], [99], [108]]), firstCap: 90, goalWeeklyMinutes: 200 })).toEqual([90, 99, 108.9]);
  });

  it('an overshoot does not raise the next cap; a setback week does not grow', () => {
    expect(calendarWeekCaps({ weeks: weeks([[150], [80, true], [80]]), firstCap: 90, goalWeeklyMinutes: 200 })).toEqual([90, 99, 80]);
  });

  it('the goal is the ceiling, also for the first week', () => {
    expect(calendarWeekCaps({ weeks: weeks([[120], [120]]), firstCap: 130, goalWeeklyMinutes: 120 })).toEqual([120, 120]);
  });

  it('a week without running keeps the cap; the week back is capped at half the last full week', () => {
    // 99 and 108 completed, then a week off: the week back may hold half of 108.
    expect(calendarWeekCaps({ weeks: weeks([[99], [108], [0], [40]]), firstCap: 99, goalWeeklyMinutes: 200 })).toEqual([99, 108.9, 118.8, 54]);
    // Two weeks off: still half the last full week, then growth from what was run.
    expect(calendarWeekCaps({ weeks: weeks([[99], [0], [0], [40], [0]]), firstCap: 99, goalWeeklyMinutes: 200 })).toEqual([99, 108.9, 49.5, 49.5, 44]);
  });

  it('the last full week is the larger of the two before the break (a break often cuts one short)', () => {
    expect(calendarWeekCaps({ weeks: weeks([[99], [60], [0], [20]]), firstCap: 99, goalWeeklyMinutes: 200 })).toEqual([99, 108.9, 66, 49.5]);
    // Never more than the carried cap either.
    expect(calendarWeekCaps({ weeks: weeks([[99], [30], [0], [20]]), firstCap: 99, goalWeeklyMinutes: 200 })[3]).toBe(33);
  });

  it('a break of more than gapDays inside two weeks with running also caps the week back', () => {
    const caps = calendarWeekCaps({ weeks: weeks([[99], [99], [33, false, 9]]), firstCap: 99, goalWeeklyMinutes: 200 });
    expect(caps).toEqual([99, 108.9, 49.5]);
    expect(calendarWeekCaps({ weeks: weeks([[99], [99], [33, false, 7]]), firstCap: 99, goalWeeklyMinutes: 200 })[2]).toBe(108.9);
    expect(calendarWeekCaps({ weeks: weeks([[99], [99], [33, false, 6]]), firstCap: 99, goalWeeklyMinutes: 200 }, { gapDays: 5 })[2]).toBe(49.5);
  });

  it('a period that starts with a week off comes back at half its first cap', () => {
    expect(calendarWeekCaps({ weeks: weeks([[0], [30], [33]]), firstCap: 60, goalWeeklyMinutes: 200 })).toEqual([60, 30, 33]);
    expect(calendarWeekCaps({ weeks: weeks([[20, false, 9]]), firstCap: 60, goalWeeklyMinutes: 200 })).toEqual([30]);
  });

  it('rejects weeks that are not consecutive Mondays', () => {
    expect(() => calendarWeekCaps({ weeks: [{ weekStart: '2025-03-04', completedMinutes: 0, hadStopOrRegression: false }], firstCap: 60, goalWeeklyMinutes: 100 })).toThrow(/Monday/);
    const gapped = weeks([[10], [10], [10]]).filter((_, i) => i !== 1);
    expect(() => calendarWeekCaps({ weeks: gapped, firstCap: 60, goalWeeklyMinutes: 100 })).toThrow(/consecutive/);
  });

  it('over any weeks: never above the goal, never above 1.10 × the week before within its cap, no growth after a setback', () => {
    const weekArb = fc.record({ completed: fc.oneof(fc.constant(0), fc.nat(300)), setback: fc.boolean() });
    fc.assert(
      fc.property(fc.array(weekArb, { minLength: 1, maxLength: 20 }), fc.nat(300), fc.integer({ min: 30, max: 400 }), (entries, firstCap, goal) => {
        const ws = weeks(entries.map((e) => [e.completed, e.setback]));
        const caps = calendarWeekCaps({ weeks: ws, firstCap, goalWeeklyMinutes: goal });
        expect(caps).toHaveLength(ws.length);
        caps.forEach((cap, i) => {
          expect(cap).toBeLessThanOrEqual(goal);
          const previous = ws[i - 1];
          const previousCap = caps[i - 1];
          if (!previous || previousCap === undefined) return expect(cap).toBeLessThanOrEqual(firstCap);
          expect(cap).toBeLessThanOrEqual(previousCap * 1.1 + 1e-9);
          if (previous.completedMinutes > 0) expect(cap).toBeLessThanOrEqual(Math.min(previous.completedMinutes, previousCap) * (previous.hadStopOrRegression ? 1 : 1.1) + 1e-9);
        });
      }),
      { numRuns: 300 },
    );
  });
});

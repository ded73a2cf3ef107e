import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LADDER, ladderSession, MAX_STAGE, MIN_STAGE, plannedRunMinutes } from './ladder';

describe('the ladder', () => {
  it('has the spec stages', () => {
    expect(LADDER.map((s) => [s.runMinutes, s.walkMinutes])).toEqual([
      [1, 3], [2, 3], [3, 2], [4, 2], [5, 1], [9, 1], [20, 10], [30, 0],
    ]);
    expect([MIN_STAGE, MAX_STAGE]).toEqual([1, 8]);
  });

  it('plans the spec run minutes in a 30 min session', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((stage) => plannedRunMinutes(stage))).toEqual([8, 12, 18, 20, 25, 27, 20, 30]);
  });

  it.each([
    [1, 20, 5],
    [1, 31, 8],
    [1, 33, 9],
    [2, 33, 14],
    [6, 25, 23],
    [7, 40, 30],
    [7, 45, 35],
    [8, 20, 20],
    [8, 45, 45],
  ])('stage %i in %i min: %i run minutes (last cycle cut, running first)', (stage, total, expected) => {
    expect(plannedRunMinutes(stage, total)).toBe(expected);
  });

  it('never plans more running than the session, and more session never means less running', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 180 }), (stage, total) => {
        const minutes = plannedRunMinutes(stage, total);
        expect(minutes).toBeGreaterThan(0);
        expect(minutes).toBeLessThanOrEqual(total);
        expect(plannedRunMinutes(stage, total + 1)).toBeGreaterThanOrEqual(minutes);
      }),
    );
  });

  it('describes a session: whole cycles and the cut one', () => {
    expect(ladderSession(1)).toEqual({
      stage: 1,
      runMinutes: 1,
      walkMinutes: 3,
      repeats: 7,
      finalCycle: { runMinutes: 1, walkMinutes: 1 },
      totalMinutes: 30,
      plannedRunMinutes: 8,
    });
    expect(ladderSession(3)).toMatchObject({ repeats: 6, finalCycle: null, plannedRunMinutes: 18 });
    expect(ladderSession(8)).toMatchObject({ repeats: 1, finalCycle: null, plannedRunMinutes: 30 });
  });

  it('rejects stages outside 1..8 and non-positive sessions', () => {
    expect(() => plannedRunMinutes(0)).toThrow(RangeError);
    expect(() => plannedRunMinutes(9)).toThrow(RangeError);
    expect(() => plannedRunMinutes(1.5)).toThrow(RangeError);
    expect(() => plannedRunMinutes(1, 0)).toThrow(RangeError);
  });
});

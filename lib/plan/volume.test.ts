import { describe, expect, it } from 'vitest';
import { addDays, resolveSettings } from '@/lib/protocol';
import { calendarVolume, runGoesOverCap, type VolumeRun } from './volume';

const settings = resolveSettings('seed');
// 2026-11-02 is a Monday.
const MONDAY = '2026-11-02';
const day = (week: number, weekday: number) => addDays(MONDAY, week * 7 + weekday);
let id = 0;
const run = (date: string, runMinutes: number, setback = false): VolumeRun => ({ id: `r${id++}`, date, runMinutes, setback });

const base = { periodStart: MONDAY, firstCap: 90, previousRunDate: null, goalWeeklyMinutes: 300, settings };

describe('calendarVolume: the 10 % rule on calendar weeks (protocol v2)', () => {
  it('grows the cap 10 % a week from what was completed, never from what was over the cap', () => {
    const runs = [run(day(0, 0), 30), run(day(0, 2), 30), run(day(0, 4), 30), run(day(1, 0), 40), run(day(1, 2), 40), run(day(1, 4), 40)];
    const state = calendarVolume({ ...base, runs, today: day(2, 0) });
    expect(state.weeks.map((w) => w.cap)).toEqual([90, 99, 108.9]);
    // Week 2 ran 120 > 99: the next cap grows from the cap (99), not from the 120 run.
    expect(state.thisWeekCap).toBe(108.9);
    expect(state.overCapRuns.size).toBe(1);
    expect(state.overCapRuns.has(runs[5]!.id)).toBe(true);
  });

  it('does not grow after a week with a stop or a regression, and never above the goal', () => {
    const runs = [run(day(0, 0), 30), run(day(0, 2), 20, true), run(day(0, 4), 30)];
    expect(calendarVolume({ ...base, runs, today: day(1, 3) }).thisWeekCap).toBe(80);
    const capped = calendarVolume({ ...base, goalWeeklyMinutes: 95, runs: [run(day(0, 0), 30), run(day(0, 2), 30), run(day(0, 4), 30)], today: day(1, 0) });
    expect(capped.thisWeekCap).toBe(95);
    expect(capped.nextWeekCap).toBe(95);
  });

  it('halves the first week back after a break of more than gapDays', () => {
    const runs = [run(day(0, 0), 40), run(day(0, 2), 40), run(day(0, 4), 40), run(day(2, 2), 20)];
    const state = calendarVolume({ ...base, firstCap: 120, runs, today: day(2, 3) });
    // Week 1 ran 120; nothing in week 2 (the cap stays); the return in week 3 (12 days later) starts at 60.
    expect(state.weeks.map((w) => w.cap)).toEqual([120, 132, 60]);
    expect(state.completedThisWeekMinutes).toBe(20);
  });

  it('keeps the cap after a short break that leaves no week empty', () => {
    const runs = [run(day(0, 0), 30), run(day(0, 2), 30), run(day(0, 4), 30), run(day(1, 3), 30)];
    expect(calendarVolume({ ...base, runs, today: day(1, 4) }).thisWeekCap).toBe(99);
  });

  it('projects next week from this week at its cap', () => {
    const state = calendarVolume({ ...base, runs: [run(day(0, 0), 30)], today: day(0, 1) });
    expect(state.thisWeekCap).toBe(90);
    expect(state.nextWeekCap).toBe(99);
  });

  it('tells whether a new run would take its week over the cap', () => {
    const state = calendarVolume({ ...base, runs: [run(day(0, 0), 30), run(day(0, 2), 30)], today: day(0, 4) });
    expect(runGoesOverCap(state, day(0, 4), 30)).toBe(false);
    expect(runGoesOverCap(state, day(0, 4), 31)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { resolveSettings } from '@/lib/protocol';
import {
  adherencePercent,
  adherenceText,
  adherenceWindow,
  combineAdherence,
  computeAdherence,
  prescriptionsFor,
  weeklyAdherence,
  weeklyPrescription,
  type PrescriptionLookup,
  type WeeklyPrescription,
} from './adherence';

const seed = resolveSettings('seed');

describe('weeklyPrescription (from the planner)', () => {
  it('counts the sessions a week of each phase prescribes, leaving out the "or rest" days', () => {
    expect(weeklyPrescription('foundation', seed, 150)).toEqual({ run: 0, strength: 3, mobility: 2 });
    expect(weeklyPrescription('paused', seed, 150)).toEqual({ run: 0, strength: 3, mobility: 2 });
    // Every running phase: up to maxRunDaysPerWeek runs and 2 strength days that are not optional; full and
    // maintenance add a mobility day.
    expect(weeklyPrescription('walk_run', seed, 150)).toEqual({ run: 3, strength: 2, mobility: 0 });
    expect(weeklyPrescription('walk_run', { ...seed, maxRunDaysPerWeek: 2 }, 150)).toEqual({ run: 2, strength: 2, mobility: 0 });
    expect(weeklyPrescription('continuous', seed, 150)).toEqual({ run: 3, strength: 2, mobility: 0 });
    expect(weeklyPrescription('continuous', { ...seed, maxRunDaysPerWeek: 2 }, 150)).toEqual({ run: 2, strength: 2, mobility: 0 });
    expect(weeklyPrescription('full', seed, 150)).toEqual({ run: 3, strength: 2, mobility: 1 });
    expect(weeklyPrescription('maintenance', seed, 150)).toEqual({ run: 3, strength: 2, mobility: 1 });
    expect(weeklyPrescription('discharged', seed, 150)).toEqual({ run: 0, strength: 0, mobility: 0 });
  });

  it('plans each phase once per runner, and once for runners sharing settings', () => {
    const memo = new Map<string, WeeklyPrescription>();
    const ada = prescriptionsFor(seed, 150, memo);
    const ben = prescriptionsFor({ ...seed }, 150, memo);
    const eve = prescriptionsFor({ ...seed, maxRunDaysPerWeek: 2 }, 150, memo);
    expect(ada('walk_run')).toBe(ben('walk_run'));
    expect(eve('walk_run').run).toBe(2);
    expect(memo.size).toBe(2);
  });
});

/** A fixed lookup, so these tests hold whatever the planner lays out. */
const WEEKS: Record<string, WeeklyPrescription> = {
  foundation: { run: 0, strength: 3, mobility: 2 },
  walk_run: { run: 3, strength: 2, mobility: 0 },
};
const fixed: PrescriptionLookup = (phase) => WEEKS[phase] ?? { run: 0, strength: 0, mobility: 0 };

describe('computeAdherence over a range', () => {
  const walkRun = [{ phase: 'walk_run', startedOn: '2026-01-01', endedOn: null }];

  it('counts every day of the range, both ends included', () => {
    // 14 days × 3/7 runs = 6, × 2/7 strength = 4.
    const twoWeeks = computeAdherence({ range: { from: '2026-03-06', to: '2026-03-19' }, periods: walkRun, logged: [], prescriptionFor: fixed });
    expect(twoWeeks).toEqual({ from: '2026-03-06', to: '2026-03-19', prescribed: 10, done: 0, percent: 0, level: 'poor' });
    // One day: 3/7 run → 0, 2/7 strength → 0.
    expect(computeAdherence({ range: { from: '2026-03-06', to: '2026-03-06' }, periods: walkRun, logged: [], prescriptionFor: fixed })).toMatchObject({ prescribed: 0, percent: null });
    // 10 days: 30/7 = 4.3 → 4 runs, 20/7 = 2.9 → 3 strength; each kind rounded on its own.
    expect(computeAdherence({ range: { from: '2026-03-01', to: '2026-03-10' }, periods: walkRun, logged: [], prescriptionFor: fixed })).toMatchObject({ prescribed: 7 });
    // A year of walk-run: 365 × 3/7 = 156.4 → 156 runs, 365 × 2/7 = 104.3 → 104 strength.
    expect(computeAdherence({ range: { from: '2026-01-01', to: '2026-12-31' }, periods: walkRun, logged: [], prescriptionFor: fixed })).toMatchObject({ prescribed: 260 });
    // An empty range (to before from) prescribes nothing.
    expect(computeAdherence({ range: { from: '2026-03-06', to: '2026-03-05' }, periods: walkRun, logged: [], prescriptionFor: fixed })).toMatchObject({ prescribed: 0, done: 0, percent: null, level: 'none' });
  });

  it('credits logged sessions of the prescribed kinds inside the range, once a day, at most what was prescribed per kind', () => {
    const result = computeAdherence({
      range: { from: '2026-03-06', to: '2026-03-19' },
      periods: walkRun,
      logged: [
        { date: '2026-03-05', kind: 'run' }, // before the range
        { date: '2026-03-06', kind: 'run' },
        { date: '2026-03-08', kind: 'run' },
        { date: '2026-03-08', kind: 'run' }, // a second run that day counts once
        { date: '2026-03-10', kind: 'run' },
        { date: '2026-03-12', kind: 'strength' },
        { date: '2026-03-12', kind: 'mobility' }, // walk-run prescribes no mobility
        { date: '2026-03-20', kind: 'run' }, // after the range
      ],
      prescriptionFor: fixed,
    });
    // 3 of 6 runs + 1 of 4 strength = 4 of 10.
    expect(result).toEqual({ from: '2026-03-06', to: '2026-03-19', prescribed: 10, done: 4, percent: 40, level: 'poor' });
    expect(adherenceText(result)).toBe('4 of 10 (40 %)');

    const extraRuns = computeAdherence({
      range: { from: '2026-03-06', to: '2026-03-12' },
      periods: walkRun,
      logged: ['06', '07', '08', '09', '10'].map((d) => ({ date: `2026-03-${d}`, kind: 'run' as const })),
      prescriptionFor: fixed,
    });
    // 5 runs against 3 prescribed: 3 credited; the 2 strength sessions were missed.
    expect(extraRuns).toMatchObject({ prescribed: 5, done: 3, percent: 60, level: 'fair' });
  });

  it('follows the phase of each day, and nothing before the first plan', () => {
    const mixed = computeAdherence({
      range: { from: '2026-03-06', to: '2026-03-19' },
      periods: [
        { phase: 'foundation', startedOn: '2026-02-01', endedOn: '2026-03-13' },
        { phase: 'walk_run', startedOn: '2026-03-13', endedOn: null },
      ],
      logged: [
        { date: '2026-03-07', kind: 'strength' },
        { date: '2026-03-09', kind: 'strength' },
        { date: '2026-03-11', kind: 'strength' },
        { date: '2026-03-10', kind: 'mobility' },
        { date: '2026-03-14', kind: 'strength' },
        { date: '2026-03-13', kind: 'run' },
        { date: '2026-03-15', kind: 'run' },
        { date: '2026-03-17', kind: 'run' },
        { date: '2026-03-12', kind: 'run' }, // a run in foundation was not prescribed
      ],
      prescriptionFor: fixed,
    });
    // 7 foundation days (3 strength, 2 mobility) then 7 walk-run days (3 runs, 2 strength): 3 runs, 5 strength, 2 mobility.
    // Done: 3 runs, 4 strength, 1 mobility = 8 of 10.
    expect(mixed).toMatchObject({ prescribed: 10, done: 8, percent: 80, level: 'good' });

    const fresh = computeAdherence({
      range: { from: '2026-03-06', to: '2026-03-19' },
      periods: [{ phase: 'foundation', startedOn: '2026-03-20', endedOn: null }],
      logged: [{ date: '2026-03-10', kind: 'strength' }],
      prescriptionFor: fixed,
    });
    expect(fresh).toMatchObject({ prescribed: 0, done: 0, percent: null, level: 'none' });
    expect(adherenceText(fresh)).toBe('No sessions due yet');
  });

  it('the 14-day window ends yesterday', () => {
    expect(adherenceWindow('2026-03-20')).toEqual({ from: '2026-03-06', to: '2026-03-19' });
  });
});

describe('weeklyAdherence', () => {
  it('is computeAdherence over consecutive 7-day weeks ending on the day given, oldest first', () => {
    const lookup: PrescriptionLookup = () => ({ run: 3, strength: 2, mobility: 0 });
    const periods = [{ phase: 'walk_run', startedOn: '2026-10-01', endedOn: null }];
    // Week 1 (2026-11-17..23): two runs; week 2 (2026-11-24..30): every session.
    const logged = [
      { date: '2026-11-18', kind: 'run' as const },
      { date: '2026-11-20', kind: 'run' as const },
      ...['2026-11-24', '2026-11-26', '2026-11-28'].map((date) => ({ date, kind: 'run' as const })),
      ...['2026-11-25', '2026-11-27'].map((date) => ({ date, kind: 'strength' as const })),
    ];
    const weeks = weeklyAdherence({ to: '2026-11-30', weeks: 3, periods, logged, prescriptionFor: lookup });
    expect(weeks.map((w) => [w.from, w.to, w.done, w.prescribed, w.percent])).toEqual([
      ['2026-11-10', '2026-11-16', 0, 5, 0],
      ['2026-11-17', '2026-11-23', 2, 5, 40],
      ['2026-11-24', '2026-11-30', 5, 5, 100],
    ]);
    const window = computeAdherence({ range: { from: '2026-11-17', to: '2026-11-30' }, periods, logged, prescriptionFor: lookup });
    expect(window.done).toBe(weeks[1]!.done + weeks[2]!.done);
  });
});

describe('a group of runners', () => {
  it('adds prescribed and done, then takes the percent', () => {
    const range = { from: '2026-01-01', to: '2026-01-28' };
    expect(combineAdherence(range, [{ prescribed: 12, done: 12 }, { prescribed: 8, done: 2 }, { prescribed: 0, done: 0 }])).toEqual({
      ...range,
      prescribed: 20,
      done: 14,
      percent: 70,
      level: 'fair',
    });
    expect(combineAdherence(range, [])).toMatchObject({ prescribed: 0, percent: null, level: 'none' });
    expect([adherencePercent(2, 3), adherencePercent(1, 3), adherencePercent(0, 0)]).toEqual([67, 33, null]);
  });
});

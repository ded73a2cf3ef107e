import { describe, expect, it } from 'vitest';
import { resolveSettings } from '@/lib/protocol';
import { adherenceText, computeAdherence, prescriptionsFor, weeklyPrescription } from './adherence';

const seed = resolveSettings('seed');

describe('weeklyPrescription (from the planner)', () => {
  it('counts the sessions a week of each phase prescribes, leaving out the "or rest" days', () => {
    expect(weeklyPrescription('foundation', seed, 150)).toEqual({ run: 0, strength: 3, mobility: 2 });
    expect(weeklyPrescription('walk_run', seed, 150)).toEqual({ run: 3, strength: 0, mobility: 0 });
    expect(weeklyPrescription('walk_run', { ...seed, maxRunDaysPerWeek: 2 }, 150)).toEqual({ run: 2, strength: 0, mobility: 0 });
    expect(weeklyPrescription('continuous', seed, 150)).toEqual({ run: 3, strength: 0, mobility: 0 });
    expect(weeklyPrescription('full', seed, 150)).toEqual({ run: 3, strength: 2, mobility: 1 });
    expect(weeklyPrescription('paused', seed, 150)).toEqual({ run: 0, strength: 3, mobility: 2 });
    expect(weeklyPrescription('discharged', seed, 150)).toEqual({ run: 0, strength: 0, mobility: 0 });
  });
});

describe('computeAdherence', () => {
  const today = '2026-03-20';
  const prescriptionFor = prescriptionsFor(seed, 150);

  it('credits logged sessions of the prescribed kinds, at most what was prescribed per kind', () => {
    const result = computeAdherence({
      today,
      periods: [{ phase: 'walk_run', startedOn: '2026-01-01', endedOn: null }],
      logged: [
        { date: '2026-03-06', kind: 'run' },
        { date: '2026-03-08', kind: 'run' },
        { date: '2026-03-08', kind: 'run' },
        { date: '2026-03-10', kind: 'run' },
        { date: '2026-03-12', kind: 'strength' },
        { date: '2026-03-20', kind: 'run' },
        { date: '2026-03-05', kind: 'run' },
      ],
      prescriptionFor,
    });
    expect(result).toEqual({ from: '2026-03-06', to: '2026-03-19', prescribed: 6, done: 3, percent: 50, level: 'fair' });
    expect(adherenceText(result)).toBe('3 of 6 (50 %)');
  });

  it('follows the phase of each day and says when nothing was due', () => {
    const mixed = computeAdherence({
      today,
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
      ],
      prescriptionFor,
    });
    // 7 foundation days (3 strength, 2 mobility) then 7 walk-run days (3 runs); the strength day in walk-run is extra.
    expect(mixed).toMatchObject({ prescribed: 8, done: 7, percent: 88, level: 'good' });
    const fresh = computeAdherence({ today, periods: [{ phase: 'foundation', startedOn: today, endedOn: null }], logged: [], prescriptionFor });
    expect(fresh).toMatchObject({ prescribed: 0, done: 0, percent: null, level: 'none' });
    expect(adherenceText(fresh)).toBe('No sessions due yet');
  });
});

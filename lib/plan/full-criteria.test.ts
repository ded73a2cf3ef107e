import { describe, expect, it } from 'vitest';
import { fullCriteriaReport, type DecidedRun } from './full-criteria';

const today = '2026-03-20';
const green = (date: string, runMinutes = 32): DecidedRun => ({ date, runMinutes, action: 'progress' });

describe('fullCriteriaReport', () => {
  it('is met by two weeks of green runs of at least 30 min', () => {
    const runs = ['2026-03-08', '2026-03-10', '2026-03-12', '2026-03-15', '2026-03-17', '2026-03-19'].map((d) => green(d));
    const report = fullCriteriaReport(runs, today, '2026-02-01');
    expect(report.met).toBe(true);
    expect(report.weeks).toEqual([
      { from: '2026-03-07', to: '2026-03-13', runs: 3, problems: [] },
      { from: '2026-03-14', to: '2026-03-20', runs: 3, problems: [] },
    ]);
  });

  it('says what keeps each week from counting', () => {
    const runs = [green('2026-03-15', 25), { date: '2026-03-17', runMinutes: 31, action: 'repeat' as const }, { date: '2026-03-19', runMinutes: 20, action: null }];
    const report = fullCriteriaReport(runs, today, '2026-02-01');
    expect(report.met).toBe(false);
    expect(report.weeks.map((w) => w.problems)).toEqual([['has no runs'], ['has 2 runs under 30 min', 'has 2 runs that were not green (or went over the week\'s volume cap)']]);
  });

  it('counts only runs of the current continuous plan', () => {
    const runs = ['2026-03-08', '2026-03-10', '2026-03-15', '2026-03-17'].map((d) => green(d));
    const report = fullCriteriaReport(runs, today, '2026-03-14');
    expect(report.met).toBe(false);
    expect(report.weeks[0]?.problems).toEqual(['falls before the continuous plan started']);
  });
});

describe('fullCriteriaReport and the weekly cap', () => {
  it('does not count a green run that took its week over the volume cap', () => {
    const runs = ['2026-03-08', '2026-03-10', '2026-03-12', '2026-03-15', '2026-03-17', '2026-03-19'].map((d) => green(d));
    const overCap = runs.map((run, i) => (i === 5 ? { ...run, overCap: true } : run));
    expect(fullCriteriaReport(runs, today, '2026-02-01').met).toBe(true);
    expect(fullCriteriaReport(overCap, today, '2026-02-01').met).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { resolveSettings } from '@/lib/protocol';
import { calendarVolume } from './volume';
import { weeklyVolume } from './weekly-volume';

describe('weeklyVolume: calendar weeks with the plan owner’s caps', () => {
  it('sums run minutes per Monday–Sunday week and shows the cap only for weeks after the ladder', () => {
    // 2026-03-02 and 2026-03-09 are Mondays.
    const runs = [
      { id: 'a', date: '2026-03-02', runMinutes: 30, action: 'progress' as const },
      { id: 'b', date: '2026-03-04', runMinutes: 30, action: 'progress' as const },
      { id: 'c', date: '2026-03-09', runMinutes: 35, action: 'progress' as const },
      { id: 'd', date: '2026-03-11', runMinutes: 35, action: 'regress' as const },
      { id: 'e', date: '2026-03-16', runMinutes: 40, action: 'progress' as const },
    ];
    const periods = [
      { phase: 'walk_run', startedOn: '2026-02-01', endedOn: '2026-03-09' },
      { phase: 'continuous', startedOn: '2026-03-09', endedOn: null },
    ];
    const volume = calendarVolume({
      periodStart: '2026-03-09',
      firstCap: 66,
      runs: runs.filter((r) => r.date >= '2026-03-09').map((r) => ({ id: r.id, date: r.date, runMinutes: r.runMinutes, setback: r.action === 'regress' })),
      today: '2026-03-17',
      previousRunDate: '2026-03-04',
      goalWeeklyMinutes: 150,
      settings: resolveSettings('seed'),
    });
    const weeks = weeklyVolume({ runs, periods, volume, today: '2026-03-17', weeks: 3 });
    expect(weeks).toEqual([
      { start: '2026-03-02', end: '2026-03-08', label: '2 Mar–8 Mar', minutes: 60, runs: 2, cap: null, pacing: 'ladder', setback: false },
      { start: '2026-03-09', end: '2026-03-15', label: '9 Mar–15 Mar', minutes: 70, runs: 2, cap: 66, pacing: 'cap', setback: true },
      // After a week with a regression the cap does not grow: min(goal, completed 70, cap 66).
      { start: '2026-03-16', end: '2026-03-22', label: '16 Mar–22 Mar', minutes: 40, runs: 1, cap: 66, pacing: 'cap', setback: false },
    ]);
  });
});

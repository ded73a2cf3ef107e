import { describe, expect, it } from 'vitest';
import { resolveSettings } from '@/lib/protocol';
import { weeklyVolume } from './weekly-volume';

describe('weeklyVolume', () => {
  it('sums run minutes per seven-day week ending yesterday and shows the 10 % cap once running is continuous', () => {
    const weeks = weeklyVolume({
      today: '2026-03-22',
      settings: resolveSettings('seed'),
      goalWeeklyMinutes: 150,
      weeks: 3,
      periods: [
        { phase: 'walk_run', startedOn: '2026-02-01', endedOn: '2026-03-08' },
        { phase: 'continuous', startedOn: '2026-03-08', endedOn: null },
      ],
      runs: [
        { date: '2026-03-02', runMinutes: 30, action: 'progress' },
        { date: '2026-03-04', runMinutes: 30, action: 'progress' },
        { date: '2026-03-09', runMinutes: 35, action: 'progress' },
        { date: '2026-03-11', runMinutes: 35, action: 'regress' },
        { date: '2026-03-16', runMinutes: 40, action: 'progress' },
        { date: '2026-03-22', runMinutes: 40, action: 'progress' },
      ],
    });
    expect(weeks).toEqual([
      { from: '2026-03-01', to: '2026-03-07', completedMinutes: 60, setback: false, capMinutes: null, pacing: 'ladder' },
      { from: '2026-03-08', to: '2026-03-14', completedMinutes: 70, setback: true, capMinutes: 66, pacing: 'cap' },
      // After a week with a regression the cap does not grow.
      { from: '2026-03-15', to: '2026-03-21', completedMinutes: 40, setback: false, capMinutes: 70, pacing: 'cap' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { shortDate, weeklyRunMinutes } from './weekly-minutes';

describe('weekly run minutes', () => {
  it('sums runs into 7-day windows ending today, oldest first', () => {
    const weeks = weeklyRunMinutes(
      [
        { date: '2026-11-13', runMinutes: 12 },
        { date: '2026-11-20', runMinutes: 18 },
        { date: '2026-11-21', runMinutes: 20 },
        { date: '2026-11-27', runMinutes: 25 },
      ],
      '2026-11-27',
      3,
    );
    expect(weeks.map((w) => [w.start, w.end, w.minutes, w.runs])).toEqual([
      ['2026-11-07', '2026-11-13', 12, 1],
      ['2026-11-14', '2026-11-20', 18, 1],
      ['2026-11-21', '2026-11-27', 45, 2],
    ]);
    expect(weeks[2]?.label).toBe('21 Nov–27 Nov');
  });

  it('writes short dates without a locale', () => {
    expect(shortDate('2027-01-05')).toBe('5 Jan');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatLongDate, fromDayNumber, isIsoDate, isoWeekStart, mondayOf, toDayNumber, weekdayIndex } from './dates';

describe('dates (UTC, on YYYY-MM-DD strings)', () => {
  it('adds days across month, leap-year and DST boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2025-01-01', '2025-01-15')).toBe(14);
    expect(daysBetween('2025-01-15', '2025-01-01')).toBe(-14);
  });

  it('knows weekdays (Monday = 0)', () => {
    expect(weekdayIndex('2025-01-06')).toBe(0);
    expect(weekdayIndex('2025-01-12')).toBe(6);
    expect(mondayOf('2025-01-12')).toBe('2025-01-06');
    expect(formatLongDate('2025-01-08')).toBe('Wednesday 8 January');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2025-01-06')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-6')).toBe(false);
    expect(isIsoDate('2025-01-06T00:00:00Z')).toBe(false);
    expect(() => addDays('nope', 1)).toThrow(RangeError);
  });

  it('counts days as the calendar does, for every date from year 0 to 9999', () => {
    const viaDate = (y: number, m: number, d: number) => {
      const at = new Date(0);
      at.setUTCFullYear(y, m - 1, d);
      return Math.round(at.getTime() / 86_400_000);
    };
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-03-01')).toBe(viaDate(2000, 3, 1));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const probe = new Date(0);
        probe.setUTCFullYear(y, m - 1, d);
        const real = probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
        expect(isIsoDate(date)).toBe(real);
        if (!real) return;
        expect(toDayNumber(date)).toBe(viaDate(y, m, d));
        expect(fromDayNumber(toDayNumber(date))).toBe(date);
      }),
      { numRuns: 2000 },
    );
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-00-10')).toBe(false);
  });

  it('isoWeekStart is the Monday of the calendar week', () => {
    expect(isoWeekStart('2025-01-06')).toBe('2025-01-06');
    expect(isoWeekStart('2025-01-12')).toBe('2025-01-06');
    expect(isoWeekStart('2025-01-01')).toBe('2024-12-30');
  });
});

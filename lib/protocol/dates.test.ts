import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatLongDate, isIsoDate, mondayOf, weekdayIndex } from './dates';

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
});

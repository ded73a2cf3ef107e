import { describe, expect, it } from 'vitest';
import { shortDate } from './weekly-minutes';

describe('shortDate', () => {
  it('gives the day and the month', () => {
    expect(shortDate('2027-01-05')).toBe('5 Jan');
    expect(shortDate('2026-12-31')).toBe('31 Dec');
  });
});

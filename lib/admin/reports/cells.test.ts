import { describe, expect, it } from 'vitest';
import { countCell, derivedCell, derivedCountCell, HIDDEN_TEXT, isSmallCount, NO_DATA_TEXT, per100, SMALL_COUNT_TEXT } from './cells';

describe('small-number suppression', () => {
  it('treats 1 to 4 as small, 0 and 5 as not', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(isSmallCount)).toEqual([false, true, true, true, true, false, false]);
  });

  it('shows counts of 1 to 4 as "< 5" and draws nothing for them', () => {
    expect(countCell(0)).toEqual({ text: '0', value: 0 });
    expect(countCell(1)).toEqual({ text: SMALL_COUNT_TEXT, value: null });
    expect(countCell(4)).toEqual({ text: '< 5', value: null });
    expect(countCell(5)).toEqual({ text: '5', value: 5 });
  });

  it('hides a derived number drawn from fewer than 5 runners or from a hidden count', () => {
    expect(derivedCell(80, 4)).toEqual({ text: HIDDEN_TEXT, value: null });
    expect(derivedCell(80, 5)).toEqual({ text: '80.0', value: 80 });
    expect(derivedCell(12.345, 9)).toEqual({ text: '12.3', value: 12.3 });
    expect(derivedCell(3.2, 9, { smallEvents: true })).toEqual({ text: HIDDEN_TEXT, value: null });
  });

  it('rounds to whole numbers when asked (adherence percent)', () => {
    expect(derivedCell(77, 6, { decimals: 0 })).toEqual({ text: '77', value: 77 });
    expect(derivedCell(76.9, 6, { decimals: 0 })).toEqual({ text: '77', value: 77 });
    expect(derivedCell(77, 4, { decimals: 0 })).toEqual({ text: HIDDEN_TEXT, value: null });
  });

  it('shows a dash when there is nothing to compute', () => {
    expect(derivedCell(null, 7)).toEqual({ text: NO_DATA_TEXT, value: null });
    expect(derivedCell(50, 0)).toEqual({ text: NO_DATA_TEXT, value: null });
  });

  it('hides session totals of a small group of runners', () => {
    expect(derivedCountCell(12, 3)).toEqual({ text: HIDDEN_TEXT, value: null });
    expect(derivedCountCell(40, 6)).toEqual({ text: '40', value: 40 });
    expect(derivedCountCell(0, 0)).toEqual({ text: '0', value: 0 });
  });

  it('computes a rate per 100', () => {
    expect(per100(3, 60)).toBe(5);
    expect(per100(1, 0)).toBeNull();
  });
});

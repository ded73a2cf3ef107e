import { describe, expect, it } from 'vitest';
import { thinnedLabels } from './plot';

describe('thinnedLabels', () => {
  it('labels every point when there are few', () => {
    expect(thinnedLabels(3)).toEqual([
      { index: 0, minor: false },
      { index: 1, minor: false },
      { index: 2, minor: false },
    ]);
  });

  it('keeps the first and last point on a phone and at most about three labels there', () => {
    for (const count of [4, 7, 12, 25, 60]) {
      const labels = thinnedLabels(count);
      const phone = labels.filter((label) => !label.minor).map((label) => label.index);
      expect(phone[0]).toBe(0);
      expect(phone.at(-1)).toBe(count - 1);
      expect(phone.length).toBeLessThanOrEqual(4);
      expect(labels.length).toBeLessThanOrEqual(8);
      expect(new Set(labels.map((label) => label.index)).size).toBe(labels.length);
    }
  });

  it('has no labels for no points', () => {
    expect(thinnedLabels(0)).toEqual([]);
  });
});

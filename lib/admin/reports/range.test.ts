import { describe, expect, it } from 'vitest';
import { defaultRange, rangePresets, rangeSearch, resolveRange } from './range';

const TODAY = '2026-03-15';

describe('report range', () => {
  it('defaults to the last 90 days, today included', () => {
    expect(defaultRange(TODAY)).toEqual({ from: '2025-12-16', to: TODAY });
    expect(resolveRange({}, TODAY)).toEqual({ ok: true, range: { from: '2025-12-16', to: TODAY } });
  });

  it('accepts a valid range and takes the first of repeated parameters', () => {
    expect(resolveRange({ from: '2026-01-01', to: '2026-01-31' }, TODAY)).toEqual({ ok: true, range: { from: '2026-01-01', to: '2026-01-31' } });
    expect(resolveRange({ from: ['2026-02-01', 'x'], to: '2026-02-28' }, TODAY)).toMatchObject({ ok: true, range: { from: '2026-02-01' } });
  });

  it('counts 90 days back from an end given without a start', () => {
    expect(resolveRange({ to: '2026-02-28' }, TODAY)).toEqual({ ok: true, range: { from: '2025-12-01', to: '2026-02-28' } });
  });

  it('answers field errors and the default range for bad input', () => {
    expect(resolveRange({ from: '2026-02-30', to: TODAY }, TODAY)).toMatchObject({ ok: false, range: defaultRange(TODAY), errors: { from: expect.stringContaining('real date') } });
    expect(resolveRange({ from: '2026-03-10', to: '2026-03-01' }, TODAY)).toMatchObject({ ok: false, errors: { from: 'The start must be on or before the end.' } });
    expect(resolveRange({ from: '2026-03-01', to: '2026-03-16' }, TODAY)).toMatchObject({ ok: false, errors: { to: 'The range cannot end after today.' } });
    expect(resolveRange({ from: '2023-01-01', to: TODAY }, TODAY)).toMatchObject({ ok: false, errors: { from: 'Choose a range of at most two years.' } });
    expect(resolveRange({ from: 'yesterday', to: 'nonsense' }, TODAY).ok).toBe(false);
  });

  it('offers the previous calendar month among the presets', () => {
    const presets = rangePresets(TODAY);
    expect(presets.find((p) => p.label === 'Previous month')?.range).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presets.find((p) => p.label === 'Last 30 days')?.range).toEqual({ from: '2026-02-14', to: TODAY });
    expect(rangePresets('2026-01-10').find((p) => p.label === 'Previous month')?.range).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('writes the range as search parameters', () => {
    expect(rangeSearch({ from: '2026-01-01', to: '2026-01-31' })).toBe('from=2026-01-01&to=2026-01-31');
  });
});

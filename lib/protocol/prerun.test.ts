import { describe, expect, it } from 'vitest';
import { preRunCheck } from './prerun';
import { resolveSettings } from './settings';

const calm = { painNow: 0, swellingOver24h: false, limpingWhenWalking: false };

describe('preRunCheck: the three questions before a run', () => {
  it('clear: the run is on', () => {
    expect(preRunCheck(calm)).toEqual({ action: 'run', rules: ['prerun.clear'] });
    expect(preRunCheck({ ...calm, painNow: 2 })).toEqual({ action: 'run', rules: ['prerun.clear'] });
  });

  it('pain now above the allowance: rest today', () => {
    expect(preRunCheck({ ...calm, painNow: 3 })).toEqual({ action: 'rest_today', rules: ['prerun.pain_today'] });
    expect(preRunCheck({ ...calm, painNow: 6 })).toEqual({ action: 'rest_today', rules: ['prerun.pain_today'] });
  });

  it('pain now at or above stopPain: stop (pain.severe)', () => {
    expect(preRunCheck({ ...calm, painNow: 7 })).toEqual({ action: 'stop', rules: ['pain.severe'] });
    expect(preRunCheck({ ...calm, painNow: 10 })).toEqual({ action: 'stop', rules: ['pain.severe'] });
  });

  it('swelling over 24 h or limping: stop with the red flag, both when both, and pain.severe too', () => {
    expect(preRunCheck({ ...calm, swellingOver24h: true })).toEqual({ action: 'stop', rules: ['red_flag.swelling_24h'] });
    expect(preRunCheck({ ...calm, limpingWhenWalking: true })).toEqual({ action: 'stop', rules: ['red_flag.limping'] });
    expect(preRunCheck({ painNow: 8, swellingOver24h: true, limpingWhenWalking: true })).toEqual({
      action: 'stop',
      rules: ['red_flag.swelling_24h', 'red_flag.limping', 'pain.severe'],
    });
    expect(preRunCheck({ ...calm, painNow: 4, limpingWhenWalking: true })).toEqual({ action: 'stop', rules: ['red_flag.limping'] });
  });

  it('uses the preset: bone_stress rests on any pain and stops at 3', () => {
    const s = resolveSettings('bone_stress');
    expect(preRunCheck(calm, s).action).toBe('run');
    expect(preRunCheck({ ...calm, painNow: 1 }, s)).toEqual({ action: 'rest_today', rules: ['prerun.pain_today'] });
    expect(preRunCheck({ ...calm, painNow: 2 }, s).action).toBe('rest_today');
    expect(preRunCheck({ ...calm, painNow: 3 }, s)).toEqual({ action: 'stop', rules: ['pain.severe'] });
    const t = resolveSettings('tendinopathy');
    expect(preRunCheck({ ...calm, painNow: 5 }, t).action).toBe('run');
    expect(preRunCheck({ ...calm, painNow: 6 }, t).action).toBe('rest_today');
  });

  it('rejects answers that are not answers', () => {
    expect(() => preRunCheck({ ...calm, painNow: 11 })).toThrow(/painNow/);
    expect(() => preRunCheck({ ...calm, painNow: 2.5 })).toThrow(/painNow/);
    expect(() => preRunCheck({ ...calm, limpingWhenWalking: 'no' as unknown as boolean })).toThrow(/limpingWhenWalking/);
  });
});

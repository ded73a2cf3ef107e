import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideRun } from './decide';
import { DEFAULT_SETTINGS, PAIN_PRESET_IDS, PAIN_PRESETS, resolveSettings, SETTINGS_LIMITS, withDefaults } from './settings';
import { makeRun } from './test-fixtures';
import type { PainPreset } from './types';

describe('settings', () => {
  it('has the spec defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      painAllowance: 2,
      sessionMinutes: 30,
      weeklyIncrease: 0.1,
      maxRunDaysPerWeek: 3,
      painMayRise: false,
      stopPain: 7,
      gapDays: 7,
    });
    expect(withDefaults()).toEqual(DEFAULT_SETTINGS);
  });

  it('has the three presets of the spec, with version 2 stop thresholds', () => {
    expect(PAIN_PRESETS).toEqual({
      seed: { painAllowance: 2, stopPain: 7, painMayRise: false },
      tendinopathy: { painAllowance: 5, stopPain: 7, painMayRise: true },
      bone_stress: { painAllowance: 0, stopPain: 3, painMayRise: false },
    });
    expect(resolveSettings('seed')).toEqual(DEFAULT_SETTINGS);
    expect(resolveSettings('bone_stress')).toMatchObject({ painAllowance: 0, stopPain: 3 });
  });

  it('has the version 2 limits: at most 3 run days, at most 10 %, stopPain 1–10, gapDays 3–7', () => {
    expect(SETTINGS_LIMITS.maxRunDaysPerWeek).toEqual({ min: 1, max: 3, integer: true });
    expect(SETTINGS_LIMITS.weeklyIncrease).toEqual({ min: 0, max: 0.1, integer: false });
    expect(SETTINGS_LIMITS.stopPain).toEqual({ min: 1, max: 10, integer: true });
    expect(SETTINGS_LIMITS.gapDays).toEqual({ min: 3, max: 7, integer: true });
  });

  it('applies override layers after the preset, in order, ignoring unknown keys and nulls', () => {
    const s = resolveSettings('bone_stress', { sessionMinutes: 40, maxRunDaysPerWeek: 2, colour: 'red' }, { maxRunDaysPerWeek: 1, weeklyIncrease: null }, undefined);
    expect(s).toEqual({ painAllowance: 0, painMayRise: false, sessionMinutes: 40, weeklyIncrease: 0.1, maxRunDaysPerWeek: 1, stopPain: 3, gapDays: 7 });
    expect(resolveSettings('tendinopathy', { painAllowance: 4 }).painAllowance).toBe(4);
    expect(resolveSettings('seed', { sessionMinutes: 40 }, { sessionMinutes: 20 }).sessionMinutes).toBe(20);
  });

  it('refuses values outside the limits rather than running other clinical numbers', () => {
    expect(() => resolveSettings('seed', { painAllowance: 11 })).toThrow(/painAllowance/);
    expect(() => resolveSettings('seed', { weeklyIncrease: '0.1' })).toThrow(/weeklyIncrease/);
    expect(() => resolveSettings('seed', { weeklyIncrease: 0.11 })).toThrow(/weeklyIncrease/);
    expect(() => resolveSettings('seed', { maxRunDaysPerWeek: 4 })).toThrow(/maxRunDaysPerWeek/);
    expect(() => resolveSettings('seed', { maxRunDaysPerWeek: 0 })).toThrow(/maxRunDaysPerWeek/);
    expect(() => resolveSettings('seed', { sessionMinutes: 30.5 })).toThrow(/sessionMinutes/);
    expect(() => resolveSettings('seed', { stopPain: 0 })).toThrow(/stopPain/);
    expect(() => resolveSettings('seed', { stopPain: 11 })).toThrow(/stopPain/);
    expect(() => resolveSettings('seed', { stopPain: 6.5 })).toThrow(/stopPain/);
    expect(() => resolveSettings('seed', { gapDays: 2 })).toThrow(/gapDays/);
    expect(() => resolveSettings('seed', { gapDays: 8 })).toThrow(/gapDays/);
    expect(() => resolveSettings('seed', { painMayRise: 'yes' })).toThrow(/painMayRise/);
    expect(() => resolveSettings('other' as PainPreset)).toThrow(/preset/);
    expect(() => withDefaults({ stopPain: 12 })).toThrow(/stopPain/);
  });
});

describe('resolveSettings: a layer may only tighten the safety limits', () => {
  it('a clinic allowance of 5 does not loosen bone_stress (0) or seed (2); a stricter one applies', () => {
    expect(resolveSettings('bone_stress', { painAllowance: 5 }).painAllowance).toBe(0);
    expect(resolveSettings('seed', { painAllowance: 5 }).painAllowance).toBe(2);
    expect(resolveSettings('seed', { painAllowance: 1 }).painAllowance).toBe(1);
  });

  it('a stopPain of 9 keeps 3 on bone_stress and 7 on seed; a lower one applies', () => {
    expect(resolveSettings('bone_stress', { stopPain: 9 }).stopPain).toBe(3);
    expect(resolveSettings('seed', { stopPain: 9 }).stopPain).toBe(7);
    expect(resolveSettings('seed', { stopPain: 5 }).stopPain).toBe(5);
  });

  it('painMayRise may be turned off, never on', () => {
    expect(resolveSettings('seed', { painMayRise: true }).painMayRise).toBe(false);
    expect(resolveSettings('tendinopathy', { painMayRise: false }).painMayRise).toBe(false);
    expect(resolveSettings('tendinopathy', { painMayRise: true }).painMayRise).toBe(true);
  });

  it('run days, the weekly increase and gapDays may only be lowered', () => {
    expect(resolveSettings('seed', { maxRunDaysPerWeek: 3 }, { maxRunDaysPerWeek: 2 }).maxRunDaysPerWeek).toBe(2);
    expect(resolveSettings('seed', { weeklyIncrease: 0.05 }).weeklyIncrease).toBe(0.05);
    expect(resolveSettings('seed', { gapDays: 5 }).gapDays).toBe(5);
  });

  it("a later layer (the runner's) cannot loosen an earlier one (the clinic's)", () => {
    const s = resolveSettings(
      'tendinopathy',
      { painAllowance: 3, stopPain: 6, weeklyIncrease: 0.05, maxRunDaysPerWeek: 2, gapDays: 5, painMayRise: false },
      { painAllowance: 5, stopPain: 7, weeklyIncrease: 0.1, maxRunDaysPerWeek: 3, gapDays: 7, painMayRise: true },
    );
    expect(s).toMatchObject({ painAllowance: 3, stopPain: 6, weeklyIncrease: 0.05, maxRunDaysPerWeek: 2, gapDays: 5, painMayRise: false });
  });

  it('keeps the allowance below stopPain', () => {
    expect(resolveSettings('seed', { stopPain: 2 })).toMatchObject({ stopPain: 2, painAllowance: 1 });
    expect(resolveSettings('seed', { stopPain: 1 })).toMatchObject({ stopPain: 1, painAllowance: 0 });
    expect(resolveSettings('tendinopathy', { stopPain: 4 })).toMatchObject({ stopPain: 4, painAllowance: 3 });
    expect(withDefaults({ painAllowance: 9 })).toMatchObject({ stopPain: 7, painAllowance: 6 });
  });

  it('withDefaults takes resolved settings as given (the engine is called with them)', () => {
    expect(withDefaults({ painAllowance: 5, painMayRise: true })).toMatchObject({ painAllowance: 5, painMayRise: true });
  });

  it('never resolves looser than the preset, whatever valid layers are stored', () => {
    const layer = fc.record(
      {
        painAllowance: fc.integer({ min: 0, max: 10 }),
        stopPain: fc.integer({ min: 1, max: 10 }),
        weeklyIncrease: fc.integer({ min: 0, max: 10 }).map((p) => p / 100),
        maxRunDaysPerWeek: fc.integer({ min: 1, max: 3 }),
        gapDays: fc.integer({ min: 3, max: 7 }),
        painMayRise: fc.boolean(),
        sessionMinutes: fc.integer({ min: 10, max: 120 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.constantFrom<PainPreset>(...PAIN_PRESET_IDS), fc.array(layer, { maxLength: 3 }), (preset, layers) => {
        const s = resolveSettings(preset, ...layers);
        const p = PAIN_PRESETS[preset];
        expect(s.painAllowance).toBeLessThanOrEqual(p.painAllowance);
        expect(s.stopPain).toBeLessThanOrEqual(p.stopPain);
        expect(s.painAllowance).toBeLessThan(s.stopPain);
        if (!p.painMayRise) expect(s.painMayRise).toBe(false);
        expect(s.weeklyIncrease).toBeLessThanOrEqual(DEFAULT_SETTINGS.weeklyIncrease);
        expect(s.maxRunDaysPerWeek).toBeLessThanOrEqual(DEFAULT_SETTINGS.maxRunDaysPerWeek);
        expect(s.gapDays).toBeLessThanOrEqual(DEFAULT_SETTINGS.gapDays);
        for (const l of layers) {
          if (l.painAllowance !== undefined) expect(s.painAllowance).toBeLessThanOrEqual(l.painAllowance);
          if (l.stopPain !== undefined) expect(s.stopPain).toBeLessThanOrEqual(l.stopPain);
          if (l.gapDays !== undefined) expect(s.gapDays).toBeLessThanOrEqual(l.gapDays);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('pain presets in decisions', () => {
  const tendinopathy = resolveSettings('tendinopathy');
  const boneStress = resolveSettings('bone_stress');

  it('tendinopathy: pain 4 during passes, although the seed preset regresses it', () => {
    const run = makeRun({ painBefore: 0, painDuring: 4, painAfter: 3 });
    expect(decideRun([run], tendinopathy)).toMatchObject({ action: 'progress', rules: ['green'] });
    expect(decideRun([run], resolveSettings('seed')).action).toBe('regress');
  });

  it('tendinopathy: a rise within the allowance is not a repeat (pain.increased off)', () => {
    expect(decideRun([makeRun({ painBefore: 1, painDuring: 5, painAfter: 5 })], tendinopathy).rules).toEqual(['green']);
  });

  it('tendinopathy: next-morning pain above the pre-run level is a repeat (pain.not_settled on)', () => {
    const d = decideRun([makeRun({ painBefore: 1, painDuring: 4, painAfter: 4, painNextMorning: 2 })], tendinopathy);
    expect(d).toMatchObject({ action: 'repeat', rules: ['pain.not_settled'] });
  });

  it('tendinopathy: above 5 regresses, 7 stops', () => {
    expect(decideRun([makeRun({ painDuring: 6 })], tendinopathy).action).toBe('regress');
    expect(decideRun([makeRun({ painDuring: 7 })], tendinopathy)).toMatchObject({ action: 'stop', rules: ['pain.severe', 'pain.above_allowance'] });
  });

  it('bone_stress: any pain (1/10) regresses, even when it was there before the run', () => {
    expect(decideRun([makeRun({ painDuring: 1 })], boneStress)).toMatchObject({
      action: 'regress',
      rules: ['pain.above_allowance', 'pain.increased'],
    });
    expect(decideRun([makeRun({ painBefore: 1, painDuring: 0, painAfter: 1 })], boneStress).rules).toEqual(['pain.above_allowance']);
  });

  it('bone_stress: pain 2 regresses (allowance 0), pain 3 stops (stopPain 3)', () => {
    expect(decideRun([makeRun({ painBefore: 2, painDuring: 2, painAfter: 2 })], boneStress)).toMatchObject({ action: 'regress', rules: ['pain.above_allowance'] });
    expect(decideRun([makeRun({ painBefore: 3, painDuring: 3, painAfter: 3 })], boneStress)).toMatchObject({
      action: 'stop',
      nextPhase: 'paused',
      rules: ['pain.severe', 'pain.above_allowance'],
    });
  });

  it('bone_stress: a pain-free run is green', () => {
    expect(decideRun([makeRun()], boneStress).rules).toEqual(['green']);
  });
});

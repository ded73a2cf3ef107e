import { describe, expect, it } from 'vitest';
import { decideRun } from './decide';
import { DEFAULT_SETTINGS, PAIN_PRESETS, resolveSettings, withDefaults } from './settings';
import { makeRun } from './test-fixtures';
import type { PainPreset } from './types';

describe('settings', () => {
  it('has the spec defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({ painAllowance: 2, sessionMinutes: 30, weeklyIncrease: 0.1, maxRunDaysPerWeek: 3, painMayRise: false });
    expect(withDefaults()).toEqual(DEFAULT_SETTINGS);
  });

  it('has the three presets of the spec', () => {
    expect(PAIN_PRESETS).toEqual({
      seed: { painAllowance: 2, painMayRise: false },
      tendinopathy: { painAllowance: 5, painMayRise: true },
      bone_stress: { painAllowance: 0, painMayRise: false },
    });
    expect(resolveSettings('seed')).toEqual(DEFAULT_SETTINGS);
  });

  it('applies override layers after the preset, in order, ignoring unknown keys and nulls', () => {
    const s = resolveSettings('bone_stress', { sessionMinutes: 40, maxRunDaysPerWeek: 2, colour: 'red' }, { maxRunDaysPerWeek: 1, weeklyIncrease: null }, undefined);
    expect(s).toEqual({ painAllowance: 0, painMayRise: false, sessionMinutes: 40, weeklyIncrease: 0.1, maxRunDaysPerWeek: 1 });
    expect(resolveSettings('tendinopathy', { painAllowance: 4 }).painAllowance).toBe(4);
  });

  it('refuses invalid values rather than running other clinical numbers', () => {
    expect(() => resolveSettings('seed', { painAllowance: 11 })).toThrow(/painAllowance/);
    expect(() => resolveSettings('seed', { weeklyIncrease: '0.1' })).toThrow(/weeklyIncrease/);
    expect(() => resolveSettings('seed', { maxRunDaysPerWeek: 5 })).toThrow(/maxRunDaysPerWeek/);
    expect(() => resolveSettings('seed', { sessionMinutes: 30.5 })).toThrow(/sessionMinutes/);
    expect(() => resolveSettings('seed', { painMayRise: 'yes' })).toThrow(/painMayRise/);
    expect(() => resolveSettings('other' as PainPreset)).toThrow(/preset/);
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

  it('tendinopathy: a rise within the allowance is not a repeat (row 7 off)', () => {
    expect(decideRun([makeRun({ painBefore: 1, painDuring: 5, painAfter: 5 })], tendinopathy).rules).toEqual(['green']);
  });

  it('tendinopathy: next-morning pain above the pre-run level is a repeat (row 6 on)', () => {
    const d = decideRun([makeRun({ painBefore: 1, painDuring: 4, painAfter: 4, painNextMorning: 2 })], tendinopathy);
    expect(d).toMatchObject({ action: 'repeat', rules: ['pain.not_settled'] });
  });

  it('tendinopathy: above 5 regresses', () => {
    expect(decideRun([makeRun({ painDuring: 6 })], tendinopathy).action).toBe('regress');
  });

  it('bone_stress: any pain (1/10) regresses, even when it was there before the run', () => {
    expect(decideRun([makeRun({ painDuring: 1 })], boneStress)).toMatchObject({
      action: 'regress',
      rules: ['pain.above_allowance', 'pain.increased'],
    });
    expect(decideRun([makeRun({ painBefore: 1, painDuring: 0, painAfter: 1 })], boneStress).rules).toEqual(['pain.above_allowance']);
  });

  it('bone_stress: a pain-free run is green', () => {
    expect(decideRun([makeRun()], boneStress).rules).toEqual(['green']);
  });
});

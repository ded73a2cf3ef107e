import { describe, expect, it } from 'vitest';
import { resolveSettings } from '@/lib/protocol';
import { clinicSettingsSchema } from './clinic-settings';

const EMPTY = { defaultPreset: 'seed', painAllowance: '', sessionMinutes: '', weeklyIncreasePercent: '', maxRunDaysPerWeek: '', stopPain: '', gapDays: '' };

describe('clinic settings form', () => {
  it('stores nothing for empty fields, so the protocol defaults apply', () => {
    expect(clinicSettingsSchema.parse(EMPTY)).toEqual({ defaultPreset: 'seed', protocolSettings: {} });
  });

  it('accepts the edges of every safe range and stores the weekly increase as a fraction', () => {
    expect(
      clinicSettingsSchema.parse({ defaultPreset: 'tendinopathy', painAllowance: '0', sessionMinutes: '120', weeklyIncreasePercent: '7.5', maxRunDaysPerWeek: '3', stopPain: '1', gapDays: '7' }),
    ).toEqual({
      defaultPreset: 'tendinopathy',
      protocolSettings: { painAllowance: 0, sessionMinutes: 120, weeklyIncrease: 0.075, maxRunDaysPerWeek: 3, stopPain: 1, gapDays: 7 },
    });
    const { protocolSettings } = clinicSettingsSchema.parse({ ...EMPTY, painAllowance: '10', sessionMinutes: '10', weeklyIncreasePercent: '10', maxRunDaysPerWeek: '1', stopPain: '10', gapDays: '3' });
    expect(() => resolveSettings('seed', protocolSettings)).not.toThrow();
  });

  it('answers a message at each field out of range or not a number', () => {
    const result = clinicSettingsSchema.safeParse({ defaultPreset: 'any', painAllowance: '11', sessionMinutes: '9', weeklyIncreasePercent: '10.5', maxRunDaysPerWeek: '4', stopPain: '0', gapDays: '8' });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(fields).toEqual({
      defaultPreset: 'Choose a default pain preset.',
      painAllowance: 'Enter a whole number from 0 to 10, or leave it empty.',
      sessionMinutes: 'Enter whole minutes from 10 to 120, or leave it empty.',
      weeklyIncreasePercent: 'Enter a percentage from 0 to 10 (one decimal at most), or leave it empty.',
      maxRunDaysPerWeek: 'Enter a whole number of days from 1 to 3, or leave it empty.',
      stopPain: 'Enter a whole number from 1 to 10, or leave it empty.',
      gapDays: 'Enter whole days from 3 to 7, or leave it empty.',
    });
  });

  it('keeps every preset’s safety limits: a clinic value can tighten them, never loosen them', () => {
    const { protocolSettings } = clinicSettingsSchema.parse({ ...EMPTY, painAllowance: '5', stopPain: '9' });
    expect(resolveSettings('bone_stress', protocolSettings)).toMatchObject({ painAllowance: 0, stopPain: 3 });
    expect(resolveSettings('seed', protocolSettings)).toMatchObject({ painAllowance: 2, stopPain: 7 });
    const stricter = clinicSettingsSchema.parse({ ...EMPTY, painAllowance: '1', stopPain: '5' }).protocolSettings;
    expect(resolveSettings('tendinopathy', stricter)).toMatchObject({ painAllowance: 1, stopPain: 5 });
  });

  it('refuses fractions where whole numbers are needed, and a second decimal', () => {
    const result = clinicSettingsSchema.safeParse({ ...EMPTY, painAllowance: '2.5', sessionMinutes: '30.5', weeklyIncreasePercent: '9.25', maxRunDaysPerWeek: '2.5' });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['painAllowance', 'sessionMinutes', 'weeklyIncreasePercent', 'maxRunDaysPerWeek']);
  });

  it('refuses fields the form does not have', () => {
    expect(clinicSettingsSchema.safeParse({ ...EMPTY, clinicId: 'x' }).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { resolveSettings } from '@/lib/protocol';
import { clinicSettingsSchema } from './clinic-settings';

const EMPTY = { defaultPreset: 'seed', painAllowance: '', sessionMinutes: '', weeklyIncreasePercent: '', maxRunDaysPerWeek: '' };

describe('clinic settings form', () => {
  it('stores nothing for empty fields, so the protocol defaults apply', () => {
    expect(clinicSettingsSchema.parse(EMPTY)).toEqual({ defaultPreset: 'seed', protocolSettings: {} });
  });

  it('accepts the edges of every safe range and stores the weekly increase as a fraction', () => {
    expect(clinicSettingsSchema.parse({ defaultPreset: 'tendinopathy', painAllowance: '0', sessionMinutes: '120', weeklyIncreasePercent: '7.5', maxRunDaysPerWeek: '4' })).toEqual({
      defaultPreset: 'tendinopathy',
      protocolSettings: { painAllowance: 0, sessionMinutes: 120, weeklyIncrease: 0.075, maxRunDaysPerWeek: 4 },
    });
    const { protocolSettings } = clinicSettingsSchema.parse({ ...EMPTY, painAllowance: '10', sessionMinutes: '10', weeklyIncreasePercent: '50', maxRunDaysPerWeek: '1' });
    expect(() => resolveSettings('seed', protocolSettings)).not.toThrow();
  });

  it('answers a message at each field out of range or not a number', () => {
    const result = clinicSettingsSchema.safeParse({ defaultPreset: 'any', painAllowance: '11', sessionMinutes: '9', weeklyIncreasePercent: '50.5', maxRunDaysPerWeek: 'three' });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(fields).toEqual({
      defaultPreset: 'Choose a default pain preset.',
      painAllowance: 'Enter a whole number from 0 to 10, or leave it empty.',
      sessionMinutes: 'Enter whole minutes from 10 to 120, or leave it empty.',
      weeklyIncreasePercent: 'Enter a percentage from 0 to 50 (one decimal at most), or leave it empty.',
      maxRunDaysPerWeek: 'Enter a whole number of days from 1 to 4, or leave it empty.',
    });
  });

  it('refuses fractions where whole numbers are needed, and a second decimal', () => {
    const result = clinicSettingsSchema.safeParse({ ...EMPTY, painAllowance: '2.5', sessionMinutes: '30.5', weeklyIncreasePercent: '10.25', maxRunDaysPerWeek: '2.5' });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['painAllowance', 'sessionMinutes', 'weeklyIncreasePercent', 'maxRunDaysPerWeek']);
  });

  it('refuses fields the form does not have', () => {
    expect(clinicSettingsSchema.safeParse({ ...EMPTY, clinicId: 'x' }).success).toBe(false);
  });
});

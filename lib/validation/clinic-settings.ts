import { z } from 'zod';
import { PAIN_PRESET_IDS, SETTINGS_LIMITS } from '@/lib/protocol';

/** An optional number field: empty means "use the protocol default" (undefined). */
function optionalNumber(message: string, min: number, max: number, check: (value: number) => boolean) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce
      .number({ error: message })
      .refine((value) => Number.isFinite(value) && value >= min && value <= max && check(value), message)
      .optional(),
  );
}

const whole = (value: number) => Number.isInteger(value);
const oneDecimal = (value: number) => Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;
const { painAllowance, sessionMinutes, weeklyIncrease, maxRunDaysPerWeek, stopPain, gapDays } = SETTINGS_LIMITS;
const PERCENT_MAX = weeklyIncrease.max * 100;

/** The clinic settings form; the weekly increase is typed as a percentage and stored as a fraction. */
export const clinicSettingsSchema = z
  .strictObject({
    defaultPreset: z.enum(PAIN_PRESET_IDS, { error: 'Choose a default pain preset.' }),
    painAllowance: optionalNumber(`Enter a whole number from ${painAllowance.min} to ${painAllowance.max}, or leave it empty.`, painAllowance.min, painAllowance.max, whole),
    sessionMinutes: optionalNumber(`Enter whole minutes from ${sessionMinutes.min} to ${sessionMinutes.max}, or leave it empty.`, sessionMinutes.min, sessionMinutes.max, whole),
    weeklyIncreasePercent: optionalNumber(`Enter a percentage from ${weeklyIncrease.min * 100} to ${PERCENT_MAX} (one decimal at most), or leave it empty.`, weeklyIncrease.min * 100, PERCENT_MAX, oneDecimal),
    maxRunDaysPerWeek: optionalNumber(`Enter a whole number of days from ${maxRunDaysPerWeek.min} to ${maxRunDaysPerWeek.max}, or leave it empty.`, maxRunDaysPerWeek.min, maxRunDaysPerWeek.max, whole),
    stopPain: optionalNumber(`Enter a whole number from ${stopPain.min} to ${stopPain.max}, or leave it empty.`, stopPain.min, stopPain.max, whole),
    gapDays: optionalNumber(`Enter whole days from ${gapDays.min} to ${gapDays.max}, or leave it empty.`, gapDays.min, gapDays.max, whole),
  })
  .transform(({ defaultPreset, weeklyIncreasePercent, ...numbers }) => {
    const protocolSettings: Record<string, number> = {};
    for (const [key, value] of Object.entries(numbers)) if (value !== undefined) protocolSettings[key] = value;
    if (weeklyIncreasePercent !== undefined) protocolSettings.weeklyIncrease = Math.round(weeklyIncreasePercent * 10) / 1000;
    return { defaultPreset, protocolSettings };
  });

export const CLINIC_SETTING_KEYS = ['painAllowance', 'sessionMinutes', 'weeklyIncrease', 'maxRunDaysPerWeek', 'stopPain', 'gapDays'] as const;

import type { PainPreset, ProtocolSettings } from './types';

export const DEFAULT_SETTINGS: Readonly<ProtocolSettings> = Object.freeze({
  painAllowance: 2,
  sessionMinutes: 30,
  weeklyIncrease: 0.1,
  maxRunDaysPerWeek: 3,
  painMayRise: false,
});

export const PAIN_PRESET_IDS = ['seed', 'tendinopathy', 'bone_stress'] as const satisfies readonly PainPreset[];

/** The spec's "Pain presets by injury" table. */
export const PAIN_PRESETS: Readonly<Record<PainPreset, Readonly<Pick<ProtocolSettings, 'painAllowance' | 'painMayRise'>>>> =
  Object.freeze({
    seed: Object.freeze({ painAllowance: 2, painMayRise: false }),
    tendinopathy: Object.freeze({ painAllowance: 5, painMayRise: true }),
    bone_stress: Object.freeze({ painAllowance: 0, painMayRise: false }),
  });

/**
 * Accepted ranges for clinic or runner overrides, for forms to validate against.
 * maxRunDaysPerWeek stops at 4: seven days hold at most four runs that are never on consecutive days.
 */
export const SETTINGS_LIMITS = Object.freeze({
  painAllowance: { min: 0, max: 10, integer: true },
  sessionMinutes: { min: 10, max: 120, integer: true },
  weeklyIncrease: { min: 0, max: 0.5, integer: false },
  maxRunDaysPerWeek: { min: 1, max: 4, integer: true },
});

type NumericKey = keyof typeof SETTINGS_LIMITS;
const NUMERIC_KEYS = Object.keys(SETTINGS_LIMITS) as NumericKey[];

function applyLayer(target: ProtocolSettings, layer: Readonly<Record<string, unknown>>): void {
  for (const key of NUMERIC_KEYS) {
    const value = layer[key];
    if (value === undefined || value === null) continue;
    const limit = SETTINGS_LIMITS[key];
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      value < limit.min ||
      value > limit.max ||
      (limit.integer && !Number.isInteger(value))
    ) {
      throw new RangeError(
        `Protocol setting ${key} must be ${limit.integer ? 'an integer' : 'a number'} from ${limit.min} to ${limit.max}, got ${String(value)}`,
      );
    }
    target[key] = value;
  }
  const mayRise = layer.painMayRise;
  if (mayRise !== undefined && mayRise !== null) {
    if (typeof mayRise !== 'boolean') throw new TypeError(`Protocol setting painMayRise must be true or false, got ${String(mayRise)}`);
    target.painMayRise = mayRise;
  }
}

type SettingsLayer = Partial<ProtocolSettings> | Readonly<Record<string, unknown>> | null | undefined;

/** The defaults with `partial` on top; throws on an out-of-range value. */
export function withDefaults(partial?: SettingsLayer): ProtocolSettings {
  const settings: ProtocolSettings = { ...DEFAULT_SETTINGS };
  if (partial) applyLayer(settings, partial);
  return settings;
}

/**
 * Defaults, then the preset's pain rules, then each override layer in order (e.g. the clinic's, then the
 * runner's). Unknown keys are ignored, so a stored JSON object can be passed as it is; a known key with an
 * invalid value throws rather than silently running different clinical numbers.
 */
export function resolveSettings(preset: PainPreset, ...overrides: SettingsLayer[]): ProtocolSettings {
  const presetRules = PAIN_PRESETS[preset];
  if (!presetRules) throw new RangeError(`Unknown pain preset: ${String(preset)}`);
  const settings: ProtocolSettings = { ...DEFAULT_SETTINGS, ...presetRules };
  for (const layer of overrides) if (layer) applyLayer(settings, layer);
  return settings;
}

export function isPainPreset(value: unknown): value is PainPreset {
  return typeof value === 'string' && (PAIN_PRESET_IDS as readonly string[]).includes(value);
}

import type { PainPreset, ProtocolSettings } from './types';

export const DEFAULT_SETTINGS: Readonly<ProtocolSettings> = Object.freeze({
  painAllowance: 2,
  sessionMinutes: 30,
  weeklyIncrease: 0.1,
  maxRunDaysPerWeek: 3,
  painMayRise: false,
  stopPain: 7,
  gapDays: 7,
});

export const PAIN_PRESET_IDS = ['seed', 'tendinopathy', 'bone_stress'] as const satisfies readonly PainPreset[];

export type PresetRules = Pick<ProtocolSettings, 'painAllowance' | 'stopPain' | 'painMayRise'>;

/** The spec's "Pain presets by injury" table, with version 2's stop thresholds. */
export const PAIN_PRESETS: Readonly<Record<PainPreset, Readonly<PresetRules>>> = Object.freeze({
  seed: Object.freeze({ painAllowance: 2, stopPain: 7, painMayRise: false }),
  tendinopathy: Object.freeze({ painAllowance: 5, stopPain: 7, painMayRise: true }),
  bone_stress: Object.freeze({ painAllowance: 0, stopPain: 3, painMayRise: false }),
});

/**
 * Accepted ranges for clinic or runner overrides, for forms to validate against. maxRunDaysPerWeek and
 * weeklyIncrease stop at the protocol's own numbers (3 run days in any 7, 10 %): a clinic may be stricter only.
 */
export const SETTINGS_LIMITS = Object.freeze({
  painAllowance: { min: 0, max: 10, integer: true },
  sessionMinutes: { min: 10, max: 120, integer: true },
  weeklyIncrease: { min: 0, max: 0.1, integer: false },
  maxRunDaysPerWeek: { min: 1, max: 3, integer: true },
  stopPain: { min: 1, max: 10, integer: true },
  gapDays: { min: 3, max: 7, integer: true },
});

type NumericKey = keyof typeof SETTINGS_LIMITS;
const NUMERIC_KEYS = Object.keys(SETTINGS_LIMITS) as NumericKey[];

/** Safety limits an override layer may only lower (painMayRise may only be turned off). */
export const TIGHTEN_ONLY_KEYS = ['painAllowance', 'stopPain', 'weeklyIncrease', 'maxRunDaysPerWeek', 'gapDays'] as const satisfies readonly NumericKey[];
const TIGHTEN_ONLY: ReadonlySet<NumericKey> = new Set(TIGHTEN_ONLY_KEYS);

type Mode = 'replace' | 'tighten';

function assertInLimits(key: NumericKey, value: unknown): asserts value is number {
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
}

function applyLayer(target: ProtocolSettings, layer: Readonly<Record<string, unknown>>, mode: Mode): void {
  for (const key of NUMERIC_KEYS) {
    const value = layer[key];
    if (value === undefined || value === null) continue;
    assertInLimits(key, value);
    target[key] = mode === 'tighten' && TIGHTEN_ONLY.has(key) ? Math.min(target[key], value) : value;
  }
  const mayRise = layer.painMayRise;
  if (mayRise !== undefined && mayRise !== null) {
    if (typeof mayRise !== 'boolean') throw new TypeError(`Protocol setting painMayRise must be true or false, got ${String(mayRise)}`);
    target.painMayRise = mode === 'tighten' ? target.painMayRise && mayRise : mayRise;
  }
}

/** Pain at the stop threshold stops running, so an allowance there or above would never be the rule that acts. */
function normalise(settings: ProtocolSettings): ProtocolSettings {
  settings.painAllowance = Math.min(settings.painAllowance, settings.stopPain - 1);
  return settings;
}

type SettingsLayer = Partial<ProtocolSettings> | Readonly<Record<string, unknown>> | null | undefined;

/**
 * The defaults with `partial` on top, as given (the engine's callers pass settings already resolved, e.g. the
 * tendinopathy preset's allowance of 5); throws on an out-of-range value. The allowance is kept below stopPain.
 */
export function withDefaults(partial?: SettingsLayer): ProtocolSettings {
  const settings: ProtocolSettings = { ...DEFAULT_SETTINGS };
  if (partial) applyLayer(settings, partial, 'replace');
  return normalise(settings);
}

/**
 * Defaults, then the preset's pain rules, then each override layer in order (e.g. the clinic's, then the
 * runner's). A layer may only tighten the safety limits (TIGHTEN_ONLY_KEYS): a looser value that is within
 * SETTINGS_LIMITS is ignored in favour of the stricter one already in force, so no layer — not even a later
 * one — can loosen what the preset or an earlier layer set. sessionMinutes is not a safety limit: the last
 * layer that sets it wins. Unknown keys are ignored, so a stored JSON object can be passed as it is; a known
 * key with a value outside the limits throws rather than silently running different clinical numbers.
 */
export function resolveSettings(preset: PainPreset, ...overrides: SettingsLayer[]): ProtocolSettings {
  const presetRules = PAIN_PRESETS[preset];
  if (!presetRules) throw new RangeError(`Unknown pain preset: ${String(preset)}`);
  const settings: ProtocolSettings = { ...DEFAULT_SETTINGS, ...presetRules };
  for (const layer of overrides) if (layer) applyLayer(settings, layer, 'tighten');
  return normalise(settings);
}

export function isPainPreset(value: unknown): value is PainPreset {
  return typeof value === 'string' && (PAIN_PRESET_IDS as readonly string[]).includes(value);
}

import type { PreRunRuleId } from './rule-ids';
import { withDefaults } from './settings';
import type { Pain, ProtocolSettings } from './types';
import { assertBoolean, assertPain } from './validate';

export interface PreRunAnswers {
  painNow: Pain;
  /** Swelling or stiffness that has lasted more than 24 h since the last run. */
  swellingOver24h: boolean;
  limpingWhenWalking: boolean;
}

export type PreRunAction = 'run' | 'rest_today' | 'stop';

export interface PreRunResult {
  action: PreRunAction;
  rules: PreRunRuleId[];
}

/**
 * The three questions before a run card can be started. Swelling or limping stops exactly as after a run, and
 * so does pain at or above stopPain; pain above the allowance means no run today, no stage change.
 */
export function preRunCheck(answers: PreRunAnswers, settings?: Partial<ProtocolSettings>): PreRunResult {
  assertPain(answers.painNow, 'painNow');
  assertBoolean(answers.swellingOver24h, 'swellingOver24h');
  assertBoolean(answers.limpingWhenWalking, 'limpingWhenWalking');
  const s = withDefaults(settings);
  const stops: PreRunRuleId[] = [
    ...(answers.swellingOver24h ? (['red_flag.swelling_24h'] as const) : []),
    ...(answers.limpingWhenWalking ? (['red_flag.limping'] as const) : []),
    ...(answers.painNow >= s.stopPain ? (['pain.severe'] as const) : []),
  ];
  if (stops.length > 0) return { action: 'stop', rules: stops };
  if (answers.painNow > s.painAllowance) return { action: 'rest_today', rules: ['prerun.pain_today'] };
  return { action: 'run', rules: ['prerun.clear'] };
}

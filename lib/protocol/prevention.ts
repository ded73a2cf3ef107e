import type { PlanRuleId } from './rule-ids';
import type { ProtocolPhase } from './types';

export const PREVENTION_MIN_STRENGTH_SESSIONS = 2;

/** Seed Step 5, in its words. */
export const WARM_UP_REMINDER = 'Warm up before heading out: activate your glutes, core and mobility.';

/** In full and maintenance the runner is nudged when fewer than 2 strength sessions were logged in a week. */
export function preventionNudges(input: { phase: ProtocolPhase; strengthSessionsInWeek: number }): PlanRuleId[] {
  const prevention = input.phase === 'full' || input.phase === 'maintenance';
  return prevention && input.strengthSessionsInWeek < PREVENTION_MIN_STRENGTH_SESSIONS ? ['prevention.strength_2x'] : [];
}

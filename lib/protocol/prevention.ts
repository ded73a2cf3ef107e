import type { PlanRuleId } from './rule-ids';
import type { ProtocolPhase, RunningPhase } from './types';

export const PREVENTION_MIN_STRENGTH_SESSIONS = 2;
/** The nudge counts strength sessions logged in this many days up to today. */
export const PREVENTION_WINDOW_DAYS = 7;

/** Seed Step 5, in its words. */
export const WARM_UP_REMINDER = 'Warm up before heading out: activate your glutes, core and mobility.';

/** The run card and the interval timer (seed Step 4, in its words): what is normal and when to stop. */
export const RUN_SAFETY_ADVICE =
  'It’s normal to feel mild soreness or stiffness. Sharp pain that worsens during or after running, or limping or altered gait, means stop now and walk home.';

/** Today in continuous (seed Step 3: "avoid speed workouts or hills until your body can handle easy running"). */
export const SPEED_AND_HILLS_WAIT = 'Keep every run easy: speed work and hills wait for your physical therapist.';

const RUNNING_PHASES: readonly ProtocolPhase[] = ['walk_run', 'continuous', 'full', 'maintenance'] satisfies readonly RunningPhase[];

/** The speed-and-hills line for Today: in continuous only (walk_run runs are ladder sessions; full unlocks them). */
export function speedAndHillsAdvice(phase: ProtocolPhase): string | null {
  return phase === 'continuous' ? SPEED_AND_HILLS_WAIT : null;
}

/**
 * In every running phase (version 2) the runner is nudged when fewer than 2 strength sessions were logged in the
 * last 7 days; `strengthSessionsInWeek` is that count.
 */
export function preventionNudges(input: { phase: ProtocolPhase; strengthSessionsInWeek: number }): PlanRuleId[] {
  return RUNNING_PHASES.includes(input.phase) && input.strengthSessionsInWeek < PREVENTION_MIN_STRENGTH_SESSIONS ? ['prevention.strength_2x'] : [];
}

import type { RunnerProfile } from '@/db/schema';
import type { RunningPhase } from '@/lib/protocol';

export const RUNNING_PHASES: readonly RunnerProfile['phase'][] = ['walk_run', 'continuous', 'full', 'maintenance'];

/** Phases in which the runner runs and logs runs. */
export function isRunningPhase(phase: RunnerProfile['phase']): phase is RunningPhase {
  return RUNNING_PHASES.includes(phase);
}

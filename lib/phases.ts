export const PHASE_LABEL = {
  foundation: 'Foundation (strength before running)',
  walk_run: 'Walk-run ladder',
  continuous: 'Continuous easy running',
  full: 'Full training',
  maintenance: 'Maintenance',
  paused: 'Running paused',
  discharged: 'Discharged',
} as const;

export type Phase = keyof typeof PHASE_LABEL;

/** The phases after the walk-run ladder, where stage numbers no longer describe the runs. */
export const AFTER_LADDER_PHASES = ['continuous', 'full', 'maintenance'] as const;

export function isAfterLadder(phase: string | null): phase is (typeof AFTER_LADDER_PHASES)[number] {
  return (AFTER_LADDER_PHASES as readonly string[]).includes(phase ?? '');
}

export function phaseLabel(phase: string): string {
  return PHASE_LABEL[phase as Phase] ?? phase;
}

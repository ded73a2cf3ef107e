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

export function phaseLabel(phase: string): string {
  return PHASE_LABEL[phase as Phase] ?? phase;
}

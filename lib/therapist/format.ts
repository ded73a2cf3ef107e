import type { Phase } from '@/lib/phases';
import { phaseLabel } from '@/lib/phases';
import { MAX_STAGE } from '@/lib/protocol';

// One formatter for every date: toLocaleDateString builds a new one per call, which is slow on long pages.
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** '12 Mar 2026' — fixed locale and UTC, so server and browser render the same text. */
export function shortDate(iso: string): string {
  return DAY_MONTH_YEAR.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));
}

/** '12 Mar 2026, 14:05 UTC' for a moment in time. */
export function dateTime(at: Date | string): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  return `${DAY_MONTH_YEAR.format(date)}, ${date.toISOString().slice(11, 16)} UTC`;
}

/** 'Walk-run ladder, stage 3 of 8': the stage only where it means something to the runner's plan. */
export function phaseAndStage(phase: Phase | string, stage: number): string {
  return phase === 'walk_run' || phase === 'paused' ? `${phaseLabel(phase)}, stage ${stage} of ${MAX_STAGE}` : phaseLabel(phase);
}

export const SIDE_LABEL = { left: 'left', right: 'right', both: 'both sides', not_applicable: 'side not applicable' } as const;

export const PRESET_LABEL = {
  seed: 'General soft-tissue (seed)',
  tendinopathy: 'Tendinopathy',
  bone_stress: 'Bone stress injury',
} as const;

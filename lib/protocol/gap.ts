import { MIN_STAGE, MAX_STAGE } from './ladder';
import type { GapRuleId } from './rule-ids';
import { withDefaults } from './settings';
import type { ProtocolSettings } from './types';
import { assertIntegerInRange } from './validate';

/** A break up to this many × gapDays steps back one stage; longer, two (spec: 8–14 days → one, 15–28 → two). */
export const GAP_ONE_STAGE_MULTIPLE = 2;
/** Beyond this many × gapDays (28 days by default) no running until a new readiness assessment. */
export const GAP_REASSESS_MULTIPLE = 4;
/** After the ladder, the first week back from a break is capped at this share of the last full week. */
export const GAP_RETURN_WEEK_SHARE = 0.5;

export type GapBand = 'none' | 'one_stage' | 'two_stages' | 'reassess';

export interface GapOutcome {
  band: GapBand;
  /** Stages the next walk-run session steps back (before the floor of stage 1). */
  stagesBack: 0 | 1 | 2;
  /** The therapist is asked to review (review.long_gap). */
  reviewAlert: boolean;
  /** No running until the therapist records a new readiness assessment. */
  reassess: boolean;
  /** The ids to record and explain: gap.step_back, gap.reassess, review.long_gap. */
  rules: GapRuleId[];
}

/** The spec's "Coming back after a gap" bands, for `daysSinceLastRun` whole days. */
export function gapBandFor(daysSinceLastRun: number, settings?: Partial<ProtocolSettings>): GapOutcome {
  assertIntegerInRange(daysSinceLastRun, 0, Number.MAX_SAFE_INTEGER, 'daysSinceLastRun');
  const { gapDays } = withDefaults(settings);
  if (daysSinceLastRun <= gapDays) return { band: 'none', stagesBack: 0, reviewAlert: false, reassess: false, rules: [] };
  if (daysSinceLastRun <= GAP_ONE_STAGE_MULTIPLE * gapDays) {
    return { band: 'one_stage', stagesBack: 1, reviewAlert: false, reassess: false, rules: ['gap.step_back'] };
  }
  if (daysSinceLastRun <= GAP_REASSESS_MULTIPLE * gapDays) {
    return { band: 'two_stages', stagesBack: 2, reviewAlert: true, reassess: false, rules: ['gap.step_back', 'review.long_gap'] };
  }
  return { band: 'reassess', stagesBack: 0, reviewAlert: true, reassess: true, rules: ['gap.reassess', 'review.long_gap'] };
}

/**
 * The stage prescribed for the next walk-run session after `daysSinceLastRun` days without running (never
 * below stage 1). On reassess the stage is unchanged: no run is prescribed until the reassessment. After the
 * ladder the stage stays 8 and the break shapes the volume instead (calendarWeekCaps).
 */
export function stageAfterGap(
  stage: number,
  daysSinceLastRun: number,
  settings?: Partial<ProtocolSettings>,
): { stage: number; reviewAlert: boolean; reassess: boolean } {
  assertIntegerInRange(stage, MIN_STAGE, MAX_STAGE, 'stage');
  const { stagesBack, reviewAlert, reassess } = gapBandFor(daysSinceLastRun, settings);
  return { stage: Math.max(MIN_STAGE, stage - stagesBack), reviewAlert, reassess };
}

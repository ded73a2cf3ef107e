import { assertIntegerInRange } from './validate';

export const MIN_STAGE = 1;
export const MAX_STAGE = 8;

export interface LadderStage {
  stage: number;
  runMinutes: number;
  walkMinutes: number;
}

/** The walk-run ladder (seed Step 3; stages 4–8 are the spec's). Stage 7 is 20 run then 10 walk; 8 is 30 continuous. */
export const LADDER: readonly LadderStage[] = Object.freeze([
  { stage: 1, runMinutes: 1, walkMinutes: 3 },
  { stage: 2, runMinutes: 2, walkMinutes: 3 },
  { stage: 3, runMinutes: 3, walkMinutes: 2 },
  { stage: 4, runMinutes: 4, walkMinutes: 2 },
  { stage: 5, runMinutes: 5, walkMinutes: 1 },
  { stage: 6, runMinutes: 9, walkMinutes: 1 },
  { stage: 7, runMinutes: 20, walkMinutes: 10 },
  { stage: 8, runMinutes: 30, walkMinutes: 0 },
]);

export function isStage(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_STAGE && value <= MAX_STAGE;
}

export function ladderStage(stage: number): LadderStage {
  assertIntegerInRange(stage, MIN_STAGE, MAX_STAGE, 'stage');
  const step = LADDER[stage - 1];
  if (!step) throw new RangeError(`No ladder stage ${stage}`);
  return step;
}

function assertTotal(totalMinutes: number): void {
  assertIntegerInRange(totalMinutes, 1, 24 * 60, 'totalMinutes');
}

/** Planned run minutes = r × ⌊T/(r+w)⌋ + min(r, T mod (r+w)): cycles repeat from the start, the last one cut at T, running first. */
export function plannedRunMinutes(stage: number, totalMinutes = 30): number {
  const { runMinutes: r, walkMinutes: w } = ladderStage(stage);
  assertTotal(totalMinutes);
  const cycle = r + w;
  return r * Math.floor(totalMinutes / cycle) + Math.min(r, totalMinutes % cycle);
}

export interface LadderSession {
  stage: number;
  runMinutes: number;
  walkMinutes: number;
  /** Whole run/walk cycles. */
  repeats: number;
  /** The cycle cut at the session's end, running first; null when the cycles fit exactly. */
  finalCycle: { runMinutes: number; walkMinutes: number } | null;
  totalMinutes: number;
  plannedRunMinutes: number;
}

export function ladderSession(stage: number, totalMinutes = 30): LadderSession {
  const { runMinutes, walkMinutes } = ladderStage(stage);
  assertTotal(totalMinutes);
  const cycle = runMinutes + walkMinutes;
  const rest = totalMinutes % cycle;
  const finalRun = Math.min(runMinutes, rest);
  return {
    stage,
    runMinutes,
    walkMinutes,
    repeats: Math.floor(totalMinutes / cycle),
    finalCycle: rest === 0 ? null : { runMinutes: finalRun, walkMinutes: rest - finalRun },
    totalMinutes,
    plannedRunMinutes: plannedRunMinutes(stage, totalMinutes),
  };
}

/** An integer pain score on the 0–10 scale. */
export type Pain = number;
/** A calendar date as 'YYYY-MM-DD'; all date arithmetic is done on these strings in UTC. */
export type IsoDate = string;

export type PainPreset = 'seed' | 'tendinopathy' | 'bone_stress';

export type ProtocolPhase = 'foundation' | 'walk_run' | 'continuous' | 'full' | 'maintenance' | 'paused';
/** Phases in which the runner runs. */
export type RunningPhase = 'walk_run' | 'continuous' | 'full' | 'maintenance';

export interface ReadinessInput {
  painAtRest: Pain;
  sharpPainWithDailyMovement: boolean;
  currentPain: Pain;
  /** Reps per leg. */
  singleLegSquat: { left: number; right: number; goodControl: boolean };
  hop30sPainFree: boolean;
  walk30minPainFree: boolean;
}

export interface RunLog {
  date: IsoDate;
  /** 1..8, the ladder stage prescribed. */
  stage: number;
  completed: boolean;
  runMinutes: number;
  painBefore: Pain;
  painDuring: Pain;
  painAfter: Pain;
  sharpPain: boolean;
  limping: boolean;
  // The optional fields also accept null so database rows can be passed as they are.
  rpe?: number | null;
  /** Next-day check-in, when known. */
  painNextMorning?: Pain | null;
  /** Next-day check-in, when known. */
  swellingOver24h?: boolean | null;
}

export type DecisionAction = 'progress' | 'repeat' | 'regress' | 'stop';

export interface Decision {
  action: DecisionAction;
  /** Stage of the next run (the current one on stop). */
  nextStage: number;
  nextPhase: 'walk_run' | 'continuous' | 'paused';
  /** Every matching rule id, the deciding one first; ['green'] when none. */
  rules: string[];
  /** Null on stop. */
  earliestNextRun: IsoDate | null;
}

/** The clinic-editable defaults of the protocol. */
export interface ProtocolSettings {
  painAllowance: number;
  sessionMinutes: number;
  weeklyIncrease: number;
  maxRunDaysPerWeek: number;
  /** True in the tendinopathy preset: pain.increased is off. */
  painMayRise: boolean;
  /** Pain at or above this (before, during or after a run, or in the pre-run check) stops running: pain.severe. */
  stopPain: number;
  /** A break longer than this many days changes the next run (gap.returning, gap.step_back). */
  gapDays: number;
}

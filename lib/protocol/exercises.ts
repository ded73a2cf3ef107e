export type ExerciseCategory = 'strength' | 'plyometric' | 'mobility' | 'stability';

export type ExerciseId =
  | 'glute_bridge'
  | 'hip_thrust'
  | 'single_leg_rdl'
  | 'bulgarian_split_squat'
  | 'jump_rope'
  | 'lateral_hops'
  | 'bounding'
  | 'ankle_mobility'
  | 'hip_90_90'
  | 'hip_flexor_stretch'
  | 'plank'
  | 'dead_bug'
  | 'pallof_press';

export interface ExerciseDose {
  sets: number;
  amount: number;
  unit: 'reps' | 'seconds' | 'meters';
  per: 'leg' | 'side' | null;
}

export interface Exercise {
  id: ExerciseId;
  name: string;
  category: ExerciseCategory;
  /** Why, in the seed's words. */
  purpose: string;
  dose: ExerciseDose;
  /** e.g. '3 × 8 per leg', '3 × 30 s'. */
  doseText: string;
}

const dose = (sets: number, amount: number, unit: ExerciseDose['unit'] = 'reps', per: ExerciseDose['per'] = null): ExerciseDose => ({
  sets,
  amount,
  unit,
  per,
});

/** Seed Step 2; the doses are the spec's defaults (jump rope's 30 s is the seed's). */
const CATALOGUE: ReadonlyArray<Omit<Exercise, 'doseText'>> = [
  { id: 'glute_bridge', name: 'Glute bridge', category: 'strength', purpose: 'Strengthens the glutes to improve running efficiency.', dose: dose(3, 12) },
  { id: 'hip_thrust', name: 'Hip thrust', category: 'strength', purpose: 'Strengthens the glutes to improve running efficiency.', dose: dose(3, 10) },
  { id: 'single_leg_rdl', name: 'Single-leg Romanian deadlift', category: 'strength', purpose: 'Builds hamstring and ankle stability.', dose: dose(3, 8, 'reps', 'leg') },
  { id: 'bulgarian_split_squat', name: 'Bulgarian split squat', category: 'strength', purpose: 'Improves single-leg strength and balance.', dose: dose(3, 8, 'reps', 'leg') },
  { id: 'jump_rope', name: 'Jump rope', category: 'plyometric', purpose: 'Improves foot and ankle resilience.', dose: dose(3, 30, 'seconds') },
  { id: 'lateral_hops', name: 'Lateral hops', category: 'plyometric', purpose: 'Builds lateral control to prevent knee collapse.', dose: dose(3, 10) },
  { id: 'bounding', name: 'Bounding', category: 'plyometric', purpose: 'Strengthens muscles for efficient forward propulsion.', dose: dose(3, 20, 'meters') },
  { id: 'ankle_mobility', name: 'Ankle mobility drill', category: 'mobility', purpose: 'Helps improve shock absorption.', dose: dose(2, 10, 'reps', 'side') },
  { id: 'hip_90_90', name: '90/90 hip stretch', category: 'mobility', purpose: 'Reduces tightness that may alter running form.', dose: dose(2, 5, 'reps', 'side') },
  { id: 'hip_flexor_stretch', name: 'Hip flexor stretch', category: 'mobility', purpose: 'Reduces tightness that may alter running form.', dose: dose(2, 30, 'seconds', 'side') },
  { id: 'plank', name: 'Plank', category: 'stability', purpose: 'Keeps your posture strong while running.', dose: dose(3, 30, 'seconds') },
  { id: 'dead_bug', name: 'Dead bug', category: 'stability', purpose: 'Keeps your posture strong while running.', dose: dose(3, 10) },
  { id: 'pallof_press', name: 'Pallof press', category: 'stability', purpose: 'Keeps your posture strong while running.', dose: dose(3, 10, 'reps', 'side') },
];

export function doseText(d: ExerciseDose): string {
  const unit = d.unit === 'seconds' ? ' s' : d.unit === 'meters' ? ' m' : '';
  return `${d.sets} × ${d.amount}${unit}${d.per ? ` per ${d.per}` : ''}`;
}

function assertDose(id: string, d: ExerciseDose): void {
  const positiveInt = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 1000;
  if (!positiveInt(d.sets) || !positiveInt(d.amount)) throw new RangeError(`Dose of ${id} needs positive whole sets and amount`);
}

export const FOUNDATION_EXERCISES: readonly Exercise[] = Object.freeze(CATALOGUE.map((e) => ({ ...e, doseText: doseText(e.dose) })));

export const EXERCISE_IDS: readonly ExerciseId[] = Object.freeze(CATALOGUE.map((e) => e.id));

export type DoseOverrides = Partial<Record<ExerciseId, ExerciseDose>>;

/** The exercises of the given categories, in catalogue order, with per-runner dose overrides applied. */
export function exercisesFor(categories: readonly ExerciseCategory[], overrides: DoseOverrides = {}): Exercise[] {
  return FOUNDATION_EXERCISES.filter((e) => categories.includes(e.category)).map((e) => {
    const override = overrides[e.id];
    if (!override) return { ...e, dose: { ...e.dose } };
    assertDose(e.id, override);
    return { ...e, dose: { ...override }, doseText: doseText(override) };
  });
}

/** What counts as low-impact cross-training (seed Steps 3 and 5). */
export const LOW_IMPACT_ACTIVITIES = ['cycling', 'swimming', 'elliptical'] as const;
export type LowImpactActivity = (typeof LOW_IMPACT_ACTIVITIES)[number];

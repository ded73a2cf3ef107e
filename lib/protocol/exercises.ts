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

/** How to do an exercise, in plain words: a few steps and when to stop. Shown folded beside the exercise. */
export interface ExerciseHowTo {
  /** Two or three short steps, in order. */
  steps: readonly string[];
  /** When to stop (the guide: exercises should be done without pain). */
  stopIf: string;
}

/** How-to cues for every exercise of the catalogue (seed Step 2), consistent with the guide's readiness rule of no sharp pain. */
export const EXERCISE_HOW_TO: Readonly<Record<ExerciseId, ExerciseHowTo>> = Object.freeze({
  glute_bridge: {
    steps: ['Lie on your back, knees bent, feet flat and hip-width apart.', 'Squeeze your glutes and lift your hips until shoulders, hips and knees are in a line.', 'Hold for a breath at the top, then lower slowly.'],
    stopIf: 'Stop if you feel sharp pain, or pain in your back.',
  },
  hip_thrust: {
    steps: ['Sit with your upper back against a steady bench or sofa, knees bent, feet flat.', 'Push through your heels and lift your hips until your body is level from shoulders to knees.', 'Keep your chin tucked and do not arch your lower back.'],
    stopIf: 'Stop if you feel sharp pain, or pain in your back.',
  },
  single_leg_rdl: {
    steps: ['Stand on one leg with a soft knee; hold a chair or wall if you need to.', 'Hinge at the hips: your hands reach down as the other leg goes back, back flat.', 'Go only as low as your back stays flat, then squeeze your glutes to stand tall.'],
    stopIf: 'Stop if you feel sharp pain or keep losing your balance.',
  },
  bulgarian_split_squat: {
    steps: ['Stand a long stride in front of a bench and rest the top of your back foot on it.', 'Lower straight down until your front thigh is about level, the front knee over your toes, not caving in.', 'Push through your front heel to stand back up.'],
    stopIf: 'Stop if you feel sharp pain in your knee or the injured area.',
  },
  jump_rope: {
    steps: ['Make small, quick jumps on the balls of your feet, just off the ground.', 'Turn the rope with your wrists, elbows close to your sides.', 'Land softly and quietly, knees slightly bent.'],
    stopIf: 'Stop if pain builds while you jump, or you start to limp.',
  },
  lateral_hops: {
    steps: ['Stand with your feet together beside a line on the floor.', 'Hop sideways over the line and back, landing softly on the balls of your feet.', 'Keep your knees over your toes: do not let them cave in.'],
    stopIf: 'Stop if you feel sharp pain or cannot land with control.',
  },
  bounding: {
    steps: ['Run with long, springy strides, pushing off hard and driving the front knee up.', 'Land on the middle of your foot, under your hips, and spring into the next stride.', 'Walk back to the start between sets.'],
    stopIf: 'Stop if you feel sharp pain or start to limp.',
  },
  ankle_mobility: {
    steps: ['Face a wall in a split stance, front toes about a hand’s width from it.', 'Keep the front heel down and bend that knee forward until it touches the wall.', 'Move in and out slowly; step the foot back a little as it gets easier.'],
    stopIf: 'Stop if you feel sharp pain in the ankle or the heel lifts.',
  },
  hip_90_90: {
    steps: ['Sit with both knees bent to a right angle: one leg in front of you, the other out to the side.', 'Sit tall, then slowly turn both knees over to the other side and back.', 'Lean on your hands behind you if you need support.'],
    stopIf: 'Stop if your hip or knee hurts; a mild stretch is fine.',
  },
  hip_flexor_stretch: {
    steps: ['Kneel on one knee on a cushion, the other foot flat in front of you.', 'Tuck your pelvis under and squeeze the glute of the kneeling leg.', 'Shift forward gently until the front of the hip stretches; breathe and hold.'],
    stopIf: 'Stop if it hurts; a stretch should feel mild.',
  },
  plank: {
    steps: ['Forearms under your shoulders, legs straight, up on your toes.', 'Keep a straight line from head to heels: hips neither sagging nor high.', 'Breathe steadily while you hold.'],
    stopIf: 'Stop if your back hurts or your hips sag; rest on your knees instead.',
  },
  dead_bug: {
    steps: ['Lie on your back, arms up to the ceiling, knees bent above your hips.', 'Press your lower back gently into the floor.', 'Slowly lower one arm and the opposite leg towards the floor, come back, then switch.'],
    stopIf: 'Stop if your lower back lifts or hurts; make the movement smaller.',
  },
  pallof_press: {
    steps: ['Tie a resistance band at chest height and stand side-on to it, feet hip-width apart.', 'Hold the band at your chest and press it straight out without letting your body turn.', 'Bring it back slowly; then face the other way for the other side.'],
    stopIf: 'Stop if you feel sharp pain, or pain in your back.',
  },
});

export function howToOf(id: ExerciseId): ExerciseHowTo {
  return EXERCISE_HOW_TO[id];
}

import { FOUNDATION_EXERCISES, type Exercise, type ExerciseCategory, type PlannedDay, type RunSession } from '@/lib/protocol';

/**
 * Which exercises each kind of logged session may hold, as the week planner prescribes them: plyometrics
 * (jump rope, hops, bounding) prepare for impact in foundation only; once running, the runs are the impact, and
 * while running is paused impact waits for the therapist.
 */
export function exerciseCategories(kind: 'strength' | 'mobility', phase: string): readonly ExerciseCategory[] {
  if (kind === 'mobility') return ['mobility', 'stability'];
  return phase === 'foundation' ? ['strength', 'plyometric'] : ['strength'];
}

export interface ExerciseOption {
  id: string;
  name: string;
  doseText: string;
}

export function exerciseOptions(exercises: readonly Exercise[]): ExerciseOption[] {
  return exercises.map((e) => ({ id: e.id, name: e.name, doseText: e.doseText }));
}

export function exerciseOptionsByKind(phase: string): { strength: ExerciseOption[]; mobility: ExerciseOption[] } {
  const of = (kind: 'strength' | 'mobility') => exerciseOptions(FOUNDATION_EXERCISES.filter((e) => exerciseCategories(kind, phase).includes(e.category)));
  return { strength: of('strength'), mobility: of('mobility') };
}

export const ACTIVITY_LABEL: Readonly<Record<string, string>> = { cycling: 'Cycling', swimming: 'Swimming', elliptical: 'Elliptical' };

/** "Run 4 min, walk 2 min, 5 times" and the cut last cycle, or "30 min of continuous easy running". */
export function sessionText(run: Pick<RunSession, 'runMinutes' | 'walkMinutes' | 'repeats' | 'finalCycle'>): string {
  if (run.walkMinutes === 0) return `${run.runMinutes} min of continuous easy running`;
  const cycles = `Run ${run.runMinutes} min, walk ${run.walkMinutes} min, ${run.repeats === 1 ? 'once' : `${run.repeats} times`}`;
  if (!run.finalCycle) return cycles;
  const { runMinutes, walkMinutes } = run.finalCycle;
  return `${cycles}, then run ${runMinutes} min${walkMinutes ? ` and walk ${walkMinutes} min` : ''}`;
}

export function runTitle(run: RunSession): string {
  return run.stage === null ? `${run.totalMinutes} min easy run` : `stage ${run.stage}`;
}

/** A day of the week plan in a few words, for the week strip. */
export function dayKindText(day: PlannedDay): string {
  switch (day.kind) {
    case 'run':
      return day.run.stage === null ? `Run ${day.run.totalMinutes} min` : `Run · stage ${day.run.stage}`;
    case 'strength':
      return day.orRest ? 'Strength or rest' : 'Strength';
    case 'mobility':
      return day.orRest ? 'Mobility or rest' : 'Mobility';
    case 'cross_training':
      return day.orRest ? 'Cross-train or rest' : 'Cross-train';
    case 'rest':
      return 'Rest';
  }
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { randomUUID } from 'node:crypto';
import { ExerciseHowToList } from '@/components/runner/exercise-how-to';
import { ExerciseLogForm } from '@/components/runner/exercise-log-form';
import { requireRole } from '@/lib/auth';
import { localToday } from '@/lib/dates/local-today';
import { FOUNDATION_EXERCISES } from '@/lib/protocol';
import { dayChoice, phaseOf } from '@/lib/runner/queries';
import { exerciseCategories, exerciseOptionsByKind } from '@/lib/runner/session-text';

export const metadata: Metadata = { title: 'Log strength, mobility or cross-training' };

export default async function LogExercisePage() {
  const runner = await requireRole('runner');
  const days = dayChoice(await localToday());
  const phase = await phaseOf(runner);
  const of = (kind: 'strength' | 'mobility') => FOUNDATION_EXERCISES.filter((e) => exerciseCategories(kind, phase).includes(e.category));
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Log strength, mobility or cross-training</h1>
      <p className="mt-1 text-slate-700">
        The days between runs are for these. <Link href="/runner/log" className="font-medium text-brand-800 underline">Log a run instead</Link>
      </p>
      <div className="mt-6">
        <ExerciseLogForm idPrefix="exercise" days={days} exercises={exerciseOptionsByKind(phase)} idempotencyKey={randomUUID()} />
      </div>
      <ExerciseHowToList exercises={of('strength')} title="How to do the strength exercises" headingId="how-to-strength" headingLevel={2} />
      <ExerciseHowToList exercises={of('mobility')} title="How to do the mobility and stability exercises" headingId="how-to-mobility" headingLevel={2} />
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { ExerciseLogForm } from '@/components/runner/exercise-log-form';
import { requireRole } from '@/lib/auth';
import { localToday } from '@/lib/dates/local-today';
import { dayChoice, phaseOf } from '@/lib/runner/queries';
import { exerciseOptionsByKind } from '@/lib/runner/session-text';

export const metadata: Metadata = { title: 'Log strength, mobility or cross-training' };

export default async function LogExercisePage() {
  const runner = await requireRole('runner');
  const days = dayChoice(await localToday());
  const phase = await phaseOf(runner);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Log strength, mobility or cross-training</h1>
      <p className="mt-1 text-slate-700">
        The days between runs are for these. <Link href="/runner/log" className="font-medium text-brand-800 underline">Log a run instead</Link>
      </p>
      <div className="mt-6">
        <ExerciseLogForm idPrefix="exercise" days={days} exercises={exerciseOptionsByKind(phase)} />
      </div>
    </>
  );
}

import { howToOf, type ExerciseId } from '@/lib/protocol';
import { ExerciseIllustration } from './exercise-illustration';

export interface HowToExercise {
  id: ExerciseId;
  name: string;
  doseText: string;
}

/**
 * How to do each exercise: a drawing, a few steps and when to stop, folded by default (a <details> per exercise)
 * so the page stays short. Server-rendered; opening one needs no script.
 */
export function ExerciseHowToList({ exercises, title, headingId, headingLevel = 3 }: { exercises: readonly HowToExercise[]; title: string; headingId: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={headingId} className="mt-6">
      <Heading id={headingId} className={headingLevel === 2 ? 'text-lg font-semibold' : 'font-semibold'}>
        {title}
      </Heading>
      <ul className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-300">
        {exercises.map((exercise) => {
          const { steps, stopIf } = howToOf(exercise.id);
          return (
            <li key={exercise.id}>
              <details className="group" data-testid={`how-to-${exercise.id}`}>
                <summary className="list-item min-h-11 cursor-pointer px-3 py-2.5 font-medium marker:text-brand-700 hover:bg-slate-50">
                  {exercise.name} <span className="ml-1 text-sm font-normal whitespace-nowrap text-slate-700">{exercise.doseText}</span>
                </summary>
                <div className="grid gap-3 px-3 pt-1 pb-4 sm:grid-cols-[14rem_1fr] sm:items-start">
                  <ExerciseIllustration id={exercise.id} className="max-w-64 rounded-md bg-slate-50" />
                  <div>
                    <ol className="list-decimal space-y-1 pl-5">
                      {steps.map((step) => (
                        <li key={step}>{step}</li>
                      ))}
                    </ol>
                    <p className="mt-2 rounded border-l-4 border-red-700 bg-red-50 px-2 py-1 font-medium text-red-900">{stopIf}</p>
                  </div>
                </div>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import { Card } from '@/components/ui/card';
import type { PlannedDay } from '@/lib/protocol';
import type { DayChoice } from '@/lib/runner/queries';
import { ACTIVITY_LABEL, exerciseOptionsByKind, exerciseOptions } from '@/lib/runner/session-text';
import { ExerciseHowToList } from './exercise-how-to';
import { ExerciseLogForm } from './exercise-log-form';
import { RunSessionCard } from './run-session-card';

/** A sentence joined into another: only its first letter lowers, so "RPE" and "Zone 2" keep their capitals. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const LOW_IMPACT = 'Low-impact means no pounding: cycling, swimming or the elliptical, at an easy effort.';

/** What today holds: a run, strength or mobility exercises with a checklist, cross-training, or rest. */
export function TodaySession({ day, days, phase, idempotencyKey }: { day: PlannedDay; days: DayChoice; phase: string; idempotencyKey: string }) {
  const all = exerciseOptionsByKind(phase);
  switch (day.kind) {
    case 'run':
      return <RunSessionCard run={day.run} />;
    case 'strength':
    case 'mobility': {
      const title = day.kind === 'strength' ? 'Strength' : 'Mobility and stability';
      return (
        <Card title={`Today: ${title.toLowerCase()}${day.orRest ? ' (or rest)' : ''}`} className="mt-6">
          {day.orRest && <p className="mb-3 text-slate-700">Resting instead is fine too.</p>}
          <ExerciseLogForm
            idPrefix="today"
            days={days}
            fixedKind={day.kind}
            exercises={{ ...all, [day.kind]: exerciseOptions(day.exercises) }}
            idempotencyKey={idempotencyKey}
          />
          <ExerciseHowToList exercises={day.exercises} title="How to do them" headingId="today-how-to" />
        </Card>
      );
    }
    case 'cross_training':
      return (
        <Card title={`Today: cross-training${day.orRest ? ' or rest' : ''}`} className="mt-6">
          <p>
            {day.minutes} min of {day.activities.map((a) => ACTIVITY_LABEL[a]?.toLowerCase() ?? a).join(', ')}; {lowerFirst(day.effort)}.
          </p>
          <p className="mt-1 text-slate-700">{LOW_IMPACT} Resting instead is fine too.</p>
          <div className="mt-4">
            <ExerciseLogForm idPrefix="today" days={days} fixedKind="cross_training" exercises={all} defaultMinutes={day.minutes} idempotencyKey={idempotencyKey} />
          </div>
        </Card>
      );
    case 'rest':
      return (
        <Card title="Today: rest" className="mt-6">
          <p>Rest lets the tissue heal. If you feel like moving, keep it low-impact.</p>
          <p className="mt-1 text-slate-700">{LOW_IMPACT}</p>
        </Card>
      );
  }
}

'use client';

import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { Field } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import { IDLE } from '@/lib/actions/action-state';
import { LOW_IMPACT_ACTIVITIES } from '@/lib/protocol';
import { logExerciseAction } from '@/lib/runner/actions';
import type { DayChoice } from '@/lib/runner/queries';
import { ACTIVITY_LABEL, type ExerciseOption } from '@/lib/runner/session-text';
import { DayChoiceField } from './day-choice-field';
import { useFormSubmit } from './use-form-submit';

export type SessionKind = 'strength' | 'mobility' | 'cross_training';

interface ExerciseLogFormProps {
  /** Used to keep ids unique when two forms share a page. */
  idPrefix: string;
  days: DayChoice;
  /** A planned day's kind; without it the runner chooses. */
  fixedKind?: SessionKind;
  exercises: { strength: ExerciseOption[]; mobility: ExerciseOption[] };
  defaultMinutes?: number;
}

const KIND_LABEL: Record<SessionKind, string> = { strength: 'Strength', mobility: 'Mobility and stability', cross_training: 'Cross-training' };

function ExerciseLogFormOnce({ idPrefix, days, fixedKind, exercises, defaultMinutes = 30, onAnother }: ExerciseLogFormProps & { onAnother: () => void }) {
  const [state, dispatch, pending] = useActionState(logExerciseAction, IDLE);
  const onSubmit = useFormSubmit(dispatch, { idempotent: true });
  const [kind, setKind] = useState<SessionKind | null>(fixedKind ?? null);
  const id = (name: string) => `${idPrefix}-${name}`;

  if (state.status === 'ok') {
    return (
      <div className="space-y-3">
        <p role="status" className="font-medium text-green-800">
          {state.data.summary}
        </p>
        <Button variant="secondary" onClick={onAnother}>
          Log something else
        </Button>
      </div>
    );
  }

  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {fixedKind ? (
        <input type="hidden" name="kind" value={fixedKind} />
      ) : (
        <RadioGroup
          id={id('kind')}
          name="kind"
          legend="What did you do?"
          columns="grid-cols-1 sm:grid-cols-3"
          options={(['strength', 'mobility', 'cross_training'] as const).map((k) => ({ value: k, label: KIND_LABEL[k] }))}
          onChange={(event) => setKind(event.target.value as SessionKind)}
          error={errors.kind}
        />
      )}
      {(kind === 'strength' || kind === 'mobility') && (
        <CheckboxGroup
          id={id('exercises')}
          name="exercises"
          legend="Tick the exercises you did"
          options={exercises[kind].map((e) => ({ value: e.id, label: e.name, detail: e.doseText }))}
          error={errors.exercises}
        />
      )}
      {kind === 'cross_training' && (
        <>
          <RadioGroup
            id={id('activity')}
            name="activity"
            legend="Which activity?"
            columns="grid-cols-1 sm:grid-cols-3"
            options={LOW_IMPACT_ACTIVITIES.map((a) => ({ value: a, label: ACTIVITY_LABEL[a] ?? a }))}
            error={errors.activity}
          />
          <Field id={id('minutes')} name="minutes" label="Minutes" inputMode="numeric" pattern="[0-9]*" defaultValue={String(defaultMinutes)} error={errors.minutes} />
        </>
      )}
      <DayChoiceField id={id('date')} legend="When?" days={days} error={errors.date} />
      <div role="alert" className="min-h-6 font-medium text-red-700">
        {state.status === 'error' ? state.formError : null}
      </div>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Saving…' : 'Save'}
      </Button>
    </form>
  );
}

export function ExerciseLogForm(props: ExerciseLogFormProps) {
  const [instance, setInstance] = useState(0);
  return <ExerciseLogFormOnce key={instance} {...props} onAnother={() => setInstance((n) => n + 1)} />;
}

'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { Field } from '@/components/ui/field';
import { ActionForm, FormActions, SubmitButton, useActionForm } from '@/components/ui/form';
import { RadioGroup } from '@/components/ui/radio-group';
import { useHydrated } from '@/components/ui/use-hydrated';
import { newIdempotencyKey } from '@/lib/actions/idempotency-key';
import { LOW_IMPACT_ACTIVITIES } from '@/lib/protocol';
import { logExerciseAction } from '@/lib/runner/actions';
import type { DayChoice } from '@/lib/runner/queries';
import { ACTIVITY_LABEL, type ExerciseOption } from '@/lib/runner/session-text';
import { DayChoiceField } from './day-choice-field';

export type SessionKind = 'strength' | 'mobility' | 'cross_training';

interface ExerciseLogFormProps {
  /** Used to keep ids unique when two forms share a page. */
  idPrefix: string;
  days: DayChoice;
  /** A planned day's kind; without it the runner chooses. */
  fixedKind?: SessionKind;
  exercises: { strength: ExerciseOption[]; mobility: ExerciseOption[] };
  defaultMinutes?: number;
  /** Rendered by the server: a post without JavaScript and a double tap both store the session once. */
  idempotencyKey: string;
}

const KIND_LABEL: Record<SessionKind, string> = { strength: 'Strength', mobility: 'Mobility and stability', cross_training: 'Cross-training' };
const KINDS = ['strength', 'mobility', 'cross_training'] as const;

function isKind(value: unknown): value is SessionKind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

function ExerciseLogFormOnce({ idPrefix, days, fixedKind, exercises, defaultMinutes = 30, idempotencyKey, onAnother }: ExerciseLogFormProps & { onAnother: () => void }) {
  const form = useActionForm(logExerciseAction);
  const { state } = form;
  const hydrated = useHydrated();
  const pathname = usePathname();
  // The kind chosen since the last answer; the form's reset after an answer shows the submitted kind again.
  const [chosen, setChosen] = useState<SessionKind | null>(null);
  const keptKind = state.status === 'error' ? state.values?.kind : undefined;
  const kind = fixedKind ?? chosen ?? (isKind(keptKind) ? keptKind : null);
  // Until scripts run nothing can be hidden by the choice: every kind's fields are shown, and the server takes the chosen kind's.
  const shows = (k: SessionKind) => (fixedKind ? fixedKind === k : !hydrated || kind === k);
  const id = (name: string) => `${idPrefix}-${name}`;

  if (state.status === 'ok') {
    return (
      <div className="space-y-3">
        <p role="status" className="font-medium text-green-800">
          {state.data.summary}
        </p>
        {/* Without JavaScript a new page, with a new key from the server; with it, a new form in place. */}
        <Link
          href={pathname}
          className={buttonClasses('secondary')}
          onClick={(event) => {
            event.preventDefault();
            onAnother();
          }}
        >
          Log something else
        </Link>
      </div>
    );
  }

  return (
    <ActionForm form={form} className="space-y-5" aria-label="Log strength, mobility or cross-training" onReset={() => setChosen(null)}>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {fixedKind ? (
        <input type="hidden" name="kind" value={fixedKind} />
      ) : (
        <RadioGroup
          id={id('kind')}
          name="kind"
          legend="What did you do?"
          columns="grid-cols-1 sm:grid-cols-3"
          options={KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] }))}
          onChange={(event) => setChosen(event.target.value as SessionKind)}
        />
      )}
      {(['strength', 'mobility'] as const).map(
        (k) =>
          shows(k) && (
            <CheckboxGroup
              key={k}
              id={id(`exercises-${k}`)}
              name="exercises"
              legend={fixedKind || hydrated ? 'Tick the exercises you did' : `${KIND_LABEL[k]}: tick the exercises you did`}
              options={exercises[k].map((e) => ({ value: e.id, label: e.name, detail: e.doseText }))}
            />
          ),
      )}
      {shows('cross_training') && (
        <>
          <RadioGroup
            id={id('activity')}
            name="activity"
            legend={fixedKind || hydrated ? 'Which activity?' : 'Cross-training: which activity?'}
            columns="grid-cols-1 sm:grid-cols-3"
            options={LOW_IMPACT_ACTIVITIES.map((a) => ({ value: a, label: ACTIVITY_LABEL[a] ?? a }))}
          />
          <Field id={id('minutes')} name="minutes" label="Minutes" inputMode="numeric" pattern="[0-9]*" defaultValue={String(defaultMinutes)} />
        </>
      )}
      <DayChoiceField id={id('date')} legend="When?" days={days} />
      <FormActions>
        <SubmitButton className="w-full">Save</SubmitButton>
      </FormActions>
    </ActionForm>
  );
}

/** After a save, "Log something else" starts a fresh form with a fresh idempotency key. */
export function ExerciseLogForm({ idempotencyKey, ...props }: ExerciseLogFormProps) {
  const [form, setForm] = useState({ instance: 0, key: idempotencyKey });
  return (
    <ExerciseLogFormOnce
      key={form.instance}
      {...props}
      idempotencyKey={form.instance === 0 ? idempotencyKey : form.key}
      onAnother={() => setForm(({ instance }) => ({ instance: instance + 1, key: newIdempotencyKey() }))}
    />
  );
}

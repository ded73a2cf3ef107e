'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { PainScale } from '@/components/ui/pain-scale';
import { RadioGroup, YES_NO } from '@/components/ui/radio-group';
import { TextArea } from '@/components/ui/text-area';
import { IDLE } from '@/lib/actions/action-state';
import { logRunAction } from '@/lib/runner/actions';
import type { DayChoice } from '@/lib/runner/queries';
import { RUN_NOTE_MAX } from '@/lib/validation/limits';
import { DayChoiceField } from './day-choice-field';
import { DecisionSummary } from './decision-summary';
import { useFormSubmit } from './use-form-submit';

export interface RunLogDefaults {
  runMinutes: string;
  completed?: 'yes' | 'no' | undefined;
}

interface RunLogFormProps {
  stage: number;
  days: DayChoice;
  defaults: RunLogDefaults;
}

function RunLogFormOnce({ stage, days, defaults, onAnother }: RunLogFormProps & { onAnother: () => void }) {
  const [state, dispatch, pending] = useActionState(logRunAction, IDLE);
  const onSubmit = useFormSubmit(dispatch, { idempotent: true });

  if (state.status === 'ok') {
    return (
      <div className="space-y-4">
        <DecisionSummary view={state.data.view} focusOnMount />
        <div className="flex flex-wrap gap-3">
          <Link href="/runner" className={buttonClasses('primary')}>
            Back to today
          </Link>
          <Link href="/runner/progress" className={buttonClasses('secondary')}>
            See your progress
          </Link>
          <Button variant="ghost" onClick={onAnother}>
            Log another run
          </Button>
        </div>
      </div>
    );
  }

  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <DayChoiceField id="run-date" legend="When did you run?" days={days} error={errors.date} />
      <RadioGroup
        id="run-completed"
        name="completed"
        legend={`Did you do the whole stage ${stage} session as planned?`}
        options={YES_NO}
        defaultValue={defaults.completed}
        error={errors.completed}
      />
      <Field
        id="run-minutes"
        name="runMinutes"
        label="Minutes you ran"
        hint="Running time only, not the walking breaks."
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        defaultValue={defaults.runMinutes}
        error={errors.runMinutes}
      />
      <PainScale id="pain-before" name="painBefore" legend="Pain before the run" error={errors.painBefore} />
      <PainScale id="pain-during" name="painDuring" legend="Highest pain during the run" error={errors.painDuring} />
      <PainScale id="pain-after" name="painAfter" legend="Pain after the run" error={errors.painAfter} />
      <div className="space-y-4 rounded-lg border border-slate-300 bg-slate-50 p-4">
        <h2 className="text-lg font-semibold">Warning signs</h2>
        <RadioGroup id="sharp-pain" name="sharpPain" legend="Sharp pain that worsens during or after running?" options={YES_NO} error={errors.sharpPain} />
        <RadioGroup id="limping" name="limping" legend="Limping or altered gait?" options={YES_NO} error={errors.limping} />
        <p className="text-sm text-slate-700">Swelling or stiffness that lasts over 24 hours is asked tomorrow morning.</p>
      </div>
      <PainScale
        id="rpe"
        name="rpe"
        legend="How hard did it feel?"
        anchors="0 = resting, 10 = all-out. Easy is 4 or less: you can talk in full sentences."
        error={errors.rpe}
      />
      <TextArea id="run-note" name="note" label="Note (optional)" maxLength={RUN_NOTE_MAX} error={errors.note} />
      <div id="run-log-status" role="alert" className="min-h-6 font-medium text-red-700">
        {state.status === 'error' ? state.formError : null}
      </div>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Saving…' : 'Save and see what is next'}
      </Button>
    </form>
  );
}

/** The run log; after a decision, "Log another run" starts a fresh form with a fresh idempotency key. */
export function RunLogForm(props: RunLogFormProps) {
  const [instance, setInstance] = useState(0);
  return <RunLogFormOnce key={instance} {...props} onAnother={() => setInstance((n) => n + 1)} />;
}

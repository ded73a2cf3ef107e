'use client';

import Link from 'next/link';
import { useState } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { ActionForm, FormActions, SubmitButton, useActionForm } from '@/components/ui/form';
import { PainScale } from '@/components/ui/pain-scale';
import { RadioGroup, YES_NO } from '@/components/ui/radio-group';
import { TextArea } from '@/components/ui/text-area';
import { newIdempotencyKey } from '@/lib/actions/idempotency-key';
import { logRunAction } from '@/lib/runner/actions';
import type { DayChoice } from '@/lib/runner/queries';
import { RUN_NOTE_MAX } from '@/lib/validation/limits';
import { DayChoiceField } from './day-choice-field';
import { DecisionSummary } from './decision-summary';

export interface RunLogDefaults {
  runMinutes: string;
  completed?: 'yes' | 'no' | undefined;
}

interface RunLogFormProps {
  /** The walk-run stage of the planned session; null in continuous running and after, where there is no ladder. */
  stage: number | null;
  days: DayChoice;
  defaults: RunLogDefaults;
  /** Rendered by the server: a post without JavaScript and a double tap both store the run once. */
  idempotencyKey: string;
}

function completedLegend(stage: number | null): string {
  return stage === null ? 'Did you do the whole run as planned?' : `Did you do the whole stage ${stage} session as planned?`;
}

function RunLogFormOnce({ stage, days, defaults, idempotencyKey, onAnother }: RunLogFormProps & { onAnother: () => void }) {
  const form = useActionForm(logRunAction);
  const { state } = form;

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
          {/* Without JavaScript a new page, with a new key from the server; with it, a new form in place. */}
          <Link
            href="/runner/log"
            className={buttonClasses('ghost')}
            onClick={(event) => {
              event.preventDefault();
              onAnother();
            }}
          >
            Log another run
          </Link>
        </div>
      </div>
    );
  }

  return (
    <ActionForm form={form} className="space-y-6" aria-label="Log a run">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <DayChoiceField id="run-date" legend="When did you run?" days={days} />
      <RadioGroup id="run-completed" name="completed" legend={completedLegend(stage)} options={YES_NO} defaultValue={defaults.completed} />
      <Field
        id="run-minutes"
        name="runMinutes"
        label="Minutes you ran"
        hint={stage === null ? 'Running time only.' : 'Running time only, not the walking breaks.'}
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        defaultValue={defaults.runMinutes}
      />
      <PainScale id="pain-before" name="painBefore" legend="Pain before the run" />
      <PainScale id="pain-during" name="painDuring" legend="Highest pain during the run" />
      <PainScale id="pain-after" name="painAfter" legend="Pain after the run" />
      <div className="space-y-4 rounded-lg border border-slate-300 bg-slate-50 p-4">
        <h2 className="text-lg font-semibold">Warning signs</h2>
        <RadioGroup id="sharp-pain" name="sharpPain" legend="Sharp pain that worsens during or after running?" options={YES_NO} />
        <RadioGroup id="limping" name="limping" legend="Limping or altered gait?" options={YES_NO} />
        <p className="text-sm text-slate-700">Swelling or stiffness that lasts over 24 hours is asked tomorrow morning.</p>
      </div>
      <PainScale id="rpe" name="rpe" legend="How hard did it feel?" anchors="0 = resting, 10 = all-out. Easy is 4 or less: you can talk in full sentences." />
      <TextArea id="run-note" name="note" label="Note (optional)" maxLength={RUN_NOTE_MAX} />
      <FormActions sticky>
        <SubmitButton className="w-full">Save and see what is next</SubmitButton>
      </FormActions>
    </ActionForm>
  );
}

/** The run log; after a decision, "Log another run" starts a fresh form with a fresh idempotency key. */
export function RunLogForm({ idempotencyKey, ...props }: RunLogFormProps) {
  const [form, setForm] = useState({ instance: 0, key: idempotencyKey });
  return (
    <RunLogFormOnce
      key={form.instance}
      {...props}
      idempotencyKey={form.instance === 0 ? idempotencyKey : form.key}
      onAnother={() => setForm(({ instance }) => ({ instance: instance + 1, key: newIdempotencyKey() }))}
    />
  );
}

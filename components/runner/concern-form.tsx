'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { PainScale } from '@/components/ui/pain-scale';
import { RadioGroup, YES_NO } from '@/components/ui/radio-group';
import { TextArea } from '@/components/ui/text-area';
import { IDLE } from '@/lib/actions/action-state';
import { reportConcernAction } from '@/lib/runner/actions';
import { CONCERN_MAX } from '@/lib/validation/limits';
import { DecisionSummary } from './decision-summary';
import { useFormSubmit } from './use-form-submit';

export function ConcernForm({ therapistName }: { therapistName: string }) {
  const [state, dispatch, pending] = useActionState(reportConcernAction, IDLE);
  const onSubmit = useFormSubmit(dispatch);

  if (state.status === 'ok') {
    return (
      <div className="space-y-4">
        <p role="status" className="text-lg font-medium">
          Sent. {therapistName} will see your message.
        </p>
        {state.data.stop && <DecisionSummary view={state.data.stop} focusOnMount title="Running is paused" />}
        <Link href="/runner" className={buttonClasses('primary')}>
          Back to today
        </Link>
      </div>
    );
  }

  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <TextArea
        id="concern-what"
        name="what"
        label="What is wrong, and where?"
        hint="For example: a new ache on the inside of my left shin since yesterday."
        maxLength={CONCERN_MAX}
        rows={4}
        error={errors.what}
      />
      <PainScale id="concern-pain" name="pain" legend="Your pain now" error={errors.pain} />
      <div className="space-y-4 rounded-lg border border-slate-300 bg-slate-50 p-4">
        <h2 className="text-lg font-semibold">Warning signs</h2>
        <p className="text-sm text-slate-700">Any yes pauses your running until {therapistName} has looked at it.</p>
        <RadioGroup id="concern-sharp" name="sharpPain" legend="Sharp pain that worsens during or after running?" options={YES_NO} error={errors.sharpPain} />
        <RadioGroup id="concern-swelling" name="swelling" legend="Swelling or stiffness that lasts over 24 hours?" options={YES_NO} error={errors.swelling} />
        <RadioGroup id="concern-limping" name="limping" legend="Limping or altered gait?" options={YES_NO} error={errors.limping} />
      </div>
      <div role="alert" className="min-h-6 font-medium text-red-700">
        {state.status === 'error' ? state.formError : null}
      </div>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Sending…' : `Send to ${therapistName}`}
      </Button>
    </form>
  );
}

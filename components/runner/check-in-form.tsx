'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { PainScale } from '@/components/ui/pain-scale';
import { RadioGroup, YES_NO } from '@/components/ui/radio-group';
import { IDLE } from '@/lib/actions/action-state';
import { checkInAction } from '@/lib/runner/actions';
import type { PendingCheckIn } from '@/lib/runner/queries';
import { DecisionSummary } from './decision-summary';
import { useFormSubmit } from './use-form-submit';

/**
 * The morning after a run: two questions that may change the run's decision. Once answered it shows what the
 * answers did (the page keeps it mounted after revalidating, so the answer is not lost).
 */
export function CheckInForm({ checkIn }: { checkIn: PendingCheckIn }) {
  const [state, dispatch, pending] = useActionState(checkInAction, IDLE);
  const onSubmit = useFormSubmit(dispatch);

  const answered = state.status === 'ok' ? state.data : checkIn.answered;
  if (answered) {
    const { changed, view } = answered;
    return (
      <div className="space-y-3">
        <p role="status" className="font-medium">
          {changed ? 'Thank you. Your answers changed the decision about that run:' : 'Thank you. Your plan stays as it was.'}
        </p>
        {view && <DecisionSummary view={view} headingLevel={3} focusOnMount={state.status === 'ok'} title={changed ? `New decision: ${view.actionLabel}` : undefined} />}
      </div>
    );
  }

  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <input type="hidden" name="runLogId" value={checkIn.runLogId} />
      <PainScale id="pain-next-morning" name="painNextMorning" legend="Your pain this morning" error={errors.painNextMorning} />
      <RadioGroup id="swelling" name="swellingOver24h" legend="Swelling or stiffness that has lasted over 24 hours?" options={YES_NO} error={errors.swellingOver24h} />
      <div role="alert" className="min-h-6 font-medium text-red-700">
        {state.status === 'error' ? state.formError : null}
      </div>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Saving…' : 'Send my check-in'}
      </Button>
    </form>
  );
}

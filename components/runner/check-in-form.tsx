'use client';

import { ActionForm, FormActions, SubmitButton, useActionForm } from '@/components/ui/form';
import { PainScale } from '@/components/ui/pain-scale';
import { RadioGroup, YES_NO } from '@/components/ui/radio-group';
import { checkInAction } from '@/lib/runner/actions';
import type { PendingCheckIn } from '@/lib/runner/queries';
import { DecisionSummary } from './decision-summary';

/**
 * The morning after a run: two questions that may change the run's decision. Once answered it shows what the
 * answers did (the page keeps it mounted after revalidating, so the answer is not lost; without JavaScript the
 * page rendered after the post shows it).
 */
export function CheckInForm({ checkIn }: { checkIn: PendingCheckIn }) {
  const form = useActionForm(checkInAction);
  const { state } = form;

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

  return (
    <ActionForm form={form} className="space-y-5" aria-label="Morning check-in">
      <input type="hidden" name="runLogId" value={checkIn.runLogId} />
      <PainScale id="pain-next-morning" name="painNextMorning" legend="Your pain this morning" />
      <RadioGroup id="swelling" name="swellingOver24h" legend="Swelling or stiffness that has lasted over 24 hours?" options={YES_NO} />
      <FormActions>
        <SubmitButton className="w-full">Send my check-in</SubmitButton>
      </FormActions>
    </ActionForm>
  );
}

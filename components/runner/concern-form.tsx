'use client';

import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { ActionForm, FormActions, SubmitButton, useActionForm } from '@/components/ui/form';
import { PainScale } from '@/components/ui/pain-scale';
import { RadioGroup, YES_NO } from '@/components/ui/radio-group';
import { TextArea } from '@/components/ui/text-area';
import { reportConcernAction } from '@/lib/runner/actions';
import { CONCERN_MAX } from '@/lib/validation/limits';
import { DecisionSummary } from './decision-summary';

export function ConcernForm({ therapistName }: { therapistName: string }) {
  const form = useActionForm(reportConcernAction);
  const { state } = form;

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

  return (
    <ActionForm form={form} className="space-y-6" aria-label="Report a concern">
      <TextArea
        id="concern-what"
        name="what"
        label="What is wrong, and where?"
        hint="For example: a new ache on the inside of my left shin since yesterday."
        maxLength={CONCERN_MAX}
        rows={4}
      />
      <PainScale id="concern-pain" name="pain" legend="Your pain now" />
      <div className="space-y-4 rounded-lg border border-slate-300 bg-slate-50 p-4">
        <h2 className="text-lg font-semibold">Warning signs</h2>
        <p className="text-sm text-slate-700">Any yes pauses your running until {therapistName} has looked at it.</p>
        <RadioGroup id="concern-sharp" name="sharpPain" legend="Sharp pain that worsens during or after running?" options={YES_NO} />
        <RadioGroup id="concern-swelling" name="swelling" legend="Swelling or stiffness that lasts over 24 hours?" options={YES_NO} />
        <RadioGroup id="concern-limping" name="limping" legend="Limping or altered gait?" options={YES_NO} />
      </div>
      <FormActions sticky>
        <SubmitButton className="w-full" pendingLabel="Sending…">{`Send to ${therapistName}`}</SubmitButton>
      </FormActions>
    </ActionForm>
  );
}

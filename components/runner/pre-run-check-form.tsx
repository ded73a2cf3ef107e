'use client';

import { ActionForm, FormActions, SubmitButton, useActionForm } from '@/components/ui/form';
import { PainScale } from '@/components/ui/pain-scale';
import { RadioGroup, YES_NO } from '@/components/ui/radio-group';
import { preRunCheckAction } from '@/lib/runner/actions';

/**
 * The three questions before a run (protocol v2): pain right now, swelling or stiffness lasting more than 24 h
 * since the last run, limping when walking. The page re-renders with the outcome; a refusal keeps the answers.
 */
export function PreRunCheckForm({ idempotencyKey }: { idempotencyKey: string }) {
  const form = useActionForm(preRunCheckAction);
  return (
    <ActionForm form={form} className="space-y-5" aria-label="Before you run">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <PainScale id="pre-run-pain" name="painNow" legend="Your pain right now" />
      <RadioGroup id="pre-run-swelling" name="swellingOver24h" legend="Swelling or stiffness that has lasted more than 24 hours since your last run?" options={YES_NO} />
      <RadioGroup id="pre-run-limping" name="limpingWhenWalking" legend="Are you limping when you walk?" options={YES_NO} />
      <FormActions>
        <SubmitButton className="w-full" pendingLabel="Checking…">
          Check before I run
        </SubmitButton>
      </FormActions>
    </ActionForm>
  );
}

'use client';

import { Field } from '@/components/ui/field';
import { ActionForm, Confirmation, FormActions, SubmitButton, useActionForm } from '@/components/ui/form';
import { RadioGroup, YES_NO } from '@/components/ui/radio-group';
import { TextArea } from '@/components/ui/text-area';
import { READINESS_SQUAT_REPS } from '@/lib/protocol';
import { recordReadinessAssessment } from '@/lib/therapist/record-actions';

/** The spec's five criteria; the answer lists every failed one in plain words. */
export function ReadinessForm({ runnerId }: { runnerId: string }) {
  const form = useActionForm(recordReadinessAssessment);
  const { state } = form;
  return (
    <ActionForm form={form} className="space-y-3" aria-labelledby="readiness-form-heading">
      <h3 id="readiness-form-heading" className="font-semibold">New readiness assessment</h3>
      <input type="hidden" name="runnerId" value={runnerId} />
      <Field id="pain-at-rest" name="painAtRest" type="number" inputMode="numeric" min={0} max={10} label="Pain at rest (0–10)" required />
      <RadioGroup id="sharp-pain" name="sharpPainWithDailyMovement" legend="Sharp pain with daily movement?" options={YES_NO} />
      <Field id="current-pain" name="currentPain" type="number" inputMode="numeric" min={0} max={10} label="Current pain (0–10)" required />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="squat-left" name="singleLegSquatLeft" type="number" inputMode="numeric" min={0} max={100} label="Single-leg squats, left (reps)" required />
        <Field id="squat-right" name="singleLegSquatRight" type="number" inputMode="numeric" min={0} max={100} label="Single-leg squats, right (reps)" required />
      </div>
      <RadioGroup id="squat-control" name="singleLegSquatGoodControl" legend={`Good control through the squats (${READINESS_SQUAT_REPS} per leg needed)?`} options={YES_NO} />
      <RadioGroup id="hop" name="hop30sPainFree" legend="Hopping in place for 30 s without pain?" options={YES_NO} />
      <RadioGroup id="walk" name="walk30minPainFree" legend="30 min of walking without pain?" options={YES_NO} />
      <TextArea id="readiness-note" name="note" label="Note (optional)" maxLength={2000} />
      <Confirmation focusKey={state.status === 'ok' ? state : null} className="font-normal text-slate-900">
        {state.status === 'ok' ? (
          state.data.passed ? (
            <p className="font-medium text-green-800">Passed: every criterion is met. Saved.</p>
          ) : (
            <div className="text-red-900">
              <p className="font-medium">Not passed. Saved. Failed criteria:</p>
              <ul className="list-disc pl-6">
                {state.data.failed.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </div>
          )
        ) : null}
      </Confirmation>
      <FormActions>
        <SubmitButton>Save assessment</SubmitButton>
      </FormActions>
    </ActionForm>
  );
}

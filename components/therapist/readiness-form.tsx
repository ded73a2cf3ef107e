'use client';

import { Field } from '@/components/ui/field';
import { READINESS_SQUAT_REPS } from '@/lib/protocol';
import { recordReadinessAssessment } from '@/lib/therapist/record-actions';
import { ActionForm, RadioGroup, SubmitButton, TextareaField, useFormAction, YES_NO } from './form-parts';

/** The spec's five criteria; the answer lists every failed one in plain words. */
export function ReadinessForm({ runnerId }: { runnerId: string }) {
  const { state, formAction, pending, errors, formRef } = useFormAction(recordReadinessAssessment, { resetOnSuccess: true });
  return (
    <ActionForm formAction={formAction} formRef={formRef} className="space-y-3" aria-labelledby="readiness-form-heading">
      <h3 id="readiness-form-heading" className="font-semibold">New readiness assessment</h3>
      <input type="hidden" name="runnerId" value={runnerId} />
      <Field id="pain-at-rest" name="painAtRest" type="number" inputMode="numeric" min={0} max={10} label="Pain at rest (0–10)" required error={errors.painAtRest} />
      <RadioGroup id="sharp-pain" name="sharpPainWithDailyMovement" legend="Sharp pain with daily movement?" options={YES_NO} error={errors.sharpPainWithDailyMovement} />
      <Field id="current-pain" name="currentPain" type="number" inputMode="numeric" min={0} max={10} label="Current pain (0–10)" required error={errors.currentPain} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="squat-left" name="singleLegSquatLeft" type="number" inputMode="numeric" min={0} max={100} label="Single-leg squats, left (reps)" required error={errors.singleLegSquatLeft} />
        <Field id="squat-right" name="singleLegSquatRight" type="number" inputMode="numeric" min={0} max={100} label="Single-leg squats, right (reps)" required error={errors.singleLegSquatRight} />
      </div>
      <RadioGroup id="squat-control" name="singleLegSquatGoodControl" legend={`Good control through the squats (${READINESS_SQUAT_REPS} per leg needed)?`} options={YES_NO} error={errors.singleLegSquatGoodControl} />
      <RadioGroup id="hop" name="hop30sPainFree" legend="Hopping in place for 30 s without pain?" options={YES_NO} error={errors.hop30sPainFree} />
      <RadioGroup id="walk" name="walk30minPainFree" legend="30 min of walking without pain?" options={YES_NO} error={errors.walk30minPainFree} />
      <TextareaField id="readiness-note" name="note" label="Note (optional)" maxLength={2000} error={errors.note} />
      <div role="alert" className="text-sm font-medium text-red-700">
        {state.status === 'error' ? state.formError : null}
      </div>
      <div role="status">
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
      </div>
      <SubmitButton pending={pending}>Save assessment</SubmitButton>
    </ActionForm>
  );
}

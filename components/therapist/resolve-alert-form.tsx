'use client';

import { LADDER, MIN_STAGE } from '@/lib/protocol';
import type { ActionMessage } from '@/lib/therapist/action-support';
import { resolveAlert } from '@/lib/therapist/alert-actions';
import { ActionForm, FormStatus, RadioGroup, SelectField, SubmitButton, TextareaField, useFormAction } from './form-parts';

export interface ResolvableAlert {
  id: string;
  redFlag: boolean;
  /** The stage of the run that raised the alert. */
  stage: number;
  runner: { id: string; name: string; phase: string; version: number };
}

/** A red flag, or any alert of a paused runner, needs a plan choice; other alerts may also just be acknowledged. */
export function ResolveAlertForm({ alert, title, onResolved }: { alert: ResolvableAlert; title: string; onResolved: (message: string) => void }) {
  const { state, formAction, pending, errors, formRef } = useFormAction(resolveAlert, { onSuccess: (data: ActionMessage) => onResolved(data.message) });
  const id = `alert-${alert.id}`;
  const needsPlanChoice = alert.redFlag || alert.runner.phase === 'paused';
  const stepBackTo = Math.max(MIN_STAGE, alert.stage - 1);
  const choices = [
    { value: 'resume', label: 'Resume walk-run at the stage chosen below' },
    { value: 'regress', label: `Step back one stage, to stage ${stepBackTo}` },
    { value: 'foundation', label: 'Return to foundation (no running)' },
    { value: 'refer_out', label: 'Refer out: running stops and the runner is discharged to another provider' },
    ...(needsPlanChoice ? [] : [{ value: 'acknowledged', label: 'Acknowledge: keep the plan as it is' }]),
  ];
  return (
    <ActionForm formAction={formAction} formRef={formRef} className="mt-3 space-y-3" aria-label={`Resolve: ${title}, ${alert.runner.name}`}>
      <input type="hidden" name="runnerId" value={alert.runner.id} />
      <input type="hidden" name="alertId" value={alert.id} />
      <input type="hidden" name="version" value={alert.runner.version} />
      <RadioGroup
        id={`${id}-choice`}
        name="choice"
        legend={needsPlanChoice ? 'How does the runner continue? (running stays paused until you choose)' : 'What do you decide?'}
        options={choices}
        error={errors.choice}
        className="[&>div]:flex-col"
      />
      <SelectField id={`${id}-stage`} name="resumeStage" label="Stage to resume at" hint="Used when you choose to resume walk-run." defaultValue={String(alert.stage)} error={errors.resumeStage} className="max-w-xs">
        {LADDER.map((step) => (
          <option key={step.stage} value={step.stage}>
            Stage {step.stage}: {step.walkMinutes === 0 ? `${step.runMinutes} min continuous` : `run ${step.runMinutes} / walk ${step.walkMinutes} min`}
          </option>
        ))}
      </SelectField>
      <TextareaField id={`${id}-note`} name="note" label="Note on your decision" hint="Required. Kept with the alert for therapists; the runner does not see it." required maxLength={2000} error={errors.note} />
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Resolve alert</SubmitButton>
    </ActionForm>
  );
}

'use client';

import { Field } from '@/components/ui/field';
import { ActionForm, FormActions, SubmitButton, type ActionFormHandle } from '@/components/ui/form';
import { RadioGroup } from '@/components/ui/radio-group';
import { Select } from '@/components/ui/select';
import { TextArea } from '@/components/ui/text-area';
import { PHASE_LABEL } from '@/lib/phases';
import { LADDER, MIN_STAGE } from '@/lib/protocol';
import { RESUME_CAP_MIN, RESUME_PHASES } from '@/lib/validation/alert-resolution';
import type { ActionMessage } from '@/lib/therapist/action-support';

export interface ResolvableAlert {
  id: string;
  redFlag: boolean;
  /** The stage of the run that raised the alert. */
  stage: number;
  runner: { id: string; name: string; phase: string; version: number };
  /** Where the runner was before running stopped, to offer resuming there (continuous, full, maintenance) at a weekly volume. */
  resumeAfterLadder?: { phase: 'continuous' | 'full' | 'maintenance'; weeklyMinutes: number; goalWeeklyMinutes: number } | null;
}

/**
 * A red flag, or any alert of a paused runner, needs a plan choice; other alerts may also just be acknowledged.
 * Every alert's form shares the list's action state (the confirmation outlives the resolved alert): a refusal is
 * shown in the form of the alert it names.
 */
export function ResolveAlertForm({ alert, title, form }: { alert: ResolvableAlert; title: string; form: ActionFormHandle<ActionMessage> }) {
  const id = `alert-${alert.id}`;
  const needsPlanChoice = alert.redFlag || alert.runner.phase === 'paused';
  const stepBackTo = Math.max(MIN_STAGE, alert.stage - 1);
  const after = alert.resumeAfterLadder ?? null;
  const choices = [
    ...(after ? [{ value: 'resume_phase', label: `Resume ${PHASE_LABEL[after.phase].toLowerCase()} at the weekly minutes below` }] : []),
    { value: 'resume', label: 'Resume walk-run at the stage chosen below' },
    { value: 'regress', label: `Step back one stage, to stage ${stepBackTo}` },
    { value: 'foundation', label: 'Return to foundation (no running)' },
    { value: 'refer_out', label: 'Refer out: running stops and the runner is discharged to another provider' },
    ...(needsPlanChoice ? [] : [{ value: 'acknowledged', label: 'Acknowledge: keep the plan as it is' }]),
  ];
  return (
    <ActionForm form={form} owns={(values) => values.alertId === alert.id} className="mt-3 space-y-3" aria-label={`Resolve: ${title}, ${alert.runner.name}`}>
      <input type="hidden" name="runnerId" value={alert.runner.id} />
      <input type="hidden" name="alertId" value={alert.id} />
      <input type="hidden" name="version" value={alert.runner.version} />
      <RadioGroup
        id={`${id}-choice`}
        name="choice"
        legend={needsPlanChoice ? 'How does the runner continue? (running stays paused until you choose)' : 'What do you decide?'}
        options={choices}
        columns="grid-cols-1"
      />
      <Select id={`${id}-stage`} name="resumeStage" label="Stage to resume at" hint="Used when you choose to resume walk-run." defaultValue={String(alert.stage)} className="max-w-xs">
        {LADDER.map((step) => (
          <option key={step.stage} value={step.stage}>
            Stage {step.stage}: {step.walkMinutes === 0 ? `${step.runMinutes} min continuous` : `run ${step.runMinutes} / walk ${step.walkMinutes} min`}
          </option>
        ))}
      </Select>
      {after && (
        <>
          <Select id={`${id}-phase`} name="resumePhase" label="Phase to resume in" hint="Used when you choose to resume after the ladder." defaultValue={after.phase} className="max-w-xs">
            {RESUME_PHASES.map((phase) => (
              <option key={phase} value={phase}>
                {PHASE_LABEL[phase]}
              </option>
            ))}
          </Select>
          <Field
            id={`${id}-cap`}
            name="weeklyCap"
            type="number"
            inputMode="numeric"
            label="Weekly running minutes to resume at"
            hint={`Before running stopped: about ${after.weeklyMinutes} min a week; the goal is ${after.goalWeeklyMinutes}. The 10 % rule grows it from here.`}
            defaultValue={String(Math.max(RESUME_CAP_MIN, Math.round(after.weeklyMinutes / 2)))}
            min={RESUME_CAP_MIN}
            max={after.goalWeeklyMinutes}
            className="max-w-xs"
          />
        </>
      )}
      <TextArea id={`${id}-note`} name="note" label="Note on your decision" hint="Required. Kept with the alert for therapists; the runner does not see it." required maxLength={2000} />
      <FormActions>
        <SubmitButton>Resolve alert</SubmitButton>
      </FormActions>
    </ActionForm>
  );
}

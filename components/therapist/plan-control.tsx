'use client';

import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { PHASE_LABEL, type Phase } from '@/lib/phases';
import { LADDER, OVERRIDE_REASON_MIN_LENGTH, PAIN_PRESET_IDS, SETTINGS_LIMITS, type PainPreset } from '@/lib/protocol';
import type { ActionMessage } from '@/lib/therapist/action-support';
import type { FullCriteriaWeek } from '@/lib/plan/full-criteria';
import { PRESET_LABEL, shortDate } from '@/lib/therapist/format';
import { changePlanSettings, dischargeToMaintenance, setStage, startFoundation, startWalkRun, unlockFull } from '@/lib/therapist/plan-actions';
import { ActionForm, FormStatus, SelectField, SubmitButton, TextareaField, useFormAction } from './form-parts';

type Defaults = { painAllowance: number; sessionMinutes: number; maxRunDaysPerWeek: number };

export interface PlanControlProps {
  runnerId: string;
  version: number;
  phase: Phase;
  stage: number;
  pausedByAlert: boolean;
  /** The walk-run gate's unmet conditions in plain words (foundation only). */
  gate: { allowed: boolean; unmet: string[] } | null;
  /** The `full` criteria (continuous only). */
  fullCriteria: { met: boolean; weeks: FullCriteriaWeek[] } | null;
  settings: { preset: PainPreset; overrides: Partial<Defaults>; goalWeeklyMinutes: number };
  presetDefaults: Record<PainPreset, Defaults>;
}

type Done = (data: ActionMessage) => void;
type Target = { runnerId: string; version: number };

function Hidden({ target }: { target: Target }) {
  return (
    <>
      <input type="hidden" name="runnerId" value={target.runnerId} />
      <input type="hidden" name="version" value={target.version} />
    </>
  );
}

function StageOptions() {
  return LADDER.map((step) => (
    <option key={step.stage} value={step.stage}>
      Stage {step.stage}: {step.walkMinutes === 0 ? `${step.runMinutes} min continuous` : `run ${step.runMinutes} / walk ${step.walkMinutes} min`}
    </option>
  ));
}

function OverrideReason({ id, error, hint }: { id: string; error: string | undefined; hint: string }) {
  return <TextareaField id={id} name="overrideReason" label="Override reason (optional)" hint={hint} maxLength={1000} error={error} />;
}

function StartWalkRunForm({ target, gate, onDone }: { target: Target; gate: NonNullable<PlanControlProps['gate']>; onDone: Done }) {
  const { state, formAction, pending, errors } = useFormAction(startWalkRun, { onSuccess: onDone });
  return (
    <ActionForm formAction={formAction} className="space-y-3" aria-labelledby="start-walk-run-heading">
      <h3 id="start-walk-run-heading" className="font-semibold">Start walk-run</h3>
      {gate.allowed ? (
        <p className="text-green-800">Ready: a readiness assessment passed in this foundation period and 14 days of foundation are done.</p>
      ) : (
        <div>
          <p>Not ready yet:</p>
          <ul className="list-disc pl-6">
            {gate.unmet.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      <Hidden target={target} />
      <SelectField id="start-stage" name="startStage" label="Start at" defaultValue="1" error={errors.startStage}>
        <StageOptions />
      </SelectField>
      {!gate.allowed && (
        <OverrideReason id="walk-run-override" error={errors.overrideReason} hint={`To start anyway, write why (at least ${OVERRIDE_REASON_MIN_LENGTH} characters). It is kept with the plan and shown in the timeline.`} />
      )}
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Start walk-run</SubmitButton>
    </ActionForm>
  );
}

function SetStageForm({ target, stage, onDone }: { target: Target; stage: number; onDone: Done }) {
  const { state, formAction, pending, errors } = useFormAction(setStage, { onSuccess: onDone });
  return (
    <ActionForm formAction={formAction} className="space-y-3" aria-labelledby="set-stage-heading">
      <h3 id="set-stage-heading" className="font-semibold">Set the stage</h3>
      <Hidden target={target} />
      <SelectField id="set-stage" name="stage" label="Next runs at" hint={`Now stage ${stage}. The runner's rule history starts again from today.`} defaultValue={String(stage)} error={errors.stage}>
        <StageOptions />
      </SelectField>
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Set stage</SubmitButton>
    </ActionForm>
  );
}

function UnlockFullForm({ target, criteria, onDone }: { target: Target; criteria: NonNullable<PlanControlProps['fullCriteria']>; onDone: Done }) {
  const { state, formAction, pending, errors } = useFormAction(unlockFull, { onSuccess: onDone });
  return (
    <ActionForm formAction={formAction} className="space-y-3" aria-labelledby="unlock-full-heading">
      <h3 id="unlock-full-heading" className="font-semibold">Unlock full training (speed work and hills)</h3>
      <p>{criteria.met ? 'Criteria met: two consecutive weeks of green runs, each at least 30 min.' : 'Criteria not met yet (two consecutive weeks of green runs, each at least 30 min):'}</p>
      <ul className="list-disc pl-6 text-sm">
        {criteria.weeks.map((week) => (
          <li key={week.from}>
            {shortDate(week.from)} – {shortDate(week.to)}: {week.runs} {week.runs === 1 ? 'run' : 'runs'}
            {week.problems.length ? `; ${week.problems.join(', ')}` : ', all green and long enough'}
          </li>
        ))}
      </ul>
      <Hidden target={target} />
      {!criteria.met && (
        <OverrideReason id="full-override" error={errors.overrideReason} hint={`To unlock anyway, write why (at least ${OVERRIDE_REASON_MIN_LENGTH} characters). It is kept with the plan.`} />
      )}
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Unlock full training</SubmitButton>
    </ActionForm>
  );
}

function SimplePlanForm({ target, action, heading, text, button, onDone, id }: { target: Target; action: typeof dischargeToMaintenance; heading: string; text: string; button: string; onDone: Done; id: string }) {
  const { state, formAction, pending } = useFormAction(action, { onSuccess: onDone });
  return (
    <ActionForm formAction={formAction} className="space-y-3" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="font-semibold">{heading}</h3>
      <p className="text-sm">{text}</p>
      <Hidden target={target} />
      <FormStatus state={state} />
      <SubmitButton pending={pending} variant="secondary">
        {button}
      </SubmitButton>
    </ActionForm>
  );
}

function SettingsForm({ target, settings, presetDefaults, onDone }: { target: Target; settings: PlanControlProps['settings']; presetDefaults: PlanControlProps['presetDefaults']; onDone: Done }) {
  const { state, formAction, pending, errors } = useFormAction(changePlanSettings, { onSuccess: onDone });
  const [preset, setPreset] = useState<PainPreset>(settings.preset);
  const defaults = presetDefaults[preset];
  const limit = SETTINGS_LIMITS;
  const numberHint = (value: number) => `Leave empty for the default (${value}).`;
  return (
    <ActionForm formAction={formAction} className="space-y-3" aria-labelledby="settings-heading">
      <h3 id="settings-heading" className="font-semibold">Pain preset and settings</h3>
      <Hidden target={target} />
      <SelectField id="preset" name="preset" label="Pain preset" value={preset} onChange={(e) => setPreset(e.target.value as PainPreset)} error={errors.preset}>
        {PAIN_PRESET_IDS.map((id) => (
          <option key={id} value={id}>
            {PRESET_LABEL[id]}
          </option>
        ))}
      </SelectField>
      <Field id="pain-allowance" name="painAllowance" type="number" inputMode="numeric" min={limit.painAllowance.min} max={limit.painAllowance.max} label="Pain allowance (0–10, during and after)" hint={numberHint(defaults.painAllowance)} defaultValue={settings.overrides.painAllowance ?? ''} error={errors.painAllowance} />
      <Field id="session-minutes" name="sessionMinutes" type="number" inputMode="numeric" min={limit.sessionMinutes.min} max={limit.sessionMinutes.max} label={`Session minutes (${limit.sessionMinutes.min}–${limit.sessionMinutes.max})`} hint={numberHint(defaults.sessionMinutes)} defaultValue={settings.overrides.sessionMinutes ?? ''} error={errors.sessionMinutes} />
      <Field id="run-days" name="maxRunDaysPerWeek" type="number" inputMode="numeric" min={limit.maxRunDaysPerWeek.min} max={limit.maxRunDaysPerWeek.max} label={`Run days per week (${limit.maxRunDaysPerWeek.min}–${limit.maxRunDaysPerWeek.max})`} hint={numberHint(defaults.maxRunDaysPerWeek)} defaultValue={settings.overrides.maxRunDaysPerWeek ?? ''} error={errors.maxRunDaysPerWeek} />
      <Field id="goal-minutes" name="goalWeeklyMinutes" type="number" inputMode="numeric" min={30} max={1200} label="Weekly goal, minutes of running (30–1200)" hint="The ceiling of the 10 % rule." defaultValue={settings.goalWeeklyMinutes} required error={errors.goalWeeklyMinutes} />
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Save settings</SubmitButton>
    </ActionForm>
  );
}

/**
 * The therapist's controls over the plan, each form carrying the version it was rendered with. The confirmation
 * sits above the forms because the form that was used may disappear once the phase changes.
 */
export function PlanControl(props: PlanControlProps) {
  const [confirmation, setConfirmation] = useState('');
  const onDone: Done = (data) => setConfirmation(data.message);
  const target = { runnerId: props.runnerId, version: props.version };
  const { phase } = props;
  return (
    <div className="space-y-6">
      <div role="status" className="font-medium text-green-800">
        {confirmation}
      </div>
      {props.pausedByAlert ? (
        <p className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
          Running is paused by a red flag. Resolve the open alert to choose how the runner continues.
        </p>
      ) : (
        <>
          {phase === 'foundation' && props.gate && <StartWalkRunForm key={`walk-run-${props.version}`} target={target} gate={props.gate} onDone={onDone} />}
          {phase === 'walk_run' && <SetStageForm key={`stage-${props.version}`} target={target} stage={props.stage} onDone={onDone} />}
          {phase === 'continuous' && props.fullCriteria && <UnlockFullForm key={`full-${props.version}`} target={target} criteria={props.fullCriteria} onDone={onDone} />}
          {phase === 'full' && (
            <SimplePlanForm id="discharge" target={target} action={dischargeToMaintenance} heading="Discharge to maintenance" text="The runner keeps running on their own with prevention habits: strength twice a week and a warm-up before runs." button="Discharge to maintenance" onDone={onDone} />
          )}
          {phase !== 'foundation' && (
            <SimplePlanForm
              id="foundation"
              target={target}
              action={startFoundation}
              heading="Return to foundation"
              text={`Running stops; strength, plyometrics and mobility for at least 14 days, then a readiness assessment. Now: ${PHASE_LABEL[phase]}.`}
              button="Return to foundation"
              onDone={onDone}
            />
          )}
        </>
      )}
      <SettingsForm key={`settings-${props.version}`} target={target} settings={props.settings} presetDefaults={props.presetDefaults} onDone={onDone} />
    </div>
  );
}

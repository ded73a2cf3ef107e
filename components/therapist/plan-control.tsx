'use client';

import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { ActionForm, Confirmation, FormActions, SubmitButton, useActionForm, type ActionFormHandle } from '@/components/ui/form';
import { Select } from '@/components/ui/select';
import { TextArea } from '@/components/ui/text-area';
import type { ActionState } from '@/lib/actions/action-state';
import { PHASE_LABEL, type Phase } from '@/lib/phases';
import { LADDER, OVERRIDE_REASON_MIN_LENGTH, PAIN_PRESET_IDS, SETTINGS_LIMITS, type PainPreset } from '@/lib/protocol';
import type { ActionMessage } from '@/lib/therapist/action-support';
import type { FullCriteriaWeek } from '@/lib/plan/full-criteria';
import { PRESET_LABEL, shortDate } from '@/lib/therapist/format';
import { changePlanSettings, dischargeToMaintenance, setStage, startFoundation, startWalkRun, unlockFull } from '@/lib/therapist/plan-actions';

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

type Form = ActionFormHandle<ActionMessage>;
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

function OverrideReason({ id, hint }: { id: string; hint: string }) {
  return <TextArea id={id} name="overrideReason" label="Override reason (optional)" hint={hint} maxLength={1000} />;
}

function StartWalkRunForm({ form, target, gate }: { form: Form; target: Target; gate: NonNullable<PlanControlProps['gate']> }) {
  return (
    <ActionForm form={form} className="space-y-3" aria-labelledby="start-walk-run-heading">
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
      <Select id="start-stage" name="startStage" label="Start at" defaultValue="1">
        <StageOptions />
      </Select>
      {!gate.allowed && (
        <OverrideReason id="walk-run-override" hint={`To start anyway, write why (at least ${OVERRIDE_REASON_MIN_LENGTH} characters). It is kept with the plan and shown in the timeline.`} />
      )}
      <FormActions>
        <SubmitButton>Start walk-run</SubmitButton>
      </FormActions>
    </ActionForm>
  );
}

function SetStageForm({ form, target, stage }: { form: Form; target: Target; stage: number }) {
  return (
    <ActionForm form={form} className="space-y-3" aria-labelledby="set-stage-heading">
      <h3 id="set-stage-heading" className="font-semibold">Set the stage</h3>
      <Hidden target={target} />
      <Select id="set-stage" name="stage" label="Next runs at" hint={`Now stage ${stage}. The runner's rule history starts again from today.`} defaultValue={String(stage)}>
        <StageOptions />
      </Select>
      <FormActions>
        <SubmitButton>Set stage</SubmitButton>
      </FormActions>
    </ActionForm>
  );
}

function UnlockFullForm({ form, target, criteria }: { form: Form; target: Target; criteria: NonNullable<PlanControlProps['fullCriteria']> }) {
  return (
    <ActionForm form={form} className="space-y-3" aria-labelledby="unlock-full-heading">
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
      {!criteria.met && <OverrideReason id="full-override" hint={`To unlock anyway, write why (at least ${OVERRIDE_REASON_MIN_LENGTH} characters). It is kept with the plan.`} />}
      <FormActions>
        <SubmitButton>Unlock full training</SubmitButton>
      </FormActions>
    </ActionForm>
  );
}

function SimplePlanForm({ form, target, heading, text, button, id }: { form: Form; target: Target; heading: string; text: string; button: string; id: string }) {
  return (
    <ActionForm form={form} className="space-y-3" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="font-semibold">{heading}</h3>
      <p className="text-sm">{text}</p>
      <Hidden target={target} />
      <FormActions>
        <SubmitButton variant="secondary">{button}</SubmitButton>
      </FormActions>
    </ActionForm>
  );
}

function isPreset(value: unknown): value is PainPreset {
  return typeof value === 'string' && (PAIN_PRESET_IDS as readonly string[]).includes(value);
}

function SettingsForm({ form, target, settings, presetDefaults }: { form: Form; target: Target; settings: PlanControlProps['settings']; presetDefaults: PlanControlProps['presetDefaults'] }) {
  // The preset chosen since the last answer, for the hints; the form's reset after an answer shows the submitted one.
  const [chosen, setChosen] = useState<PainPreset | null>(null);
  const kept = form.state.status === 'error' ? form.state.values?.preset : undefined;
  const defaults = presetDefaults[chosen ?? (isPreset(kept) ? kept : settings.preset)];
  const limit = SETTINGS_LIMITS;
  const numberHint = (value: number) => `Leave empty for the default (${value}).`;
  return (
    <ActionForm form={form} className="space-y-3" aria-labelledby="settings-heading" onReset={() => setChosen(null)}>
      <h3 id="settings-heading" className="font-semibold">Pain preset and settings</h3>
      <Hidden target={target} />
      <Select id="preset" name="preset" label="Pain preset" defaultValue={settings.preset} onChange={(e) => setChosen(e.target.value as PainPreset)}>
        {PAIN_PRESET_IDS.map((id) => (
          <option key={id} value={id}>
            {PRESET_LABEL[id]}
          </option>
        ))}
      </Select>
      <Field id="pain-allowance" name="painAllowance" type="number" inputMode="numeric" min={limit.painAllowance.min} max={limit.painAllowance.max} label="Pain allowance (0–10, during and after)" hint={numberHint(defaults.painAllowance)} defaultValue={settings.overrides.painAllowance ?? ''} />
      <Field id="session-minutes" name="sessionMinutes" type="number" inputMode="numeric" min={limit.sessionMinutes.min} max={limit.sessionMinutes.max} label={`Session minutes (${limit.sessionMinutes.min}–${limit.sessionMinutes.max})`} hint={numberHint(defaults.sessionMinutes)} defaultValue={settings.overrides.sessionMinutes ?? ''} />
      <Field id="run-days" name="maxRunDaysPerWeek" type="number" inputMode="numeric" min={limit.maxRunDaysPerWeek.min} max={limit.maxRunDaysPerWeek.max} label={`Run days per week (${limit.maxRunDaysPerWeek.min}–${limit.maxRunDaysPerWeek.max})`} hint={numberHint(defaults.maxRunDaysPerWeek)} defaultValue={settings.overrides.maxRunDaysPerWeek ?? ''} />
      <Field id="goal-minutes" name="goalWeeklyMinutes" type="number" inputMode="numeric" min={30} max={1200} label="Weekly goal, minutes of running (30–1200)" hint="The ceiling of the 10 % rule." defaultValue={settings.goalWeeklyMinutes} required />
      <FormActions>
        <SubmitButton>Save settings</SubmitButton>
      </FormActions>
    </ActionForm>
  );
}

/** The answer given last among several forms' states (each answer is a new object). */
function useLatestAnswer(states: ActionState<ActionMessage>[]): ActionState<ActionMessage> | null {
  const [seen, setSeen] = useState(states);
  const [latest, setLatest] = useState<ActionState<ActionMessage> | null>(() => states.find((state) => state.status !== 'idle') ?? null);
  const changed = states.find((state, i) => state !== seen[i]);
  if (changed) {
    setSeen(states);
    setLatest(changed);
  }
  return changed ?? latest;
}

/**
 * The therapist's controls over the plan, each form carrying the version it was rendered with. The forms' action
 * states live here and the confirmation sits above the forms, because the form that was used may disappear once
 * the phase changes (also in the page rendered after a post without JavaScript).
 */
export function PlanControl(props: PlanControlProps) {
  const forms = {
    walkRun: useActionForm(startWalkRun),
    stage: useActionForm(setStage),
    full: useActionForm(unlockFull),
    discharge: useActionForm(dischargeToMaintenance),
    foundation: useActionForm(startFoundation),
    settings: useActionForm(changePlanSettings),
  };
  const latest = useLatestAnswer(Object.values(forms).map((form) => form.state));
  const target = { runnerId: props.runnerId, version: props.version };
  const { phase } = props;
  return (
    <div className="space-y-6">
      <Confirmation focusKey={latest?.status === 'ok' ? latest : null}>{latest?.status === 'ok' ? latest.data.message : null}</Confirmation>
      {props.pausedByAlert ? (
        <p className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
          Running is paused by a red flag. Resolve the open alert to choose how the runner continues.
        </p>
      ) : (
        <>
          {phase === 'foundation' && props.gate && <StartWalkRunForm key={`walk-run-${props.version}`} form={forms.walkRun} target={target} gate={props.gate} />}
          {phase === 'walk_run' && <SetStageForm key={`stage-${props.version}`} form={forms.stage} target={target} stage={props.stage} />}
          {phase === 'continuous' && props.fullCriteria && <UnlockFullForm key={`full-${props.version}`} form={forms.full} target={target} criteria={props.fullCriteria} />}
          {phase === 'full' && (
            <SimplePlanForm id="discharge" form={forms.discharge} target={target} heading="Discharge to maintenance" text="The runner keeps running on their own with prevention habits: strength twice a week and a warm-up before runs." button="Discharge to maintenance" />
          )}
          {phase !== 'foundation' && (
            <SimplePlanForm
              id="foundation"
              form={forms.foundation}
              target={target}
              heading="Return to foundation"
              text={`Running stops; strength, plyometrics and mobility for at least 14 days, then a readiness assessment. Now: ${PHASE_LABEL[phase]}.`}
              button="Return to foundation"
            />
          )}
        </>
      )}
      <SettingsForm key={`settings-${props.version}`} form={forms.settings} target={target} settings={props.settings} presetDefaults={props.presetDefaults} />
    </div>
  );
}

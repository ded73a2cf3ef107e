'use client';

import { Field } from '@/components/ui/field';
import { ActionForm, Confirmation, FormActions, SubmitButton, useActionForm, useFieldAnswer } from '@/components/ui/form';
import { saveClinicSettingsAction } from '@/lib/admin/settings/actions';
import { SETTINGS_LIMITS as limits } from '@/lib/protocol';

export interface PresetOption {
  id: string;
  label: string;
  description: string;
}

type SettingField = 'painAllowance' | 'stopPain' | 'sessionMinutes' | 'weeklyIncreasePercent' | 'maxRunDaysPerWeek' | 'gapDays';

interface Props {
  defaultPreset: string;
  /** The stored clinic values as the form shows them ('' when the protocol default applies). */
  values: Record<SettingField, string>;
  presets: PresetOption[];
  hints: Record<SettingField, string>;
}

function PresetChoice({ defaultPreset, presets }: { defaultPreset: string; presets: PresetOption[] }) {
  const { error, kept } = useFieldAnswer('defaultPreset');
  const chosen = kept === undefined ? defaultPreset : kept;
  return (
    <fieldset aria-describedby="defaultPreset-error" aria-invalid={error ? true : undefined}>
      <legend className="text-lg font-semibold text-slate-900">Default pain preset for new runners</legend>
      <p className="text-sm text-slate-700">Therapists start each new runner on this preset and can change it for the runner.</p>
      <div className="mt-2 space-y-2">
        {presets.map((preset) => (
          <label key={preset.id} className="flex min-h-11 items-start gap-3 rounded-md border border-slate-300 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
            <input type="radio" name="defaultPreset" value={preset.id} defaultChecked={preset.id === chosen} className="mt-1 size-5" aria-describedby={`preset-${preset.id}-description`} />
            <span>
              <span className="block font-medium">{preset.label}</span>
              <span id={`preset-${preset.id}-description`} className="block text-sm text-slate-700">
                {preset.description}
              </span>
            </span>
          </label>
        ))}
      </div>
      <p id="defaultPreset-error" aria-live="polite" className="mt-1 text-sm text-red-700">
        {error}
      </p>
    </fieldset>
  );
}

export function ClinicSettingsForm({ defaultPreset, values, presets, hints }: Props) {
  const form = useActionForm(saveClinicSettingsAction);
  const { state } = form;
  return (
    <ActionForm form={form} className="space-y-6" aria-label="Clinic settings">
      <PresetChoice defaultPreset={defaultPreset} presets={presets} />

      <fieldset>
        <legend className="text-lg font-semibold text-slate-900">Protocol settings</legend>
        <p className="text-sm text-slate-700">
          Leave a field empty to use the protocol’s default. Safety limits can only be made stricter: a value looser than a preset’s own is ignored for that
          preset (bone stress keeps its 0/10 allowance). A runner’s own settings, set by their therapist, come first.
        </p>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <Field id="painAllowance" name="painAllowance" type="number" inputMode="numeric" min={limits.painAllowance.min} max={limits.painAllowance.max} step={1} label="Pain allowance (0–10)" hint={hints.painAllowance} defaultValue={values.painAllowance} />
          <Field id="stopPain" name="stopPain" type="number" inputMode="numeric" min={limits.stopPain.min} max={limits.stopPain.max} step={1} label="Pain that stops running (0–10)" hint={hints.stopPain} defaultValue={values.stopPain} />
          <Field id="sessionMinutes" name="sessionMinutes" type="number" inputMode="numeric" min={limits.sessionMinutes.min} max={limits.sessionMinutes.max} step={1} label="Session length (minutes)" hint={hints.sessionMinutes} defaultValue={values.sessionMinutes} />
          <Field id="weeklyIncreasePercent" name="weeklyIncreasePercent" type="number" inputMode="decimal" min={limits.weeklyIncrease.min * 100} max={limits.weeklyIncrease.max * 100} step={0.1} label="Largest weekly increase in running (%)" hint={hints.weeklyIncreasePercent} defaultValue={values.weeklyIncreasePercent} />
          <Field id="maxRunDaysPerWeek" name="maxRunDaysPerWeek" type="number" inputMode="numeric" min={limits.maxRunDaysPerWeek.min} max={limits.maxRunDaysPerWeek.max} step={1} label="Most run days in any 7 days" hint={hints.maxRunDaysPerWeek} defaultValue={values.maxRunDaysPerWeek} />
          <Field id="gapDays" name="gapDays" type="number" inputMode="numeric" min={limits.gapDays.min} max={limits.gapDays.max} step={1} label="Days off before a break changes the next run" hint={hints.gapDays} defaultValue={values.gapDays} />
        </div>
      </fieldset>

      <Confirmation focusKey={state.status === 'ok' ? state : null}>{state.status === 'ok' ? 'Saved. New plans use these settings from now on.' : null}</Confirmation>
      <FormActions>
        <SubmitButton>Save settings</SubmitButton>
      </FormActions>
    </ActionForm>
  );
}

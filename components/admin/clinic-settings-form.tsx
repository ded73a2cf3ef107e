'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { saveClinicSettingsAction } from '@/lib/admin/settings/actions';
import { useKeptForm } from './use-kept-form';

export interface PresetOption {
  id: string;
  label: string;
  description: string;
}

interface Props {
  defaultPreset: string;
  /** The stored clinic values as the form shows them ('' when the protocol default applies). */
  values: { painAllowance: string; sessionMinutes: string; weeklyIncreasePercent: string; maxRunDaysPerWeek: string };
  presets: PresetOption[];
  hints: { painAllowance: string; sessionMinutes: string; weeklyIncreasePercent: string; maxRunDaysPerWeek: string };
}

export function ClinicSettingsForm({ defaultPreset, values, presets, hints }: Props) {
  const { state, pending, formProps } = useKeptForm(saveClinicSettingsAction);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  return (
    <form {...formProps} className="space-y-6" noValidate>
      <fieldset aria-describedby="defaultPreset-error">
        <legend className="text-lg font-semibold text-slate-900">Default pain preset for new runners</legend>
        <p className="text-sm text-slate-700">Therapists start each new runner on this preset and can change it for the runner.</p>
        <div className="mt-2 space-y-2">
          {presets.map((preset) => (
            <label key={preset.id} className="flex min-h-11 items-start gap-3 rounded-md border border-slate-300 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="radio" name="defaultPreset" value={preset.id} defaultChecked={preset.id === defaultPreset} className="mt-1 size-5" aria-describedby={`preset-${preset.id}-description`} />
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
          {errors.defaultPreset}
        </p>
      </fieldset>

      <fieldset>
        <legend className="text-lg font-semibold text-slate-900">Protocol settings</legend>
        <p className="text-sm text-slate-700">Leave a field empty to use the protocol’s default. A runner’s own settings, set by their therapist, come first.</p>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <Field id="painAllowance" name="painAllowance" type="number" inputMode="numeric" min={0} max={10} step={1} label="Pain allowance (0–10)" hint={hints.painAllowance} defaultValue={values.painAllowance} error={errors.painAllowance} />
          <Field id="sessionMinutes" name="sessionMinutes" type="number" inputMode="numeric" min={10} max={120} step={1} label="Session length (minutes)" hint={hints.sessionMinutes} defaultValue={values.sessionMinutes} error={errors.sessionMinutes} />
          <Field id="weeklyIncreasePercent" name="weeklyIncreasePercent" type="number" inputMode="decimal" min={0} max={50} step={0.1} label="Largest weekly increase in running (%)" hint={hints.weeklyIncreasePercent} defaultValue={values.weeklyIncreasePercent} error={errors.weeklyIncreasePercent} />
          <Field id="maxRunDaysPerWeek" name="maxRunDaysPerWeek" type="number" inputMode="numeric" min={1} max={4} step={1} label="Most run days a week" hint={hints.maxRunDaysPerWeek} defaultValue={values.maxRunDaysPerWeek} error={errors.maxRunDaysPerWeek} />
        </div>
      </fieldset>

      <div role="alert" className="text-red-700">
        {state.status === 'error' && Object.keys(errors).length === 0 ? state.formError : null}
        {state.status === 'error' && Object.keys(errors).length > 0 ? 'Nothing was saved: please correct the highlighted fields.' : null}
      </div>
      <p role="status" className="font-medium text-green-800">
        {state.status === 'ok' && !pending ? 'Saved. New plans use these settings from now on.' : null}
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save settings'}
      </Button>
    </form>
  );
}

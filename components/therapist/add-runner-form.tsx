'use client';

import Link from 'next/link';
import { Field } from '@/components/ui/field';
import { ActionForm, Confirmation, FormActions, SubmitButton, useActionForm } from '@/components/ui/form';
import { Select } from '@/components/ui/select';
import { PAIN_PRESET_IDS, type PainPreset } from '@/lib/protocol';
import { PRESET_LABEL, SIDE_LABEL } from '@/lib/therapist/format';
import { addRunner } from '@/lib/therapist/runner-actions';
import { INJURY_SIDES } from '@/lib/validation/limits';
import { InvitationLink } from './invitation-link';

export function AddRunnerForm({ defaultPreset, today }: { defaultPreset: PainPreset; today: string }) {
  // After an addition the form is emptied by React's reset (no kept values), ready for the next runner.
  const form = useActionForm(addRunner);
  const { state } = form;
  return (
    <>
      {state.status === 'ok' && (
        <section aria-labelledby="added-heading" className="mb-6 space-y-3">
          <Confirmation focusKey={state} className="text-slate-900">
            <h2 id="added-heading" className="text-lg font-semibold">
              {state.data.name} is added and invited
            </h2>
          </Confirmation>
          <p>
            They start in foundation today.{' '}
            <Link href={`/therapist/runners/${state.data.runnerId}`} className="font-medium text-brand-800 underline">
              Open {state.data.name}’s page
            </Link>
          </p>
          <InvitationLink invitation={state.data} />
        </section>
      )}
      <ActionForm form={form} className="grid max-w-2xl gap-4 sm:grid-cols-2" aria-label="Add a runner">
        <Field id="name" name="name" label="Full name" autoComplete="off" required maxLength={100} />
        <Field id="email" name="email" type="email" label="Email" hint="The invitation goes to this address." autoComplete="off" required maxLength={254} />
        <Field id="injury-type" name="injuryType" label="Injury" hint="For example: calf strain." required maxLength={100} />
        <Select id="injury-side" name="injurySide" label="Side" defaultValue="not_applicable">
          {INJURY_SIDES.map((side) => (
            <option key={side} value={side}>
              {side === 'not_applicable' ? 'Not applicable' : SIDE_LABEL[side].charAt(0).toUpperCase() + SIDE_LABEL[side].slice(1)}
            </option>
          ))}
        </Select>
        <Field id="injury-date" name="injuryDate" type="date" max={today} label="Date of injury (optional)" />
        <Select id="preset" name="preset" label="Pain preset" hint="Your clinic's default is preselected." defaultValue={defaultPreset}>
          {PAIN_PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {PRESET_LABEL[id]}
            </option>
          ))}
        </Select>
        <Field id="goal" name="goalWeeklyMinutes" type="number" inputMode="numeric" min={30} max={1200} defaultValue={150} label="Weekly goal, minutes of running (30–1200)" required />
        <div className="sm:col-span-2 space-y-3">
          <FormActions>
            <SubmitButton pendingLabel="Adding…">Add runner and create invitation</SubmitButton>
          </FormActions>
        </div>
      </ActionForm>
    </>
  );
}

'use client';

import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { IDLE } from '@/lib/actions/action-state';
import { saveClinicContactAction } from '@/lib/admin/settings/actions';

interface Props {
  phone: string | null;
  email: string | null;
}

/**
 * The clinic's phone and email, which a runner's stop card offers beside their therapist's. A real form posting to
 * the server action (it works before the scripts load); with scripts it keeps what was typed when a field is refused.
 */
export function ClinicContactForm({ phone, email }: Props) {
  const [state, dispatch, pending] = useActionState(saveClinicContactAction, IDLE);
  const [typed, setTyped] = useState<Record<string, string> | null>(null);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const shown = state.status === 'error' && typed ? typed : { contactPhone: phone ?? '', contactEmail: email ?? '' };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setTyped({ contactPhone: String(data.get('contactPhone') ?? ''), contactEmail: String(data.get('contactEmail') ?? '') });
    startTransition(() => dispatch(data));
  }

  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Clinic contact">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          key={`phone-${state.status}-${shown.contactPhone}`}
          id="clinic-contact-phone"
          name="contactPhone"
          type="tel"
          autoComplete="tel"
          label="Clinic phone"
          hint="For example +1 555 0150. Empty: not shown."
          defaultValue={shown.contactPhone}
          error={errors.contactPhone}
        />
        <Field
          key={`email-${state.status}-${shown.contactEmail}`}
          id="clinic-contact-email"
          name="contactEmail"
          type="email"
          autoComplete="email"
          label="Clinic email"
          hint="For example front-desk@clinic.com. Empty: not shown."
          defaultValue={shown.contactEmail}
          error={errors.contactEmail}
        />
      </div>
      <div role="status" aria-live="polite" className="min-h-6 font-medium">
        {state.status === 'error' ? <span className="text-red-700">{state.formError}</span> : state.status === 'ok' ? <span className="text-green-800">Clinic contact saved.</span> : null}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save clinic contact'}
      </Button>
    </form>
  );
}

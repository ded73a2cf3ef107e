'use client';

import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { IDLE } from '@/lib/actions/action-state';
import { setStaffPhoneAction } from '@/lib/admin/people/actions';

/** A therapist's or admin's work phone, which their runners' stop cards offer; blank clears it. */
export function StaffPhoneForm({ userId, name, phone }: { userId: string; name: string; phone: string | null }) {
  const [state, dispatch, pending] = useActionState(setStaffPhoneAction, IDLE);
  const [typed, setTyped] = useState('');
  const error = state.status === 'error' ? (state.fieldErrors?.phone ?? state.formError) : undefined;
  const shown = state.status === 'error' ? typed : (phone ?? '');
  const id = `phone-${userId}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setTyped(String(data.get('phone') ?? ''));
    startTransition(() => dispatch(data));
  }

  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate className="flex min-w-56 flex-wrap items-start gap-2">
      <input type="hidden" name="userId" value={userId} />
      <Field key={`${state.status}-${shown}`} id={id} name="phone" type="tel" autoComplete="off" label={`Work phone of ${name}`} defaultValue={shown} error={error} className="min-w-40 flex-1 [&>label]:sr-only" />
      <Button type="submit" variant="secondary" className="mt-1" disabled={pending}>
        {pending ? 'Saving…' : 'Save'}
        <span className="sr-only"> work phone of {name}</span>
      </Button>
      <p role="status" className="sr-only">
        {state.status === 'ok' ? `Work phone of ${name} saved.` : ''}
      </p>
    </form>
  );
}

'use client';

import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { PainScale } from '@/components/ui/pain-scale';
import { RadioGroup, YES_NO } from '@/components/ui/radio-group';
import { IDLE } from '@/lib/actions/action-state';
import { preRunCheckAction } from '@/lib/runner/actions';

/**
 * The three questions before a run (protocol v2): pain right now, swelling or stiffness lasting more than 24 h
 * since the last run, limping when walking. A real form posting to the server action, so it works before the
 * page's scripts load; with scripts it keeps the answers on an error. The page re-renders with the outcome.
 */
export function PreRunCheckForm({ idempotencyKey }: { idempotencyKey: string }) {
  const [state, dispatch, pending] = useActionState(preRunCheckAction, IDLE);
  const [kept, setKept] = useState<Record<string, string>>({});
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setKept(Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v)])));
    startTransition(() => dispatch(data));
  }

  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate className="space-y-5">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <PainScale id="pre-run-pain" name="painNow" legend="Your pain right now" error={errors.painNow} defaultValue={kept.painNow} />
      <RadioGroup
        id="pre-run-swelling"
        name="swellingOver24h"
        legend="Swelling or stiffness that has lasted more than 24 hours since your last run?"
        options={YES_NO}
        error={errors.swellingOver24h}
        defaultValue={kept.swellingOver24h}
      />
      <RadioGroup id="pre-run-limping" name="limpingWhenWalking" legend="Are you limping when you walk?" options={YES_NO} error={errors.limpingWhenWalking} defaultValue={kept.limpingWhenWalking} />
      <div role="alert" className="min-h-6 font-medium text-red-700">
        {state.status === 'error' ? state.formError : null}
      </div>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Checking…' : 'Check before I run'}
      </Button>
    </form>
  );
}

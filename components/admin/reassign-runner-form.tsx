'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { IDLE } from '@/lib/actions/action-state';
import { reassignRunnerAction } from '@/lib/admin/people/actions';

interface Props {
  runnerId: string;
  runnerName: string;
  therapistId: string | null;
  therapists: { id: string; name: string }[];
}

/** Moves a runner to another active therapist; the choice list holds only active therapists of the clinic. */
export function ReassignRunnerForm({ runnerId, runnerName, therapistId, therapists }: Props) {
  const [state, action, pending] = useActionState(reassignRunnerAction, IDLE);
  const selectId = `therapist-for-${runnerId}`;
  const messageId = `${selectId}-message`;
  const error = state.status === 'error' ? (state.fieldErrors?.therapistId ?? state.formError) : undefined;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="runnerId" value={runnerId} />
      <label htmlFor={selectId} className="sr-only">
        Therapist for {runnerName}
      </label>
      <select
        id={selectId}
        name="therapistId"
        defaultValue={therapistId ?? ''}
        aria-describedby={messageId}
        aria-invalid={error ? true : undefined}
        className="min-h-11 rounded-md border border-slate-500 bg-white px-2"
      >
        {therapistId === null && <option value="">Choose a therapist</option>}
        {therapists.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" disabled={pending}>
        Reassign<span className="sr-only"> {runnerName}</span>
      </Button>
      <p id={messageId} aria-live="polite" className={`w-full text-sm ${error ? 'text-red-700' : 'text-green-800'}`}>
        {error ?? (state.status === 'ok' ? `Now with ${state.data.therapist}.` : '')}
      </p>
    </form>
  );
}

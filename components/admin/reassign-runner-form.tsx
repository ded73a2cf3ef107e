'use client';

import { ActionForm, SubmitButton, useActionForm, useFieldAnswer } from '@/components/ui/form';
import { reassignRunnerAction } from '@/lib/admin/people/actions';

interface Props {
  runnerId: string;
  runnerName: string;
  therapistId: string | null;
  therapists: { id: string; name: string }[];
}

function TherapistSelect({ runnerId, runnerName, therapistId, therapists, message }: Props & { message: string | undefined }) {
  const { error, kept } = useFieldAnswer('therapistId');
  const chosen = kept === undefined ? (therapistId ?? '') : String(kept);
  const selectId = `therapist-for-${runnerId}`;
  const messageId = `${selectId}-message`;
  const shown = error ?? message;
  return (
    <>
      <label htmlFor={selectId} className="sr-only">
        Therapist for {runnerName}
      </label>
      {/* Keyed by the choice: React sets a select's default only when it mounts. */}
      <select
        key={chosen}
        id={selectId}
        name="therapistId"
        defaultValue={chosen}
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
      <SubmitButton variant="secondary" pendingLabel="Reassigning…">
        Reassign<span className="sr-only"> {runnerName}</span>
      </SubmitButton>
      <p id={messageId} aria-live="polite" className={`w-full text-sm ${error ? 'text-red-700' : 'text-green-800'}`}>
        {shown}
      </p>
    </>
  );
}

/** Moves a runner to another active therapist; the choice list holds only active therapists of the clinic. */
export function ReassignRunnerForm(props: Props) {
  const form = useActionForm(reassignRunnerAction);
  const { state } = form;
  const message = state.status === 'error' ? state.formError : state.status === 'ok' ? `Now with ${state.data.therapist}.` : undefined;
  return (
    <ActionForm form={form} className="flex flex-wrap items-center gap-2" aria-label={`Reassign ${props.runnerName}`}>
      <input type="hidden" name="runnerId" value={props.runnerId} />
      <TherapistSelect {...props} message={message} />
    </ActionForm>
  );
}

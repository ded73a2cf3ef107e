'use client';

import { NOTE_MAX_LENGTH } from '@/lib/validation/limits';
import { addTherapistNote } from '@/lib/therapist/record-actions';
import { dateTime } from '@/lib/therapist/format';
import { ActionForm, FormStatus, SubmitButton, TextareaField, useFormAction } from './form-parts';

export interface NoteView {
  id: string;
  body: string;
  createdAt: Date;
  authorName: string;
}

/** Clinical notes, for therapists only: the form, then the notes newest first. */
export function Notes({ runnerId, notes }: { runnerId: string; notes: NoteView[] }) {
  const { state, formAction, pending, errors, formRef } = useFormAction(addTherapistNote, { resetOnSuccess: true });
  return (
    <>
      <ActionForm formAction={formAction} formRef={formRef} className="space-y-3" aria-label="New note">
        <input type="hidden" name="runnerId" value={runnerId} />
        <TextareaField id="note-body" name="body" label="New note" hint="Visible to therapists only; never to the runner or the clinic admin." required maxLength={NOTE_MAX_LENGTH} error={errors.body} />
        <FormStatus state={state} success={state.status === 'ok' ? state.data.message : undefined} />
        <SubmitButton pending={pending}>Save note</SubmitButton>
      </ActionForm>
      {notes.length === 0 ? (
        <p className="mt-3 text-slate-700">No notes yet.</p>
      ) : (
        <ul aria-label="Notes, newest first" className="mt-3 divide-y divide-slate-100">
          {notes.map((note) => (
            <li key={note.id} className="py-2">
              <p className="text-sm text-slate-700">
                {dateTime(note.createdAt)} · {note.authorName}
              </p>
              <p className="whitespace-pre-wrap">{note.body}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

'use client';

import { ActionForm, Confirmation, FormActions, SubmitButton, useActionForm } from '@/components/ui/form';
import { TextArea } from '@/components/ui/text-area';
import { NOTE_MAX_LENGTH } from '@/lib/validation/limits';
import { addTherapistNote } from '@/lib/therapist/record-actions';
import { dateTime } from '@/lib/therapist/format';

export interface NoteView {
  id: string;
  body: string;
  createdAt: Date;
  authorName: string;
}

/** Clinical notes, for therapists only: the form, then the notes newest first. */
export function Notes({ runnerId, notes }: { runnerId: string; notes: NoteView[] }) {
  // After a save the form is emptied by React's reset (no kept values), ready for the next note.
  const form = useActionForm(addTherapistNote);
  const { state } = form;
  return (
    <>
      <ActionForm form={form} className="space-y-3" aria-label="New note">
        <input type="hidden" name="runnerId" value={runnerId} />
        <TextArea id="note-body" name="body" label="New note" hint="Visible to therapists only; never to the runner or the clinic admin." required maxLength={NOTE_MAX_LENGTH} />
        <Confirmation>{state.status === 'ok' ? state.data.message : null}</Confirmation>
        <FormActions>
          <SubmitButton>Save note</SubmitButton>
        </FormActions>
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

'use server';

import { authorizedAction } from '@/lib/actions/authorized-action';
import { localToday } from '@/lib/dates/local-today';
import { readinessAssessmentSchema } from '@/lib/validation/readiness-assessment';
import { therapistNoteSchema } from '@/lib/validation/therapist-note';
import { revalidateTherapistPages, type ActionMessage } from './action-support';
import { addTherapistNoteAs, recordReadinessAssessmentAs, type ReadinessOutcome } from './record-writes';

/** Stores the whole assessment (every input, the result and each failed criterion) with an audit row. */
export const recordReadinessAssessment = authorizedAction(['therapist'], readinessAssessmentSchema, async (input, user): Promise<ReadinessOutcome> => {
  const result = await recordReadinessAssessmentAs(user, input, await localToday());
  revalidateTherapistPages();
  return result;
});

/** A dated clinical note, for therapists only; the audit row records that a note was written, never its text. */
export const addTherapistNote = authorizedAction(['therapist'], therapistNoteSchema, async (input, user): Promise<ActionMessage> => {
  const result = await addTherapistNoteAs(user, input);
  revalidateTherapistPages();
  return result;
});

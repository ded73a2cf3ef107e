import { z } from 'zod';
import { requiredText, runnerIdField } from './therapist-fields';
import { NOTE_MAX_LENGTH } from './limits';


export const therapistNoteSchema = z.strictObject({
  runnerId: runnerIdField,
  body: requiredText('the note', NOTE_MAX_LENGTH),
});

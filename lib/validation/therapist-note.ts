import { z } from 'zod';
import { requiredText, runnerIdField } from './therapist-fields';

export const NOTE_MAX_LENGTH = 5000;

export const therapistNoteSchema = z.strictObject({
  runnerId: runnerIdField,
  body: requiredText('the note', NOTE_MAX_LENGTH),
});

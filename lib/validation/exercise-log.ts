import { z } from 'zod';
import { EXERCISE_IDS, LOW_IMPACT_ACTIVITIES } from '@/lib/protocol';
import { idempotencyKeyField, isoDateField, optionalText, wholeMinutes } from './form-fields';

export const EXERCISE_NOTE_MAX = 500;

const base = {
  idempotencyKey: idempotencyKeyField,
  date: isoDateField,
  note: optionalText(EXERCISE_NOTE_MAX, `Keep the note under ${EXERCISE_NOTE_MAX} characters.`),
};

const KNOWN_EXERCISES: ReadonlySet<string> = new Set(EXERCISE_IDS);

const exercisesDone = z
  .array(z.string(), { error: 'Tick at least one exercise you did.' })
  .min(1, 'Tick at least one exercise you did.')
  .max(EXERCISE_IDS.length, 'Tick the exercises from the list.')
  .refine((ids) => ids.every((id) => KNOWN_EXERCISES.has(id)), 'Tick the exercises from the list.')
  .transform((ids) => [...new Set(ids)]);

/** Strength or mobility: the exercises ticked. Cross-training: one low-impact activity and its minutes. */
export const exerciseLogSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ ...base, kind: z.literal('strength'), exercises: exercisesDone }),
    z.strictObject({ ...base, kind: z.literal('mobility'), exercises: exercisesDone }),
    z.strictObject({
      ...base,
      kind: z.literal('cross_training'),
      activity: z.enum(LOW_IMPACT_ACTIVITIES, { error: 'Choose cycling, swimming or elliptical.' }),
      minutes: wholeMinutes(1, 600, 'Enter the minutes, a whole number from 1 to 600.'),
    }),
  ],
  { error: 'Choose what you did.' },
);

export type ExerciseLogInput = z.output<typeof exerciseLogSchema>;

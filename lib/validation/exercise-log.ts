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

/**
 * Without JavaScript the log page shows every kind's fields at once: the fields of the kinds not chosen are the
 * form's own and are set aside before the strict check (any other unknown field is still refused).
 */
const OTHER_KINDS_FIELDS: Record<string, readonly string[]> = { strength: ['activity', 'minutes'], mobility: ['activity', 'minutes'], cross_training: ['exercises'] };

function withoutOtherKindsFields(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input;
  const kind = (input as Record<string, unknown>).kind;
  const drop = typeof kind === 'string' && Object.hasOwn(OTHER_KINDS_FIELDS, kind) ? OTHER_KINDS_FIELDS[kind]! : [];
  return Object.fromEntries(Object.entries(input).filter(([key]) => !drop.includes(key)));
}

/** Strength or mobility: the exercises ticked. Cross-training: one low-impact activity and its minutes. */
const byKind = z.discriminatedUnion(
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

export const exerciseLogSchema = z.preprocess(withoutOtherKindsFields, byKind);

export type ExerciseLogInput = z.output<typeof exerciseLogSchema>;

import { z } from 'zod';
import { idempotencyKeyField, isoDateField, optionalText, scoreZeroToTen, wholeMinutes, yesNo } from './form-fields';
import { RUN_NOTE_MAX } from './limits';

export const RUN_MINUTES_MAX = 300;

/**
 * A run as the runner reports it. Strict: the runner is the signed-in user, so a runnerId (or any other
 * field) in the submission is refused, never trusted.
 */
export const runLogSchema = z.strictObject({
  idempotencyKey: idempotencyKeyField,
  date: isoDateField,
  completed: yesNo('Say whether you did the whole session as planned.'),
  runMinutes: wholeMinutes(0, RUN_MINUTES_MAX, `Enter the minutes you ran, a whole number from 0 to ${RUN_MINUTES_MAX}.`),
  painBefore: scoreZeroToTen('Choose your pain before the run, from 0 to 10.'),
  painDuring: scoreZeroToTen('Choose your highest pain during the run, from 0 to 10.'),
  painAfter: scoreZeroToTen('Choose your pain after the run, from 0 to 10.'),
  sharpPain: yesNo('Answer yes or no.'),
  limping: yesNo('Answer yes or no.'),
  rpe: scoreZeroToTen('Choose how hard the run felt, from 0 to 10.'),
  note: optionalText(RUN_NOTE_MAX, `Keep the note under ${RUN_NOTE_MAX} characters.`),
});

export type RunLogInput = z.output<typeof runLogSchema>;

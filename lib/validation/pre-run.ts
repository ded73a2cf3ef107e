import { z } from 'zod';
import { idempotencyKeyField, scoreZeroToTen, yesNo } from './form-fields';

/** The three questions Today asks before a run (protocol v2, `prerun.*`), in the seed's words. */
export const preRunSchema = z.strictObject({
  idempotencyKey: idempotencyKeyField,
  painNow: scoreZeroToTen('Choose your pain right now, from 0 to 10.'),
  swellingOver24h: yesNo('Answer yes or no.'),
  limpingWhenWalking: yesNo('Answer yes or no.'),
});

export type PreRunInput = z.output<typeof preRunSchema>;

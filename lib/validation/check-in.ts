import { z } from 'zod';
import { scoreZeroToTen, yesNo } from './form-fields';

/** The next-morning questions about one run; the run must be the signed-in runner's (checked by the action). */
export const checkInSchema = z.strictObject({
  runLogId: z.uuid({ error: 'Reload the page and try again.' }),
  painNextMorning: scoreZeroToTen('Choose your pain this morning, from 0 to 10.'),
  swellingOver24h: yesNo('Answer yes or no.'),
});

export type CheckInInput = z.output<typeof checkInSchema>;

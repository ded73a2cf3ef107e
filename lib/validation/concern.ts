import { z } from 'zod';
import { scoreZeroToTen, yesNo } from './form-fields';
import { CONCERN_MAX } from './limits';


export const concernSchema = z.strictObject({
  what: z
    .string({ error: 'Tell your physical therapist what is wrong and where.' })
    .trim()
    .min(3, 'Tell your physical therapist what is wrong and where.')
    .max(CONCERN_MAX, `Keep it under ${CONCERN_MAX} characters.`),
  pain: scoreZeroToTen('Choose your pain now, from 0 to 10.'),
  sharpPain: yesNo('Answer yes or no.'),
  swelling: yesNo('Answer yes or no.'),
  limping: yesNo('Answer yes or no.'),
});

export type ConcernInput = z.output<typeof concernSchema>;

import { z } from 'zod';

const id = (message: string) => z.uuid({ error: message });

export const inviteStaffSchema = z.strictObject({
  name: z.string({ error: 'Enter their name.' }).trim().min(1, 'Enter their name.').max(100, 'Use at most 100 characters.'),
  email: z
    .string({ error: 'Enter their email address.' })
    .trim()
    .toLowerCase()
    .max(254, 'That email address is too long.')
    .pipe(z.email({ error: 'Enter a valid email address, like name@clinic.com.' })),
  role: z.enum(['therapist', 'admin'], { error: 'Choose therapist or admin.' }),
});

export const userIdSchema = z.strictObject({ userId: id('Choose a person.') });

export const reassignRunnerSchema = z.strictObject({
  runnerId: id('Choose a runner.'),
  therapistId: id('Choose a therapist.'),
});

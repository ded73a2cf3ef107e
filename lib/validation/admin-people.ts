import { z } from 'zod';
import { emailAddress } from './form-fields';

const id = (message: string) => z.uuid({ error: message });

export const inviteStaffSchema = z.strictObject({
  name: z.string({ error: 'Enter their name.' }).trim().min(1, 'Enter their name.').max(100, 'Use at most 100 characters.'),
  email: emailAddress('Enter their email address.'),
  role: z.enum(['therapist', 'admin'], { error: 'Choose therapist or admin.' }),
});

export const userIdSchema = z.strictObject({ userId: id('Choose a person.') });

export const reassignRunnerSchema = z.strictObject({
  runnerId: id('Choose a runner.'),
  therapistId: id('Choose a therapist.'),
});

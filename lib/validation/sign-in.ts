import { z } from 'zod';
import { PASSWORD_MAX } from './password';

/** The sign-in form. Field errors say only what is missing or malformed, never whether an account exists. */
export const signInFormSchema = z.strictObject({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email('Enter your email address, such as name@example.com.'))
    .pipe(z.string().max(254, 'Enter your email address, such as name@example.com.')),
  password: z.string().min(1, 'Enter your password.').max(PASSWORD_MAX, `Passwords have at most ${PASSWORD_MAX} characters.`),
  /** Where to go afterwards: a path on this site (checked again on the server before it is followed). */
  from: z.string().max(2048).optional(),
});

'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { fieldsWithNul, formDataToObject } from '@/lib/actions/form-data';
import { submittedForm } from '@/lib/actions/form-submission';
import { env } from '@/lib/env';
import { signInFormSchema } from '@/lib/validation/sign-in';
import { authOptions, authorizeCredentials } from './options';
import { sameOriginPath } from './redirect-target';
import { sessionCookieFor } from './session-token';
import type { SignInFormState } from './sign-in-form-state';

// One message for an unknown email and a wrong password: the form must not reveal who has an account.
const SIGN_IN_FAILED = 'That email and password do not match an active account.';
const TOO_MANY_ATTEMPTS = 'Too many attempts. Wait 15 minutes and try again.';
const NUL_MESSAGE = 'Remove the invisible control character from this text.';

/**
 * The sign-in form's action, with or without JavaScript: next-auth's credentials flow run on the server
 * (authorizeCredentials, then the session cookie next-auth's jwt callback and encoder make), then a redirect to the
 * page the visitor came from when it is on this site. A failure answers the form with the email kept.
 */
export async function signInAction(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const fields = formDataToObject(submittedForm(formData));
  const email = typeof fields.email === 'string' ? fields.email.slice(0, 254) : '';
  const withNul = fieldsWithNul(fields);
  if (withNul.length) {
    return { status: 'error', email: email.replaceAll('\u0000', ''), formError: 'Please correct the highlighted fields.', fieldErrors: Object.fromEntries(withNul.map((key) => [key, NUL_MESSAGE])) };
  }
  const parsed = signInFormSchema.safeParse(fields);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.') || '_form'] ??= issue.message;
    return { status: 'error', email, formError: fieldErrors._form ?? 'Please correct the highlighted fields.', fieldErrors };
  }

  const requestHeaders = await headers();
  const result = await authorizeCredentials({ email: parsed.data.email, password: parsed.data.password }, (name) => requestHeaders.get(name));
  if (!result.ok) return { status: 'error', email, formError: result.reason === 'rate_limited' ? TOO_MANY_ATTEMPTS : SIGN_IN_FAILED };

  const cookie = await sessionCookieFor({ id: result.userId, sid: result.sessionId }, authOptions());
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
  redirect(sameOriginPath(parsed.data.from, env().NEXTAUTH_URL ?? 'http://localhost'));
}

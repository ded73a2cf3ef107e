'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/actions/action-state';
import { fieldsWithNul, formDataToObject, keptValues } from '@/lib/actions/form-data';
import { submittedForm } from '@/lib/actions/form-submission';
import { env } from '@/lib/env';
import { signInFormSchema } from '@/lib/validation/sign-in';
import { authOptions, authorizeCredentials } from './options';
import { sameOriginPath } from './redirect-target';
import { sessionCookieFor } from './session-token';

// One message for an unknown email and a wrong password: the form must not reveal who has an account.
const SIGN_IN_FAILED = 'That email and password do not match an active account.';
const TOO_MANY_ATTEMPTS = 'Too many attempts. Wait 15 minutes and try again.';
const NUL_MESSAGE = 'Remove the invisible control character from this text.';

/**
 * The sign-in form's action, with or without JavaScript: next-auth's credentials flow run on the server
 * (authorizeCredentials, then the session cookie next-auth's jwt callback and encoder make), then a redirect to the
 * page the visitor came from when it is on this site. A failure answers the form with the email kept (the
 * password never is).
 */
export async function signInAction(_previous: ActionState<never>, formData: FormData): Promise<ActionState<never>> {
  const fields = formDataToObject(submittedForm(formData));
  const values = keptValues(fields);
  if (typeof values.email === 'string') values.email = values.email.slice(0, 254);
  const withNul = fieldsWithNul(fields);
  if (withNul.length) {
    return { status: 'error', formError: 'Please correct the highlighted fields.', fieldErrors: Object.fromEntries(withNul.map((key) => [key, NUL_MESSAGE])), values };
  }
  const parsed = signInFormSchema.safeParse(fields);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.') || '_form'] ??= issue.message;
    return { status: 'error', formError: fieldErrors._form ?? 'Please correct the highlighted fields.', fieldErrors, values };
  }

  const requestHeaders = await headers();
  const result = await authorizeCredentials({ email: parsed.data.email, password: parsed.data.password }, (name) => requestHeaders.get(name));
  if (!result.ok) return { status: 'error', formError: result.reason === 'rate_limited' ? TOO_MANY_ATTEMPTS : SIGN_IN_FAILED, values };

  const cookie = await sessionCookieFor({ id: result.userId, sid: result.sessionId }, authOptions());
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
  redirect(sameOriginPath(parsed.data.from, env().NEXTAUTH_URL ?? 'http://localhost'));
}

'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { ActionState } from '@/lib/actions/action-state';
import { formDataToObject } from '@/lib/actions/form-data';
import { submittedForm } from '@/lib/actions/form-submission';
import { newPasswordSchema } from '@/lib/validation/password';
import { acceptInvitation } from './accept';

const acceptSchema = z
  .strictObject({ token: z.string().min(1).max(200), password: newPasswordSchema, confirm: z.string() })
  .refine((input) => input.password === input.confirm, { path: ['confirm'], message: 'The two passwords do not match.' });

const STATE_MESSAGE = {
  expired: 'This invitation link has expired. Ask your clinic for a new one.',
  used: 'This invitation link has already been used. Sign in with the password you chose.',
  unknown: 'This invitation link is not valid. Check that you copied all of it.',
} as const;

/** Public by design: there is no session yet, so the action is authorized by the one-time token alone. */
export async function acceptInvitationAction(_previous: ActionState<never>, formData: FormData): Promise<ActionState<never>> {
  const parsed = acceptSchema.safeParse(formDataToObject(submittedForm(formData)));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.') || '_form'] ??= issue.message;
    return { status: 'error', formError: 'Please correct the highlighted fields.', fieldErrors };
  }
  const result = await acceptInvitation(parsed.data.token, parsed.data.password);
  if (!result.ok) return { status: 'error', formError: STATE_MESSAGE[result.state] };
  redirect('/login?welcome=1');
}

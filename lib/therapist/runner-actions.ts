'use server';

import { authorizedAction } from '@/lib/actions/authorized-action';
import { localToday } from '@/lib/dates/local-today';
import { sendEmail } from '@/lib/email/send';
import { addRunnerSchema, resendInvitationSchema } from '@/lib/validation/add-runner';
import { revalidateTherapistPages } from './action-support';
import { addRunnerAs, resendInvitationAs } from './add-runner';

export interface InvitationResult {
  runnerId: string;
  name: string;
  email: string;
  /** The one-time link, shown once to copy. */
  url: string;
  expiresAt: string;
  emailed: boolean;
}

/** Sends the link when SMTP is configured; a failure to send is not a failure to invite (the link is shown to copy). */
async function emailInvitation(to: string, name: string, clinicName: string, url: string): Promise<boolean> {
  try {
    return await sendEmail({
      to,
      subject: `${clinicName} invited you to Stride Back`,
      text: `Hello ${name},\n\n${clinicName} invited you to Stride Back, where your physical therapist guides your return to running.\n\nChoose your password here (the link works once, for 7 days):\n${url}\n`,
    });
  } catch (error) {
    console.error('invitation email failed', error);
    return false;
  }
}

export const addRunner = authorizedAction(['therapist'], addRunnerSchema, async (input, user): Promise<InvitationResult> => {
  const created = await addRunnerAs(user, input, await localToday());
  revalidateTherapistPages();
  const emailed = await emailInvitation(input.email, input.name, user.clinicName, created.invitation.url);
  return { runnerId: created.runnerId, name: input.name, email: input.email, url: created.invitation.url, expiresAt: created.invitation.expiresAt.toISOString(), emailed };
});

/** A new one-time link for a runner who has not set a password yet; the earlier link stops working. */
export const resendInvitation = authorizedAction(['therapist'], resendInvitationSchema, async (input, user): Promise<InvitationResult> => {
  const { runner, invitation } = await resendInvitationAs(user, input);
  revalidateTherapistPages();
  const emailed = await emailInvitation(runner.email, runner.name, user.clinicName, invitation.url);
  return { runnerId: input.runnerId, name: runner.name, email: runner.email, url: invitation.url, expiresAt: invitation.expiresAt.toISOString(), emailed };
});

'use server';

import { authorizedAction } from '@/lib/actions/authorized-action';
import { localToday } from '@/lib/dates/local-today';
import { resolveAlertSchema } from '@/lib/validation/alert-resolution';
import { revalidateTherapistPages, type ActionMessage } from './action-support';
import { resolveAlertAs } from './alert-resolution';

/** Authorizes the therapist role and reads the therapist's today; the resolution itself is resolveAlertAs. */
export const resolveAlert = authorizedAction(['therapist'], resolveAlertSchema, async (input, user): Promise<ActionMessage> => {
  const result = await resolveAlertAs(user, input, await localToday());
  revalidateTherapistPages();
  return result;
});

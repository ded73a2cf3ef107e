import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import type { Executor } from '@/db';
import { alerts, type RunnerProfile } from '@/db/schema';
import { ActionError } from '@/lib/actions/authorized-action';
import { lockPlan } from '@/lib/plan/changes';
import { stopLevelAlert } from './alerts';

/** What every therapist action answers on success: a sentence for the form's status region. */
export interface ActionMessage {
  message: string;
}

/** The runner's profile, locked for this transaction, if it is still the version the form was rendered with. */
export async function lockProfileAtVersion(tx: Executor, runnerId: string, version: number): Promise<RunnerProfile> {
  return (await lockPlan(tx, runnerId, version)) as RunnerProfile;
}

/** An open alert that stopped running: a stop, or a concern that reported a red flag. */
export const openRedFlagAlertOf = (runnerId: string) =>
  and(eq(alerts.runnerId, runnerId), eq(alerts.status, 'open'), stopLevelAlert);

/** A paused runner with an open red flag changes plan only through the alert's resolution, which records why. */
export async function refuseWhilePausedByAlert(tx: Executor, profile: RunnerProfile): Promise<void> {
  if (profile.phase !== 'paused') return;
  const [open] = await tx.select({ id: alerts.id }).from(alerts).where(openRedFlagAlertOf(profile.userId)).limit(1);
  if (open) throw new ActionError('Running is paused by a red flag: resolve the open alert to choose how the runner continues.');
}

/** The therapist's pages (caseload, alerts and its badge, the runner page) show the change on their next render. */
export function revalidateTherapistPages(): void {
  revalidatePath('/therapist', 'layout');
}

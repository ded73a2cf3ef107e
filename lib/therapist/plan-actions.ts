'use server';

import { authorizedAction } from '@/lib/actions/authorized-action';
import { localToday } from '@/lib/dates/local-today';
import { dischargeSchema, planSettingsSchema, setStageSchema, startFoundationSchema, startWalkRunSchema, unlockFullSchema } from '@/lib/validation/plan-control';
import { revalidateTherapistPages, type ActionMessage } from './action-support';
import { changePlanSettingsAs, dischargeToMaintenanceAs, setStageAs, startFoundationAs, startWalkRunAs, unlockFullAs } from './plan-control';

// Each action authorizes the therapist role and reads the therapist's today; the plan change itself (the runner
// access check, the transaction, the audit row) is in plan-control.ts.

async function thenRevalidate(change: Promise<ActionMessage>): Promise<ActionMessage> {
  const result = await change;
  revalidateTherapistPages();
  return result;
}

export const startFoundation = authorizedAction(['therapist'], startFoundationSchema, async (input, user) => thenRevalidate(startFoundationAs(user, input, await localToday())));

export const startWalkRun = authorizedAction(['therapist'], startWalkRunSchema, async (input, user) => thenRevalidate(startWalkRunAs(user, input, await localToday())));

export const setStage = authorizedAction(['therapist'], setStageSchema, async (input, user) => thenRevalidate(setStageAs(user, input, await localToday())));

export const unlockFull = authorizedAction(['therapist'], unlockFullSchema, async (input, user) => thenRevalidate(unlockFullAs(user, input, await localToday())));

export const dischargeToMaintenance = authorizedAction(['therapist'], dischargeSchema, async (input, user) => thenRevalidate(dischargeToMaintenanceAs(user, input, await localToday())));

/**
 * Preset and settings change the rules, not the phase: no new plan period (that would restart the foundation
 * clock and the rule history); the change is kept in the audit log, which the timeline shows.
 */
export const changePlanSettings = authorizedAction(['therapist'], planSettingsSchema, async (input, user) => thenRevalidate(changePlanSettingsAs(user, input)));

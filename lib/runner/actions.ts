'use server';

import { revalidatePath } from 'next/cache';
import { authorizedAction } from '@/lib/actions/authorized-action';
import { localToday } from '@/lib/dates/local-today';
import { checkInSchema } from '@/lib/validation/check-in';
import { concernSchema } from '@/lib/validation/concern';
import { exerciseLogSchema } from '@/lib/validation/exercise-log';
import { runLogSchema } from '@/lib/validation/run-log';
import type { SessionUser } from '@/lib/auth';
import { careContactFor } from './care-contact';
import { checkIn } from './check-in';
import type { DecisionView } from './decision-view';
import { reportConcern } from './concern';
import { logExercise } from './exercise-log';
import { logRun } from './log-run';
import { checkBeforeRun } from './pre-run';
import { preRunSchema } from '@/lib/validation/pre-run';

/** A stop tells the runner how to reach their therapist and clinic, on the card that tells them to stop. */
async function withContact(view: DecisionView, runner: SessionUser): Promise<DecisionView> {
  return view.stopped ? { ...view, contact: await careContactFor(runner) } : view;
}

// Every action is the signed-in runner acting on their own record: the runner id comes from the session, and
// the strict schemas refuse a submitted runnerId.

// No revalidatePath here: re-rendering the log page after a stop would replace the form, and with it the
// decision the runner is reading, by the paused notice. The runner pages are dynamic, so the next visit reads
// fresh data.
export const logRunAction = authorizedAction(['runner'], runLogSchema, async (input, runner) => {
  const result = await logRun(runner, input, await localToday());
  return { ...result, view: await withContact(result.view, runner) };
});

export const checkInAction = authorizedAction(['runner'], checkInSchema, async (input, runner) => {
  const result = await checkIn(runner, input, await localToday());
  revalidatePath('/runner', 'layout');
  return { ...result, view: result.view && (await withContact(result.view, runner)) };
});

export const reportConcernAction = authorizedAction(['runner'], concernSchema, async (input, runner) => {
  const result = await reportConcern(runner, input, await localToday());
  revalidatePath('/runner', 'layout');
  return { ...result, stop: result.stop && (await withContact(result.stop, runner)) };
});

export const logExerciseAction = authorizedAction(['runner'], exerciseLogSchema, async (input, runner) => {
  const result = await logExercise(runner, input, await localToday());
  revalidatePath('/runner', 'layout');
  return result;
});

export const preRunCheckAction = authorizedAction(['runner'], preRunSchema, async (input, runner) => {
  const result = await checkBeforeRun(runner, input, await localToday());
  revalidatePath('/runner', 'layout');
  return result;
});

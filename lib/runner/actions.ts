'use server';

import { revalidatePath } from 'next/cache';
import { authorizedAction } from '@/lib/actions/authorized-action';
import { localToday } from '@/lib/dates/local-today';
import { checkInSchema } from '@/lib/validation/check-in';
import { concernSchema } from '@/lib/validation/concern';
import { exerciseLogSchema } from '@/lib/validation/exercise-log';
import { runLogSchema } from '@/lib/validation/run-log';
import { checkIn } from './check-in';
import { reportConcern } from './concern';
import { logExercise } from './exercise-log';
import { logRun } from './log-run';
import { checkBeforeRun } from './pre-run';
import { preRunSchema } from '@/lib/validation/pre-run';

// Every action is the signed-in runner acting on their own record: the runner id comes from the session, and
// the strict schemas refuse a submitted runnerId.

// No revalidatePath here: re-rendering the log page after a stop would replace the form, and with it the
// decision the runner is reading, by the paused notice. The runner pages are dynamic, so the next visit reads
// fresh data.
export const logRunAction = authorizedAction(['runner'], runLogSchema, async (input, runner) => logRun(runner, input, await localToday()));

export const checkInAction = authorizedAction(['runner'], checkInSchema, async (input, runner) => {
  const result = await checkIn(runner, input, await localToday());
  revalidatePath('/runner', 'layout');
  return result;
});

export const reportConcernAction = authorizedAction(['runner'], concernSchema, async (input, runner) => {
  const result = await reportConcern(runner, input, await localToday());
  revalidatePath('/runner', 'layout');
  return result;
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

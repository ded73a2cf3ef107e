import 'server-only';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db';
import { runnerProfiles } from '@/db/schema';

/**
 * Locks the runner's profile row for the rest of the transaction. Every write that decides from the runner's
 * state (a run log, a check-in, a concern) takes it first, so two of them never decide from the same stale
 * stage or phase, and a retried submission waits for the first one and then finds its result.
 */
export async function lockRunnerProfile(tx: Executor, runnerId: string) {
  const [row] = await tx.select().from(runnerProfiles).where(eq(runnerProfiles.userId, runnerId)).for('update');
  return row ?? null;
}

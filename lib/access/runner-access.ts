import 'server-only';
import { and, eq } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { runnerProfiles } from '@/db/schema';
import type { SessionUser } from '@/lib/auth';
import { recordAudit } from '@/lib/audit/record';

/**
 * The one rule for reaching a runner's clinical record: the runner themself, or the therapist the runner
 * is assigned to, in the same clinic. Anyone else gets 404 (as if the runner did not exist) and an audit row.
 */
export async function requireRunnerAccess(user: SessionUser, runnerId: string, action: string): Promise<void> {
  if (await canReachRunner(user, runnerId)) return;
  await denyRunnerAccess(user, runnerId, action);
}

/** The answer to a runner out of reach: an audit row (denied), then 404. */
export async function denyRunnerAccess(user: SessionUser, runnerId: string, action: string): Promise<never> {
  await recordAudit({ action, outcome: 'denied', actorId: user.id, clinicId: user.clinicId, targetType: 'runner', targetId: runnerId.slice(0, 64) });
  notFound();
}

/** Whether the text can be a runner id at all (anything else is refused before it reaches a query). */
export function isRunnerIdShape(runnerId: string): boolean {
  return /^[0-9a-f-]{36}$/i.test(runnerId);
}

export async function canReachRunner(user: SessionUser, runnerId: string): Promise<boolean> {
  if (user.role === 'admin') return false;
  if (user.role === 'runner') return user.id === runnerId;
  if (!isRunnerIdShape(runnerId)) return false;
  const [row] = await getDb()
    .select({ id: runnerProfiles.userId })
    .from(runnerProfiles)
    .where(and(eq(runnerProfiles.userId, runnerId), eq(runnerProfiles.therapistId, user.id), eq(runnerProfiles.clinicId, user.clinicId)))
    .limit(1);
  return Boolean(row);
}

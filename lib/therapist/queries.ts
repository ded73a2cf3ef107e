import 'server-only';
import { and, count, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { alerts, runnerProfiles, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth';

export async function openAlertCount(therapist: SessionUser): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(alerts)
    .where(and(eq(alerts.therapistId, therapist.id), eq(alerts.clinicId, therapist.clinicId), eq(alerts.status, 'open')));
  return row?.n ?? 0;
}

export interface CaseloadSummary {
  runners: number;
  paused: number;
  openRedFlags: number;
  byPhase: { phase: string; runners: number }[];
}

/** Counts over the runners assigned to this therapist in their own clinic. */
export async function caseloadSummary(therapist: SessionUser): Promise<CaseloadSummary> {
  const db = getDb();
  const scope = and(eq(runnerProfiles.therapistId, therapist.id), eq(runnerProfiles.clinicId, therapist.clinicId), eq(users.active, true));
  const byPhase = await db
    .select({ phase: runnerProfiles.phase, runners: count() })
    .from(runnerProfiles)
    .innerJoin(users, eq(users.id, runnerProfiles.userId))
    .where(scope)
    .groupBy(runnerProfiles.phase)
    .orderBy(runnerProfiles.phase);
  const [flags] = await db
    .select({ n: sql<number>`count(distinct ${alerts.runnerId})::int` })
    .from(alerts)
    .where(and(eq(alerts.therapistId, therapist.id), eq(alerts.clinicId, therapist.clinicId), eq(alerts.status, 'open'), eq(alerts.kind, 'stop')));
  return {
    runners: byPhase.reduce((sum, row) => sum + row.runners, 0),
    paused: byPhase.find((row) => row.phase === 'paused')?.runners ?? 0,
    openRedFlags: flags?.n ?? 0,
    byPhase,
  };
}

/** Runners assigned to this therapist in their clinic, paused (running stopped) first, then by name. */
export async function assignedRunners(therapist: SessionUser) {
  return getDb()
    .select({ id: users.id, name: users.name, injuryType: runnerProfiles.injuryType, phase: runnerProfiles.phase, stage: runnerProfiles.stage })
    .from(runnerProfiles)
    .innerJoin(users, eq(users.id, runnerProfiles.userId))
    .where(and(eq(runnerProfiles.therapistId, therapist.id), eq(runnerProfiles.clinicId, therapist.clinicId), eq(users.active, true)))
    .orderBy(sql`${runnerProfiles.phase} = 'paused' desc`, users.name);
}

import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { runnerProfiles, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth';

export interface ClinicOverview {
  runners: number;
  therapists: number;
  byPhase: { phase: string; runners: number }[];
}

/** Aggregates of the admin's own clinic only: counts, never a runner's clinical rows. */
export async function clinicOverview(admin: SessionUser): Promise<ClinicOverview> {
  const db = getDb();
  const byPhase = await db
    .select({ phase: runnerProfiles.phase, runners: count() })
    .from(runnerProfiles)
    .where(eq(runnerProfiles.clinicId, admin.clinicId))
    .groupBy(runnerProfiles.phase)
    .orderBy(runnerProfiles.phase);
  const [therapists] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.clinicId, admin.clinicId), eq(users.role, 'therapist'), eq(users.active, true)));
  return { runners: byPhase.reduce((sum, row) => sum + row.runners, 0), therapists: therapists?.n ?? 0, byPhase };
}

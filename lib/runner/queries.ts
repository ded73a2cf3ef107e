import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db';
import { protocolDecisions, runnerProfiles, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth';

const therapists = alias(users, 'therapists');

/** The signed-in runner's own profile; the query is keyed by the session's user id, never by a parameter. */
export async function runnerProfileFor(runner: SessionUser) {
  const [row] = await getDb()
    .select({
      phase: runnerProfiles.phase,
      stage: runnerProfiles.stage,
      preset: runnerProfiles.preset,
      injuryType: runnerProfiles.injuryType,
      injurySide: runnerProfiles.injurySide,
      goalWeeklyMinutes: runnerProfiles.goalWeeklyMinutes,
      protocolSettings: runnerProfiles.protocolSettings,
      therapistName: therapists.name,
    })
    .from(runnerProfiles)
    .innerJoin(therapists, eq(therapists.id, runnerProfiles.therapistId))
    .where(and(eq(runnerProfiles.userId, runner.id), eq(runnerProfiles.clinicId, runner.clinicId)))
    .limit(1);
  return row ?? null;
}

/** The decision now in force for the runner: the newest one (a next-morning re-evaluation supersedes the run's first). */
export async function currentDecisionFor(runner: SessionUser) {
  const [row] = await getDb()
    .select()
    .from(protocolDecisions)
    .where(eq(protocolDecisions.runnerId, runner.id))
    .orderBy(desc(protocolDecisions.createdAt))
    .limit(1);
  return row ?? null;
}

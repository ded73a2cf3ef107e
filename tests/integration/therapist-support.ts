import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { alerts, auditLog, invitations, plans, protocolDecisions, readinessAssessments, runLogs, runnerProfiles, therapistNotes } from '@/db/schema';
import { utcToday } from '@/lib/dates/local-today';
import { addDays } from '@/lib/protocol';
import { createRunner } from '../support/factories';

export const today = () => utcToday();
export const daysAgo = (n: number) => addDays(utcToday(), -n);

export function form(fields: Record<string, string | number | undefined>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) data.set(key, String(value));
  return data;
}

/** A run log and its decision, as the runner's log action would store them. */
export async function logRun(
  runnerId: string,
  run: { date: string; stage: number; during?: number; after?: number; minutes?: number; checkedIn?: boolean; limping?: boolean },
  decision: { action: 'progress' | 'repeat' | 'regress' | 'stop'; nextStage: number; nextPhase: 'walk_run' | 'continuous' | 'paused'; rules: string[] },
) {
  const [log] = await getDb()
    .insert(runLogs)
    .values({
      runnerId,
      date: run.date,
      stage: run.stage,
      completed: true,
      runMinutes: run.minutes ?? 12,
      painBefore: 0,
      painDuring: run.during ?? 0,
      painAfter: run.after ?? 0,
      sharpPain: false,
      limping: run.limping ?? false,
      painNextMorning: run.checkedIn === false ? null : 0,
      swellingOver24h: run.checkedIn === false ? null : false,
      checkedInAt: run.checkedIn === false ? null : new Date(),
      idempotencyKey: randomUUID(),
      createdBy: runnerId,
    })
    .returning();
  const [decided] = await getDb()
    .insert(protocolDecisions)
    .values({
      runnerId,
      runLogId: log!.id,
      source: 'run_log',
      ...decision,
      fromStage: run.stage,
      earliestNextRun: decision.action === 'stop' ? null : addDays(run.date, 2),
      createdBy: runnerId,
    })
    .returning();
  return { log: log!, decision: decided! };
}

/** A walk-run runner whose stage-`stage` run yesterday stopped running with a limp: paused, with an open stop alert. */
export async function createStoppedRunner(clinicId: string, therapistId: string, stage = 4) {
  const { user } = await createRunner(clinicId, therapistId, { phase: 'walk_run', stage }, daysAgo(10));
  const { log, decision } = await logRun(
    user.id,
    { date: daysAgo(1), stage, during: 3, limping: true, checkedIn: false },
    { action: 'stop', nextStage: stage, nextPhase: 'paused', rules: ['red_flag.limping'] },
  );
  const db = getDb();
  await db.update(runnerProfiles).set({ phase: 'paused' }).where(eq(runnerProfiles.userId, user.id));
  await db.update(plans).set({ endedOn: daysAgo(1) }).where(eq(plans.runnerId, user.id));
  await db.insert(plans).values({ runnerId: user.id, phase: 'paused', startStage: stage, startedOn: daysAgo(1), reason: 'Red flag', createdBy: user.id });
  const [alert] = await db
    .insert(alerts)
    .values({ clinicId, runnerId: user.id, therapistId, kind: 'stop', rules: decision.rules, runLogId: log.id, decisionId: decision.id, createdBy: user.id })
    .returning();
  return { runner: user, alert: alert! };
}

/** Everything a therapist action could write about a runner, to show that a refused action wrote nothing. */
export async function writesAbout(runnerId: string) {
  const db = getDb();
  const n = (rows: { n: number }[]) => rows[0]?.n ?? 0;
  const [profile] = await db.select().from(runnerProfiles).where(eq(runnerProfiles.userId, runnerId));
  return {
    profile,
    plans: n(await db.select({ n: count() }).from(plans).where(eq(plans.runnerId, runnerId))),
    readiness: n(await db.select({ n: count() }).from(readinessAssessments).where(eq(readinessAssessments.runnerId, runnerId))),
    notes: n(await db.select({ n: count() }).from(therapistNotes).where(eq(therapistNotes.runnerId, runnerId))),
    invitations: n(await db.select({ n: count() }).from(invitations).where(eq(invitations.userId, runnerId))),
    openAlerts: n(await db.select({ n: count() }).from(alerts).where(and(eq(alerts.runnerId, runnerId), eq(alerts.status, 'open')))),
  };
}

export async function auditRows(filter: { actorId?: string; action?: string; targetId?: string }) {
  const conditions = [
    filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.targetId ? eq(auditLog.targetId, filter.targetId) : undefined,
  ].filter((c) => c !== undefined);
  return getDb().select().from(auditLog).where(and(...conditions));
}

import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { alerts, auditLog, plans, protocolDecisions, runLogs, runnerProfiles } from '@/db/schema';
import { utcToday } from '@/lib/dates/local-today';
import { addDays, decideRun, type RunLog } from '@/lib/protocol';
import { createClinicWithPeople, createRunner, loginAs } from '../support/factories';

export const today = utcToday();
export const yesterday = addDays(today, -1);

export function formData(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value)) value.forEach((v) => data.append(`${key}[]`, v));
    else data.set(key, value);
  }
  return data;
}

/** A green run as the form submits it; override any field. */
export function runForm(overrides: Record<string, string> = {}): FormData {
  return formData({
    idempotencyKey: randomUUID(),
    date: today,
    completed: 'yes',
    runMinutes: '20',
    painBefore: '0',
    painDuring: '0',
    painAfter: '0',
    sharpPain: 'no',
    limping: 'no',
    rpe: '3',
    note: '',
    ...overrides,
  });
}

/** A clinic whose runner is signed in, on the walk-run ladder at `stage`, in a plan their therapist began three days ago (no break yet). */
export async function signedInRunner(stage = 4, startedDaysAgo = 3) {
  const people = await createClinicWithPeople();
  const { user, profile } = await createRunner(people.clinic.id, people.therapist.id, { phase: 'walk_run', stage, preset: 'seed' }, addDays(today, -startedDaysAgo));
  await loginAs(user);
  return { ...people, runner: user, profile };
}

/** An earlier run stored as the app would have (with its decision), for histories the form cannot backdate. */
export async function storePastRun(runnerId: string, run: Omit<RunLog, 'completed' | 'runMinutes' | 'sharpPain' | 'limping'> & Partial<RunLog>, history: RunLog[] = []) {
  const full: RunLog = { completed: true, runMinutes: 20, sharpPain: false, limping: false, ...run };
  const decision = decideRun([...history, full]);
  const [row] = await getDb()
    .insert(runLogs)
    .values({
      runnerId,
      date: full.date,
      stage: full.stage,
      completed: full.completed,
      runMinutes: full.runMinutes,
      painBefore: full.painBefore,
      painDuring: full.painDuring,
      painAfter: full.painAfter,
      sharpPain: full.sharpPain,
      limping: full.limping,
      painNextMorning: full.painNextMorning ?? null,
      swellingOver24h: full.swellingOver24h ?? null,
      checkedInAt: full.painNextMorning == null ? null : new Date(),
      idempotencyKey: randomUUID(),
      createdBy: runnerId,
      createdAt: new Date(`${full.date}T07:00:00Z`),
    })
    .returning();
  await getDb()
    .insert(protocolDecisions)
    .values({
      runnerId,
      runLogId: row!.id,
      source: 'run_log',
      action: decision.action,
      fromStage: full.stage,
      nextStage: decision.nextStage,
      nextPhase: decision.nextPhase,
      rules: decision.rules,
      earliestNextRun: decision.earliestNextRun,
      createdBy: runnerId,
      createdAt: new Date(`${full.date}T07:00:01Z`),
    });
  return full;
}

/** Row counts of everything a runner's writes touch. */
export async function writtenFor(runnerId: string) {
  const db = getDb();
  const n = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;
  return {
    runLogs: await n(db.select({ n: count() }).from(runLogs).where(eq(runLogs.runnerId, runnerId))),
    decisions: await n(db.select({ n: count() }).from(protocolDecisions).where(eq(protocolDecisions.runnerId, runnerId))),
    alerts: await n(db.select({ n: count() }).from(alerts).where(eq(alerts.runnerId, runnerId))),
    plans: await n(db.select({ n: count() }).from(plans).where(eq(plans.runnerId, runnerId))),
    audits: await n(db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.actorId, runnerId), eq(auditLog.outcome, 'ok')))),
  };
}

export async function profileOf(runnerId: string) {
  const [row] = await getDb().select().from(runnerProfiles).where(eq(runnerProfiles.userId, runnerId));
  return row!;
}

export async function openPlanOf(runnerId: string) {
  const rows = await getDb().select().from(plans).where(eq(plans.runnerId, runnerId));
  return { open: rows.filter((p) => p.endedOn === null), all: rows };
}

export async function alertsOf(runnerId: string) {
  return getDb().select().from(alerts).where(eq(alerts.runnerId, runnerId));
}

import { sql } from 'drizzle-orm';
import { decideRun, resolveSettings, type Decision, type RunLog as ProtocolRunLog } from '@/lib/protocol';
import { hashPassword } from '@/lib/auth/password';
import type { Database } from './index';
import {
  alerts,
  clinics,
  exerciseLogs,
  plans,
  protocolDecisions,
  readinessAssessments,
  runLogs,
  runnerProfiles,
  users,
} from './schema';
import { DEMO_PASSWORD, HILLSIDE, HILLSIDE_RUNNERS, RIVERSIDE, RIVERSIDE_RUNNERS, type DemoRunner } from './seed-data';

type Phase = (typeof runnerProfiles.$inferSelect)['phase'];

function isoDay(today: string, offset: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

/** A small deterministic generator so every seeded demo looks the same. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Context {
  db: Database;
  today: string;
  clinicId: string;
  therapistIds: Record<DemoRunner['therapist'], string>;
  passwordHash: string;
}

async function insertUser(ctx: Omit<Context, 'therapistIds'>, role: 'admin' | 'therapist' | 'runner', person: { name: string; email: string }) {
  const [row] = await ctx.db
    .insert(users)
    .values({ clinicId: ctx.clinicId, role, name: person.name, email: person.email, passwordHash: ctx.passwordHash })
    .returning({ id: users.id });
  return row!.id;
}

async function insertPlan(ctx: Context, runnerId: string, createdBy: string, phase: Phase, startedOn: string, endedOn: string | null, startStage = 1, reason?: string) {
  await ctx.db.insert(plans).values({ runnerId, phase, startStage, startedOn, endedOn, reason, createdBy });
}

async function insertAssessment(ctx: Context, runnerId: string, therapistId: string, assessedOn: string, passed: boolean) {
  await ctx.db.insert(readinessAssessments).values({
    runnerId,
    assessedBy: therapistId,
    assessedOn,
    painAtRest: 0,
    sharpPainWithDailyMovement: false,
    currentPain: passed ? 1 : 3,
    singleLegSquatLeft: 10,
    singleLegSquatRight: passed ? 10 : 6,
    singleLegSquatGoodControl: passed,
    hop30sPainFree: passed,
    walk30minPainFree: true,
    passed,
    failedCriteria: passed ? [] : ['readiness.current_pain', 'readiness.single_leg_squat', 'readiness.hop'],
  });
}

async function insertStrengthLogs(ctx: Context, runnerId: string, fromOffset: number, toOffset: number) {
  const rows = [];
  for (let offset = fromOffset; offset <= toOffset; offset += 2) {
    rows.push({
      runnerId,
      date: isoDay(ctx.today, offset),
      kind: 'strength' as const,
      exercisesDone: ['glute_bridge', 'hip_thrust', 'single_leg_rdl', 'bulgarian_split_squat'],
      idempotencyKey: `seed-strength-${runnerId}-${offset}`,
      createdBy: runnerId,
    });
  }
  if (rows.length) await ctx.db.insert(exerciseLogs).values(rows);
}

/** Logs runs every other day and lets the protocol decide each one, exactly as the app would. */
async function simulateRuns(ctx: Context, runner: DemoRunner, runnerId: string, runDays: number[], startStage: number) {
  const settings = resolveSettings(runner.preset, {});
  const random = randomFrom(runnerId.charCodeAt(0) * 7919 + runDays.length);
  const history: ProtocolRunLog[] = [];
  let stage = startStage;
  let phase: Phase = 'walk_run';
  let last: Decision | null = null;
  let regressions = 0;

  for (const [index, offset] of runDays.entries()) {
    const isLast = index === runDays.length - 1;
    const story = runner.story;
    const profile = story.kind === 'walk_run' ? story.painProfile : 'calm';
    const painBefore = random() < 0.6 ? 0 : 1;
    let painDuring = painBefore;
    let limping = false;
    if (profile === 'regressed' && regressions < 2 && index >= runDays.length - 4 && index % 2 === 0) {
      painDuring = 6;
      regressions++;
    }
    if (profile === 'limped_yesterday' && isLast) {
      painDuring = 3;
      limping = true;
    }
    const checkInPending = isLast && (offset === -1 || (story.kind === 'walk_run' && story.checkInPending));
    const log: ProtocolRunLog = {
      date: isoDay(ctx.today, offset),
      stage,
      completed: true,
      runMinutes: phase === 'walk_run' ? plannedMinutes(stage) : 30 + Math.round(random() * 15),
      painBefore,
      painDuring,
      painAfter: Math.min(painDuring, painBefore),
      sharpPain: false,
      limping,
      rpe: 3 + (random() < 0.3 ? 1 : 0),
      ...(checkInPending ? {} : { painNextMorning: 0, swellingOver24h: false }),
    };
    history.push(log);
    const decision = decideRun(history, settings);
    const [stored] = await ctx.db
      .insert(runLogs)
      .values({
        runnerId,
        date: log.date,
        stage: log.stage,
        completed: log.completed,
        runMinutes: log.runMinutes,
        painBefore: log.painBefore,
        painDuring: log.painDuring,
        painAfter: log.painAfter,
        sharpPain: log.sharpPain,
        limping: log.limping,
        rpe: log.rpe ?? null,
        painNextMorning: log.painNextMorning ?? null,
        swellingOver24h: log.swellingOver24h ?? null,
        checkedInAt: checkInPending ? null : new Date(`${isoDay(ctx.today, offset + 1)}T08:00:00Z`),
        idempotencyKey: `seed-run-${runnerId}-${offset}`,
        createdBy: runnerId,
        createdAt: new Date(`${log.date}T18:00:00Z`),
      })
      .returning({ id: runLogs.id });
    const [decisionRow] = await ctx.db
      .insert(protocolDecisions)
      .values({
        runnerId,
        runLogId: stored!.id,
        source: 'run_log',
        action: decision.action,
        fromStage: log.stage,
        nextStage: decision.nextStage,
        nextPhase: decision.nextPhase,
        rules: decision.rules,
        earliestNextRun: decision.earliestNextRun,
        createdBy: runnerId,
        createdAt: new Date(`${log.date}T18:00:01Z`),
      })
      .returning({ id: protocolDecisions.id });
    if (decision.action === 'stop') {
      await ctx.db.insert(alerts).values({
        clinicId: ctx.clinicId,
        runnerId,
        therapistId: ctx.therapistIds[runner.therapist],
        kind: 'stop',
        rules: decision.rules,
        runLogId: stored!.id,
        decisionId: decisionRow!.id,
        createdBy: runnerId,
        createdAt: new Date(`${log.date}T18:00:02Z`),
      });
    }
    if (decision.rules.includes('review.repeated_regression')) {
      await ctx.db.insert(alerts).values({
        clinicId: ctx.clinicId,
        runnerId,
        therapistId: ctx.therapistIds[runner.therapist],
        kind: 'review',
        rules: ['review.repeated_regression'],
        runLogId: stored!.id,
        decisionId: decisionRow!.id,
        createdBy: runnerId,
        createdAt: new Date(`${log.date}T18:00:02Z`),
      });
    }
    stage = decision.nextStage;
    phase = decision.nextPhase;
    last = decision;
  }
  return { stage, phase, last };
}

function plannedMinutes(stage: number): number {
  return [8, 12, 18, 20, 25, 27, 20, 30][stage - 1] ?? 30;
}

/** Every other day from `first` days ago up to `last` days ago (negative offsets). */
function everyOtherDay(first: number, last: number): number[] {
  const days = [];
  for (let offset = -first; offset <= -last; offset += 2) days.push(offset);
  return days;
}

async function seedRunner(ctx: Context, runner: DemoRunner) {
  const runnerId = await insertUser(ctx, 'runner', runner);
  const therapistId = ctx.therapistIds[runner.therapist];
  const base = {
    userId: runnerId,
    clinicId: ctx.clinicId,
    therapistId,
    injuryType: runner.injuryType,
    injurySide: runner.injurySide,
    preset: runner.preset,
  };
  const story = runner.story;

  if (story.kind === 'foundation') {
    await ctx.db.insert(runnerProfiles).values({ ...base, injuryDate: isoDay(ctx.today, -story.startedDaysAgo - 14), phase: 'foundation', stage: 1 });
    await insertPlan(ctx, runnerId, therapistId, 'foundation', isoDay(ctx.today, -story.startedDaysAgo), null);
    await insertStrengthLogs(ctx, runnerId, -story.startedDaysAgo, -1);
    if (story.assessment === 'failed') await insertAssessment(ctx, runnerId, therapistId, isoDay(ctx.today, -2), false);
    return;
  }

  if (story.kind === 'walk_run') {
    const walkRunStart = -story.walkRunDaysAgo;
    const foundationStart = walkRunStart - story.foundationDays;
    await ctx.db.insert(runnerProfiles).values({ ...base, injuryDate: isoDay(ctx.today, foundationStart - 10), phase: 'walk_run', stage: 1 });
    await insertPlan(ctx, runnerId, therapistId, 'foundation', isoDay(ctx.today, foundationStart), isoDay(ctx.today, walkRunStart));
    await insertStrengthLogs(ctx, runnerId, foundationStart, walkRunStart - 1);
    await insertAssessment(ctx, runnerId, therapistId, isoDay(ctx.today, walkRunStart - 1), true);
    const lastRunDaysAgo = story.painProfile === 'limped_yesterday' || story.checkInPending ? 1 : 2;
    const runDays = everyOtherDay(story.walkRunDaysAgo, lastRunDaysAgo);
    const walkRunPlanStart = isoDay(ctx.today, walkRunStart);
    const result = await simulateRuns(ctx, runner, runnerId, runDays, 1);
    const stopped = result.phase === 'paused';
    await insertPlan(ctx, runnerId, therapistId, 'walk_run', walkRunPlanStart, stopped ? isoDay(ctx.today, -1) : null);
    if (stopped) await insertPlan(ctx, runnerId, therapistId, 'paused', isoDay(ctx.today, -1), null, result.stage, 'Red flag on the last run');
    await ctx.db.update(runnerProfiles).set({ phase: result.phase, stage: result.stage }).where(sql`${runnerProfiles.userId} = ${runnerId}`);
    return;
  }

  // Continuous, full and maintenance runners: weeks of easy continuous running after the ladder.
  const continuousStart = -story.weeksIn * 7;
  const walkRunStart = continuousStart - 17;
  const foundationStart = walkRunStart - 21;
  await ctx.db.insert(runnerProfiles).values({ ...base, injuryDate: isoDay(ctx.today, foundationStart - 10), phase: story.kind, stage: 8, goalWeeklyMinutes: 180 });
  await insertPlan(ctx, runnerId, therapistId, 'foundation', isoDay(ctx.today, foundationStart), isoDay(ctx.today, walkRunStart));
  await insertAssessment(ctx, runnerId, therapistId, isoDay(ctx.today, walkRunStart - 1), true);
  await insertPlan(ctx, runnerId, therapistId, 'walk_run', isoDay(ctx.today, walkRunStart), isoDay(ctx.today, continuousStart));
  await insertStrengthLogs(ctx, runnerId, foundationStart, -1);
  const ladder = await simulateRuns(ctx, { ...runner, story: { kind: 'walk_run', foundationDays: 21, walkRunDaysAgo: 0, painProfile: 'calm' } }, runnerId, everyOtherDay(-walkRunStart, -continuousStart + 1), 1);
  const continuousDays = everyOtherDay(-continuousStart, 2);
  await simulateRuns(ctx, runner, runnerId, continuousDays, ladder.stage);
  if (story.kind === 'continuous') {
    await insertPlan(ctx, runnerId, therapistId, 'continuous', isoDay(ctx.today, continuousStart), null, 8);
    return;
  }
  const fullStart = continuousStart + 21;
  await insertPlan(ctx, runnerId, therapistId, 'continuous', isoDay(ctx.today, continuousStart), isoDay(ctx.today, fullStart), 8);
  if (story.kind === 'full') {
    await insertPlan(ctx, runnerId, therapistId, 'full', isoDay(ctx.today, fullStart), null, 8, 'Two weeks of green 30-minute runs');
    return;
  }
  const maintenanceStart = fullStart + 14;
  await insertPlan(ctx, runnerId, therapistId, 'full', isoDay(ctx.today, fullStart), isoDay(ctx.today, maintenanceStart), 8);
  await insertPlan(ctx, runnerId, therapistId, 'maintenance', isoDay(ctx.today, maintenanceStart), null, 8, 'Discharged to maintenance');
}

async function seedClinic(db: Database, today: string, passwordHash: string, clinic: { name: string; admin: { name: string; email: string } }, therapists: Partial<Record<DemoRunner['therapist'], { name: string; email: string }>>, runners: DemoRunner[]) {
  const [clinicRow] = await db.insert(clinics).values({ name: clinic.name }).returning({ id: clinics.id });
  const base = { db, today, clinicId: clinicRow!.id, passwordHash };
  await insertUser(base, 'admin', clinic.admin);
  const therapistIds = {} as Record<DemoRunner['therapist'], string>;
  for (const [key, person] of Object.entries(therapists)) {
    therapistIds[key as DemoRunner['therapist']] = await insertUser(base, 'therapist', person);
  }
  const ctx: Context = { ...base, therapistIds };
  for (const runner of runners) await seedRunner(ctx, runner);
}

export async function isSeeded(db: Database): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(sql`${users.email} = ${RIVERSIDE.admin.email}`).limit(1);
  return rows.length > 0;
}

/** Seeds Riverside Physio (the demo) and Hillside Sports Clinic (a second tenant, to show isolation) in one transaction. */
export async function seedDemo(db: Database, today: string): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const txDb = tx as unknown as Database;
    await seedClinic(txDb, today, passwordHash, RIVERSIDE, RIVERSIDE.therapists, RIVERSIDE_RUNNERS);
    await seedClinic(txDb, today, passwordHash, HILLSIDE, { hillside: HILLSIDE.therapist }, HILLSIDE_RUNNERS);
  });
}

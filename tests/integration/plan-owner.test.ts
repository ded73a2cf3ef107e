import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { alerts, plans, preRunChecks, protocolDecisions, runLogs } from '@/db/schema';
import { IDLE } from '@/lib/actions/action-state';
import type { SessionUser } from '@/lib/auth';
import { loadRunnerPlan } from '@/lib/plan/runner-plan';
import { addDays, mondayOf } from '@/lib/protocol';
import { checkIn } from '@/lib/runner/check-in';
import { logRun } from '@/lib/runner/log-run';
import { checkBeforeRun } from '@/lib/runner/pre-run';
import { progressFor, todayFor } from '@/lib/runner/queries';
import { resolveAlert } from '@/lib/therapist/alert-actions';
import { recordReadinessAssessment } from '@/lib/therapist/record-actions';
import { createClinicWithPeople, createRunner, loginAs } from '../support/factories';
import { profileOf } from './runner-support';
import { form, today } from './therapist-support';

// Months of a runner's life driven through the real runner functions (each takes the day it happens on) and the
// therapist's real actions (on today's date), checking what the plan owner makes of them.

type Runner = SessionUser;

async function setUp(profile: { phase: 'walk_run' | 'continuous'; stage: number; goalWeeklyMinutes?: number }, startedOn: string) {
  const people = await createClinicWithPeople();
  const { user } = await createRunner(people.clinic.id, people.therapist.id, { preset: 'seed', ...profile }, startedOn);
  const runner: Runner = { id: user.id, role: 'runner', clinicId: people.clinic.id, clinicName: people.clinic.name, name: user.name, email: user.email } as Runner;
  return { ...people, runner, user };
}

const green = (date: string, runMinutes = 30) => ({
  idempotencyKey: randomUUID(),
  date,
  completed: true,
  runMinutes,
  painBefore: 0,
  painDuring: 0,
  painAfter: 0,
  sharpPain: false,
  limping: false,
  rpe: 3,
  note: null,
});

const preRun = (answers: { painNow?: number; swellingOver24h?: boolean; limpingWhenWalking?: boolean } = {}) => ({
  idempotencyKey: randomUUID(),
  painNow: 0,
  swellingOver24h: false,
  limpingWhenWalking: false,
  ...answers,
});

async function openPlan(runnerId: string) {
  const all = await getDb().select().from(plans).where(eq(plans.runnerId, runnerId));
  return all.find((p) => p.endedOn === null);
}

async function decisionOf(runLogId: string) {
  const [row] = await getDb().select().from(protocolDecisions).where(eq(protocolDecisions.runLogId, runLogId));
  return row!;
}

async function reviewAlerts(runnerId: string, rule: string) {
  const rows = await getDb().select().from(alerts).where(and(eq(alerts.runnerId, runnerId), eq(alerts.kind, 'review')));
  return rows.filter((a) => a.rules.includes(rule));
}

describe('the plan owner over months of a runner’s life', () => {
  it('a 10-day break: one stage lower, said in the decision, and the first run back repeats', async () => {
    const start = addDays(today(), -40);
    const { runner } = await setUp({ phase: 'walk_run', stage: 3 }, start);
    await logRun(runner, green(start, 18), start);
    await logRun(runner, green(addDays(start, 2), 20), addDays(start, 2));
    expect((await profileOf(runner.id)).stage).toBe(5);

    const back = addDays(start, 12);
    const before = await loadRunnerPlan(runner.id, back);
    expect(before?.gap).toMatchObject({ days: 10, baseStage: 5, stage: 4, reassess: false, reviewAlert: false });
    expect(before?.week.days.find((d) => d.kind === 'run')).toMatchObject({ run: { stage: 4 } });

    const result = await logRun(runner, green(back, 20), back);
    expect(result.view.action).toBe('repeat');
    const [log] = await getDb().select().from(runLogs).where(eq(runLogs.id, result.runLogId));
    expect(log?.stage).toBe(4);
    expect((await decisionOf(result.runLogId)).rules).toEqual(['gap.returning', 'gap.step_back']);
    expect((await profileOf(runner.id)).stage).toBe(4);
    expect(await reviewAlerts(runner.id, 'review.long_gap')).toHaveLength(0);

    // Green again two days later: the ladder moves on from the stepped-back stage.
    const next = await logRun(runner, green(addDays(back, 2), 20), addDays(back, 2));
    expect(next.view.action).toBe('progress');
    expect((await profileOf(runner.id)).stage).toBe(5);
  });

  it('a 20-day break: two stages lower and one review alert for the therapist, raised at the pre-run check', async () => {
    const start = addDays(today(), -60);
    const { runner } = await setUp({ phase: 'walk_run', stage: 5 }, start);
    await logRun(runner, green(start, 25), start);
    const back = addDays(start, 20);
    expect((await loadRunnerPlan(runner.id, back))?.stage).toBe(4);
    const check = await checkBeforeRun(runner, preRun(), back);
    expect(check.outcome).toBe('run');
    expect(await reviewAlerts(runner.id, 'review.long_gap')).toHaveLength(1);
    const result = await logRun(runner, green(back, 20), back);
    const [log] = await getDb().select().from(runLogs).where(eq(runLogs.id, result.runLogId));
    expect(log?.stage).toBe(4);
    expect(await reviewAlerts(runner.id, 'review.long_gap')).toHaveLength(1);
  });

  it('more than four weeks off: no running until a passed readiness assessment, then two stages lower', async () => {
    const start = addDays(today(), -35);
    const { runner, therapist } = await setUp({ phase: 'walk_run', stage: 6 }, start);
    await logRun(runner, green(start, 27), start);
    const plan = await loadRunnerPlan(runner.id, today());
    expect(plan?.status).toEqual({ kind: 'reassess', days: 35 });
    expect(plan?.week.runDays).toBe(0);
    await expect(logRun(runner, green(today()), today())).rejects.toThrow();
    await expect(checkBeforeRun(runner, preRun(), today())).rejects.toThrow();

    await loginAs(therapist);
    const assessed = await recordReadinessAssessment(
      IDLE,
      form({
        runnerId: runner.id,
        painAtRest: 0,
        sharpPainWithDailyMovement: 'no',
        currentPain: 0,
        singleLegSquatLeft: 10,
        singleLegSquatRight: 10,
        singleLegSquatGoodControl: 'yes',
        hop30sPainFree: 'yes',
        walk30minPainFree: 'yes',
      }),
    );
    expect(assessed.status).toBe('ok');
    const after = await loadRunnerPlan(runner.id, today());
    expect(after?.status.kind).toBe('running');
    expect(after?.stage).toBe(5);
  });

  it('an overshooting week after the ladder gets volume.over_cap and does not raise next week’s cap', async () => {
    const monday = mondayOf(addDays(today(), -21));
    const { runner } = await setUp({ phase: 'continuous', stage: 8, goalWeeklyMinutes: 300 }, monday);
    await getDb().update(plans).set({ weeklyCap: 90 }).where(eq(plans.runnerId, runner.id));
    const first = await logRun(runner, green(monday, 40), monday);
    await logRun(runner, green(addDays(monday, 2), 40), addDays(monday, 2));
    const third = await logRun(runner, green(addDays(monday, 4), 40), addDays(monday, 4));
    expect((await decisionOf(first.runLogId)).rules).not.toContain('volume.over_cap');
    expect((await decisionOf(third.runLogId)).rules).toContain('volume.over_cap');
    expect(third.view.reasons.join(' ')).toMatch(/more than planned/i);

    const nextWeek = await loadRunnerPlan(runner.id, addDays(monday, 7));
    expect(nextWeek?.volume?.thisWeekCap).toBe(99);
    expect(nextWeek?.week.plannedRunMinutes).toBeLessThanOrEqual(99);
  });

  it('the pre-run check: pain above the allowance means rest today; limping stops running and alerts the therapist, once', async () => {
    const start = addDays(today(), -10);
    const { runner, therapist } = await setUp({ phase: 'walk_run', stage: 2 }, start);
    await logRun(runner, green(start, 8), start);

    const rest = await checkBeforeRun(runner, preRun({ painNow: 4 }), today());
    expect(rest).toEqual({ outcome: 'rest_today', rules: ['prerun.pain_today'] });
    const resting = await loadRunnerPlan(runner.id, today());
    expect(resting?.status.kind).toBe('rest_today');
    expect(resting?.week.days[0]?.kind).not.toBe('run');
    expect((await profileOf(runner.id)).phase).toBe('walk_run');

    const key = randomUUID();
    const stop = await checkBeforeRun(runner, { ...preRun({ limpingWhenWalking: true }), idempotencyKey: key }, today());
    const again = await checkBeforeRun(runner, { ...preRun({ limpingWhenWalking: true }), idempotencyKey: key }, today());
    expect(stop).toEqual({ outcome: 'stop', rules: ['red_flag.limping'] });
    expect(again).toEqual(stop);
    expect(await getDb().select().from(preRunChecks).where(eq(preRunChecks.runnerId, runner.id))).toHaveLength(2);
    expect((await profileOf(runner.id)).phase).toBe('paused');
    const stops = await getDb().select().from(alerts).where(and(eq(alerts.runnerId, runner.id), eq(alerts.kind, 'stop')));
    expect(stops).toEqual([expect.objectContaining({ therapistId: therapist.id, status: 'open', rules: ['red_flag.limping'] })]);
  });

  it('a same-day resolution: Today says who reviewed it and what comes next, with no stale stop card', async () => {
    const start = addDays(today(), -6);
    const { runner, therapist } = await setUp({ phase: 'walk_run', stage: 3 }, start);
    await logRun(runner, green(start, 18), start);
    const stopped = await logRun(runner, { ...green(today(), 10), limping: true }, today());
    expect(stopped.view.action).toBe('stop');
    const [alert] = await getDb().select().from(alerts).where(and(eq(alerts.runnerId, runner.id), eq(alerts.kind, 'stop')));

    await loginAs(therapist);
    const version = (await profileOf(runner.id)).version;
    const resolved = await resolveAlert(
      IDLE,
      form({ runnerId: runner.id, alertId: alert!.id, version, choice: 'resume', resumeStage: 2, note: 'Seen in clinic: gait normal.' }),
    );
    expect(resolved.status).toBe('ok');

    const page = await todayFor(runner, today());
    expect(page?.status).toMatchObject({ kind: 'running', reviewed: { byName: therapist.name, decision: 'resume the walk-run ladder at stage 2' } });
    expect(page?.stop).toBeNull();
    expect(page?.loggedToday).toBeNull();
    expect(page?.stage).toBe(2);
    expect(page?.nextRun?.date).not.toBe(addDays(today(), 1));
  });

  it('resuming a paused runner after the ladder in continuous at a chosen weekly cap', async () => {
    const start = addDays(today(), -20);
    const { runner, therapist } = await setUp({ phase: 'continuous', stage: 8, goalWeeklyMinutes: 200 }, start);
    await logRun(runner, green(start, 40), start);
    await logRun(runner, green(addDays(start, 2), 40), addDays(start, 2));
    await checkBeforeRun(runner, preRun({ swellingOver24h: true }), addDays(start, 4));
    expect((await profileOf(runner.id)).phase).toBe('paused');
    // Paused in continuous running: Today and Progress name that phase, not "stage 8 of 8" of a ladder long done.
    const paused = await todayFor(runner, today());
    expect(paused).toMatchObject({ phase: 'paused', pausedIn: 'continuous' });
    expect((await progressFor(runner, today()))?.ladderText).toBe('Walk-run ladder complete · running paused in continuous easy running');
    const [alert] = await getDb().select().from(alerts).where(and(eq(alerts.runnerId, runner.id), eq(alerts.kind, 'stop')));

    await loginAs(therapist);
    const version = (await profileOf(runner.id)).version;
    const resolved = await resolveAlert(
      IDLE,
      form({ runnerId: runner.id, alertId: alert!.id, version, choice: 'resume_phase', resumePhase: 'continuous', weeklyCap: 60, note: 'Swelling settled; ease back in.' }),
    );
    expect(resolved).toMatchObject({ status: 'ok', data: { message: expect.stringMatching(/continuous/i) } });
    expect(await profileOf(runner.id)).toMatchObject({ phase: 'continuous', stage: 8 });
    expect(await openPlan(runner.id)).toMatchObject({ phase: 'continuous', weeklyCap: 60, startedOn: today() });
    const plan = await loadRunnerPlan(runner.id, today());
    expect(plan?.volume?.thisWeekCap).toBe(60);
    const sunday = addDays(mondayOf(today()), 6);
    const thisWeek = plan!.week.days.filter((d) => d.date <= sunday).reduce((sum, d) => sum + (d.kind === 'run' ? d.run.plannedRunMinutes : 0), 0);
    expect(thisWeek).toBeLessThanOrEqual(60);
    expect(plan?.week.runDays).toBeGreaterThan(0);
  });

  it('a next-morning check-in after the last stage sends the runner back from continuous to stage 8', async () => {
    const start = addDays(today(), -8);
    const { runner } = await setUp({ phase: 'walk_run', stage: 8 }, start);
    const passed = await logRun(runner, green(start, 30), start);
    expect((await profileOf(runner.id)).phase).toBe('continuous');
    const result = await checkIn(runner, { runLogId: passed.runLogId, painNextMorning: 2, swellingOver24h: false }, addDays(start, 1));
    expect(result.changed).toBe(true);
    expect(await profileOf(runner.id)).toMatchObject({ phase: 'walk_run', stage: 8 });
  });
});

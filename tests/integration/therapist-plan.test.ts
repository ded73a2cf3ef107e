import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { alerts, plans, readinessAssessments, runnerProfiles, therapistNotes, users } from '@/db/schema';
import { IDLE } from '@/lib/actions/action-state';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { acceptInvitation } from '@/lib/invitations/accept';
import { invitationStatus } from '@/lib/invitations/lookup';
import { loadRunnerPlan } from '@/lib/plan/runner-plan';
import { resolveAlert } from '@/lib/therapist/alert-actions';
import { PLAN_CONFLICT_MESSAGE } from '@/lib/plan/changes';
import { changePlanSettings, dischargeToMaintenance, setStage, startFoundation, startWalkRun, unlockFull } from '@/lib/therapist/plan-actions';
import { addTherapistNote, recordReadinessAssessment } from '@/lib/therapist/record-actions';
import { addRunner, resendInvitation } from '@/lib/therapist/runner-actions';
import { createClinicWithPeople, createRunner, loginAs } from '../support/factories';
import { auditRows, createStoppedRunner, daysAgo, form, logRun, today, writesAbout } from './therapist-support';


async function openPlanOf(runnerId: string) {
  const [plan] = await getDb().select().from(plans).where(and(eq(plans.runnerId, runnerId), isNull(plans.endedOn)));
  return plan!;
}

async function profileOf(runnerId: string) {
  const [profile] = await getDb().select().from(runnerProfiles).where(eq(runnerProfiles.userId, runnerId));
  return profile!;
}

const resolution = (runnerId: string, alertId: string, fields: Record<string, string | number>) => form({ runnerId, alertId, version: 1, note: 'Reviewed in clinic: gait normal.', ...fields });

describe('resolving an alert', () => {
  it('resumes the plan at the chosen stage at once, in one transaction with the audit row', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    const { runner, alert } = await createStoppedRunner(clinic.id, therapist.id, 5);
    await loginAs(therapist);

    const result = await resolveAlert(IDLE, resolution(runner.id, alert.id, { choice: 'resume', resumeStage: 2 }));

    expect(result).toEqual({ status: 'ok', data: { message: 'Alert resolved: resume walk-run at stage 2.' } });
    expect(await profileOf(runner.id)).toMatchObject({ phase: 'walk_run', stage: 2, version: 2 });
    const [stored] = await getDb().select().from(alerts).where(eq(alerts.id, alert.id));
    expect(stored).toMatchObject({ status: 'resolved', resolution: 'resume', resolutionStage: 2, resolutionNote: 'Reviewed in clinic: gait normal.', resolvedBy: therapist.id });
    expect(stored?.resolvedAt).toBeInstanceOf(Date);
    expect(await openPlanOf(runner.id)).toMatchObject({ phase: 'walk_run', startStage: 2, startedOn: today(), reason: 'Alert resolved: resume walk-run at stage 2', createdBy: therapist.id });
    const closed = await getDb().select().from(plans).where(and(eq(plans.runnerId, runner.id), eq(plans.phase, 'paused')));
    expect(closed[0]?.endedOn).toBe(today());
    expect(await auditRows({ actorId: therapist.id, action: 'alert.resolve' })).toEqual([
      expect.objectContaining({ outcome: 'ok', targetId: alert.id, detail: { runnerId: runner.id, resolution: 'resume', alertsResolved: 1 } }),
    ]);

    // The runner's plan follows: the next run is stage 2, not the day after yesterday's run.
    const plan = await loadRunnerPlan(runner.id, today());
    const runs = plan!.week.days.filter((day) => day.kind === 'run');
    expect(runs[0]).toMatchObject({ date: daysAgo(-1), run: { stage: 2 } });
    expect(plan!.history).toEqual([]);
  });

  it('steps back one stage from the stopped run, returns to foundation, or refers out', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    await loginAs(therapist);
    const expected = {
      regress: { phase: 'walk_run', stage: 3, resolutionStage: 3 },
      foundation: { phase: 'foundation', stage: 1, resolutionStage: null },
      refer_out: { phase: 'discharged', stage: 4, resolutionStage: null },
    } as const;
    for (const [choice, outcome] of Object.entries(expected)) {
      const { runner, alert } = await createStoppedRunner(clinic.id, therapist.id, 4);
      const result = await resolveAlert(IDLE, resolution(runner.id, alert.id, { choice, resumeStage: 8 }));
      expect(result.status).toBe('ok');
      expect(await profileOf(runner.id)).toMatchObject({ phase: outcome.phase, stage: outcome.stage });
      expect(await openPlanOf(runner.id)).toMatchObject({ phase: outcome.phase });
      const [stored] = await getDb().select().from(alerts).where(eq(alerts.id, alert.id));
      expect(stored).toMatchObject({ status: 'resolved', resolution: choice, resolutionStage: outcome.resolutionStage });
    }
  });

  it('needs a plan choice and a note for a red flag: acknowledging it or leaving the note empty writes nothing', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    const { runner, alert } = await createStoppedRunner(clinic.id, therapist.id);
    await loginAs(therapist);
    const before = await writesAbout(runner.id);

    const acknowledged = await resolveAlert(IDLE, resolution(runner.id, alert.id, { choice: 'acknowledged' }));
    expect(acknowledged).toMatchObject({ status: 'error', fieldErrors: { choice: expect.any(String) } });
    const noNote = await resolveAlert(IDLE, resolution(runner.id, alert.id, { choice: 'resume', resumeStage: 2, note: '  ' }));
    expect(noNote).toMatchObject({ status: 'error', fieldErrors: { note: expect.any(String) } });
    const noStage = await resolveAlert(IDLE, resolution(runner.id, alert.id, { choice: 'resume', resumeStage: 9 }));
    expect(noStage).toMatchObject({ status: 'error', fieldErrors: { resumeStage: expect.any(String) } });

    expect(await writesAbout(runner.id)).toEqual(before);
    expect(await auditRows({ actorId: therapist.id, action: 'alert.resolve' })).toEqual([]);
  });

  it('acknowledges a review alert with a note without touching the plan', async () => {
    const { clinic, therapist, runner } = await createClinicWithPeople();
    const [review] = await getDb()
      .insert(alerts)
      .values({ clinicId: clinic.id, runnerId: runner.id, therapistId: therapist.id, kind: 'review', rules: ['review.repeated_regression'], createdBy: runner.id })
      .returning();
    const before = await writesAbout(runner.id);
    await loginAs(therapist);

    const result = await resolveAlert(IDLE, resolution(runner.id, review!.id, { choice: 'acknowledged' }));

    expect(result).toEqual({ status: 'ok', data: { message: 'Alert acknowledged; the plan is unchanged.' } });
    expect(await writesAbout(runner.id)).toEqual({ ...before, openAlerts: 0 });
    const [stored] = await getDb().select().from(alerts).where(eq(alerts.id, review!.id));
    expect(stored).toMatchObject({ status: 'resolved', resolution: 'acknowledged', resolutionNote: 'Reviewed in clinic: gait normal.' });
  });

  it('says so when the alert was already resolved, and writes nothing more', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    const { runner, alert } = await createStoppedRunner(clinic.id, therapist.id);
    await loginAs(therapist);
    expect((await resolveAlert(IDLE, resolution(runner.id, alert.id, { choice: 'resume', resumeStage: 2 }))).status).toBe('ok');
    const after = await writesAbout(runner.id);
    const again = await resolveAlert(IDLE, resolution(runner.id, alert.id, { choice: 'foundation', version: 2 }));
    expect(again).toMatchObject({ status: 'error', formError: expect.stringContaining('already resolved') });
    expect(await writesAbout(runner.id)).toEqual(after);
  });
});

describe('the walk-run gate', () => {
  const assessment = (runnerId: string, passed: boolean) => ({
    runnerId,
    painAtRest: 0,
    sharpPainWithDailyMovement: 'no',
    currentPain: passed ? 1 : 4,
    singleLegSquatLeft: 10,
    singleLegSquatRight: passed ? 12 : 6,
    singleLegSquatGoodControl: 'yes',
    hop30sPainFree: passed ? 'yes' : 'no',
    walk30minPainFree: 'yes',
  });

  it('refuses walk-run without a passed assessment, with every unmet condition in plain words, and writes nothing', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    const { user: runner } = await createRunner(clinic.id, therapist.id, { phase: 'foundation' }, daysAgo(20));
    await loginAs(therapist);
    const before = await writesAbout(runner.id);

    const result = await startWalkRun(IDLE, form({ runnerId: runner.id, version: 1, startStage: 1 }));

    expect(result).toMatchObject({ status: 'error', formError: expect.stringContaining('Gate: no readiness assessment in this foundation period'), fieldErrors: { overrideReason: expect.any(String) } });
    expect(await writesAbout(runner.id)).toEqual(before);
  });

  it('refuses after a failed assessment and lists every failed criterion of it', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    const { user: runner } = await createRunner(clinic.id, therapist.id, { phase: 'foundation' }, daysAgo(20));
    await loginAs(therapist);

    const assessed = await recordReadinessAssessment(IDLE, form(assessment(runner.id, false)));
    expect(assessed).toEqual({
      status: 'ok',
      data: {
        passed: false,
        failed: ['Readiness: current pain above 2/10', 'Readiness: single-leg squat under 10 reps with good control on at least one leg', 'Readiness: 30 s hop in place not pain-free'],
      },
    });
    const [stored] = await getDb().select().from(readinessAssessments).where(eq(readinessAssessments.runnerId, runner.id));
    expect(stored).toMatchObject({ assessedBy: therapist.id, assessedOn: today(), currentPain: 4, singleLegSquatRight: 6, hop30sPainFree: false, passed: false, failedCriteria: ['readiness.current_pain', 'readiness.single_leg_squat', 'readiness.hop'] });
    expect(await auditRows({ actorId: therapist.id, action: 'readiness.create' })).toEqual([expect.objectContaining({ outcome: 'ok', detail: { assessmentId: stored!.id } })]);

    const result = await startWalkRun(IDLE, form({ runnerId: runner.id, version: 1, startStage: 1 }));
    expect(result).toMatchObject({ status: 'error', formError: expect.stringContaining('the latest readiness assessment did not pass') });
    expect((await profileOf(runner.id)).phase).toBe('foundation');
  });

  it('starts walk-run after a passed assessment and 14 days of foundation', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    const { user: runner } = await createRunner(clinic.id, therapist.id, { phase: 'foundation' }, daysAgo(15));
    await loginAs(therapist);
    expect((await recordReadinessAssessment(IDLE, form(assessment(runner.id, true)))).status).toBe('ok');

    const result = await startWalkRun(IDLE, form({ runnerId: runner.id, version: 1, startStage: 1 }));

    expect(result).toEqual({ status: 'ok', data: { message: 'Saved: Walk-run started at stage 1: readiness passed after 15 days of foundation.' } });
    expect(await profileOf(runner.id)).toMatchObject({ phase: 'walk_run', stage: 1, version: 2 });
    expect(await openPlanOf(runner.id)).toMatchObject({ phase: 'walk_run', startStage: 1, overrideReason: null });
    expect(await auditRows({ actorId: therapist.id, action: 'plan.start_walk_run' })).toEqual([expect.objectContaining({ outcome: 'ok', targetId: runner.id })]);
  });

  it('starts walk-run early with an override reason, which is stored with the plan', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    const { user: runner } = await createRunner(clinic.id, therapist.id, { phase: 'foundation' }, daysAgo(5));
    await loginAs(therapist);
    const tooShort = await startWalkRun(IDLE, form({ runnerId: runner.id, version: 1, startStage: 1, overrideReason: 'because' }));
    expect(tooShort).toMatchObject({ status: 'error', fieldErrors: { overrideReason: expect.stringContaining('at least 10') } });

    const result = await startWalkRun(IDLE, form({ runnerId: runner.id, version: 1, startStage: 2, overrideReason: 'Cleared by the sports physician after imaging' }));

    expect(result.status).toBe('ok');
    expect(await openPlanOf(runner.id)).toMatchObject({ phase: 'walk_run', startStage: 2, overrideReason: 'Cleared by the sports physician after imaging' });
    expect((await openPlanOf(runner.id)).reason).toContain('by override');
  });
});

describe('plan control', () => {
  it('refuses a form rendered before someone else changed the plan, and writes nothing', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    const { user: runner } = await createRunner(clinic.id, therapist.id, { phase: 'walk_run', stage: 3 });
    await loginAs(therapist);
    expect((await setStage(IDLE, form({ runnerId: runner.id, version: 1, stage: 4 }))).status).toBe('ok');
    const after = await writesAbout(runner.id);

    const stale = await setStage(IDLE, form({ runnerId: runner.id, version: 1, stage: 2 }));
    const staleSettings = await changePlanSettings(IDLE, form({ runnerId: runner.id, version: 1, preset: 'tendinopathy', goalWeeklyMinutes: 150 }));

    expect(stale).toEqual({ status: 'error', formError: PLAN_CONFLICT_MESSAGE, fieldErrors: undefined, values: expect.any(Object) });
    expect(staleSettings).toMatchObject({ status: 'error', formError: PLAN_CONFLICT_MESSAGE });
    expect(await writesAbout(runner.id)).toEqual(after);
    expect(after.profile).toMatchObject({ stage: 4, version: 2 });
    expect(await auditRows({ actorId: therapist.id, action: 'plan.set_stage' })).toHaveLength(1);
  });

  it('lets one of two simultaneous changes win', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    const { user: runner } = await createRunner(clinic.id, therapist.id, { phase: 'walk_run', stage: 3 });
    await loginAs(therapist);
    const results = await Promise.all([setStage(IDLE, form({ runnerId: runner.id, version: 1, stage: 4 })), setStage(IDLE, form({ runnerId: runner.id, version: 1, stage: 5 }))]);
    expect(results.filter((r) => r.status === 'ok')).toHaveLength(1);
    expect((await profileOf(runner.id)).version).toBe(2);
    expect(await getDb().select().from(plans).where(and(eq(plans.runnerId, runner.id), isNull(plans.endedOn)))).toHaveLength(1);
  });

  it('sets the stage only in walk-run, and starts a plan period that shows in the timeline', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    const { user: runner } = await createRunner(clinic.id, therapist.id, { phase: 'foundation' });
    await loginAs(therapist);
    expect(await setStage(IDLE, form({ runnerId: runner.id, version: 1, stage: 4 }))).toMatchObject({ status: 'error', formError: expect.stringContaining('only from Walk-run ladder') });
    const { user: walker } = await createRunner(clinic.id, therapist.id, { phase: 'walk_run', stage: 3 });
    expect(await setStage(IDLE, form({ runnerId: walker.id, version: 1, stage: 3 }))).toMatchObject({ status: 'error', fieldErrors: { stage: expect.any(String) } });
    expect((await setStage(IDLE, form({ runnerId: walker.id, version: 1, stage: 5 }))).status).toBe('ok');
    expect(await openPlanOf(walker.id)).toMatchObject({ phase: 'walk_run', startStage: 5, reason: 'Stage set to 5 (was 3)' });
  });

  it('changes preset and settings within the limits, keeps the plan period, and records what changed', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    const { user: runner } = await createRunner(clinic.id, therapist.id, { phase: 'foundation', protocolSettings: { weeklyIncrease: 0.05 } });
    await loginAs(therapist);
    const plansBefore = (await writesAbout(runner.id)).plans;

    const outOfRange = await changePlanSettings(IDLE, form({ runnerId: runner.id, version: 1, preset: 'seed', painAllowance: 11, sessionMinutes: 5, maxRunDaysPerWeek: 5, goalWeeklyMinutes: 20 }));
    expect(outOfRange).toMatchObject({
      status: 'error',
      fieldErrors: { painAllowance: expect.any(String), sessionMinutes: expect.any(String), maxRunDaysPerWeek: expect.any(String), goalWeeklyMinutes: expect.any(String) },
    });

    const result = await changePlanSettings(IDLE, form({ runnerId: runner.id, version: 1, preset: 'tendinopathy', painAllowance: '', sessionMinutes: 25, maxRunDaysPerWeek: 2, goalWeeklyMinutes: 150 }));

    expect(result).toEqual({ status: 'ok', data: { message: 'Saved: preset seed → tendinopathy; pain allowance 2 → 5; session minutes 30 → 25; run days per week 3 → 2.' } });
    expect(await profileOf(runner.id)).toMatchObject({ preset: 'tendinopathy', protocolSettings: { weeklyIncrease: 0.05, sessionMinutes: 25, maxRunDaysPerWeek: 2 }, version: 2 });
    expect((await writesAbout(runner.id)).plans).toBe(plansBefore);
    expect(await auditRows({ actorId: therapist.id, action: 'plan.settings' })).toEqual([
      expect.objectContaining({ outcome: 'ok', targetId: runner.id, detail: { changes: 'preset seed → tendinopathy; pain allowance 2 → 5; session minutes 30 → 25; run days per week 3 → 2' } }),
    ]);
    const unchanged = await changePlanSettings(IDLE, form({ runnerId: runner.id, version: 2, preset: 'tendinopathy', sessionMinutes: 25, maxRunDaysPerWeek: 2, goalWeeklyMinutes: 150 }));
    expect(unchanged).toMatchObject({ status: 'error', formError: expect.stringContaining('Nothing changed') });
  });

  it('unlocks full only when two weeks of green 30-minute runs are in, or with an override reason; then discharges to maintenance', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    const { user: runner } = await createRunner(clinic.id, therapist.id, { phase: 'continuous', stage: 8 }, daysAgo(20));
    for (const ago of [13, 11, 9]) await logRun(runner.id, { date: daysAgo(ago), stage: 8, minutes: 32 }, { action: 'progress', nextStage: 8, nextPhase: 'continuous', rules: ['green'] });
    await loginAs(therapist);

    const refused = await unlockFull(IDLE, form({ runnerId: runner.id, version: 1 }));
    expect(refused).toMatchObject({ status: 'error', formError: expect.stringContaining('has no runs'), fieldErrors: { overrideReason: expect.any(String) } });

    for (const ago of [6, 4, 2]) await logRun(runner.id, { date: daysAgo(ago), stage: 8, minutes: 31 }, { action: 'progress', nextStage: 8, nextPhase: 'continuous', rules: ['green'] });
    expect(await dischargeToMaintenance(IDLE, form({ runnerId: runner.id, version: 1 }))).toMatchObject({ status: 'error', formError: expect.stringContaining('only from Full training') });
    expect(await unlockFull(IDLE, form({ runnerId: runner.id, version: 1 }))).toEqual({
      status: 'ok',
      data: { message: 'Saved: Full training unlocked: 2 weeks of green runs of at least 30 min.' },
    });
    expect((await dischargeToMaintenance(IDLE, form({ runnerId: runner.id, version: 2 }))).status).toBe('ok');
    expect(await profileOf(runner.id)).toMatchObject({ phase: 'maintenance', version: 3 });
  });

  it('unlocks full early with an override reason stored with the plan', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    const { user: runner } = await createRunner(clinic.id, therapist.id, { phase: 'continuous', stage: 8 }, daysAgo(3));
    await loginAs(therapist);
    expect((await unlockFull(IDLE, form({ runnerId: runner.id, version: 1, overrideReason: 'Experienced runner, pain-free for weeks' }))).status).toBe('ok');
    expect(await openPlanOf(runner.id)).toMatchObject({ phase: 'full', overrideReason: 'Experienced runner, pain-free for weeks' });
  });

  it('returns a runner to foundation, but not a runner paused by an open red flag (that goes through the alert)', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    const { user: runner } = await createRunner(clinic.id, therapist.id, { phase: 'walk_run', stage: 5 });
    const { runner: stopped } = await createStoppedRunner(clinic.id, therapist.id);
    await loginAs(therapist);
    expect((await startFoundation(IDLE, form({ runnerId: runner.id, version: 1 }))).status).toBe('ok');
    expect(await profileOf(runner.id)).toMatchObject({ phase: 'foundation', stage: 1 });
    expect(await startFoundation(IDLE, form({ runnerId: runner.id, version: 2 }))).toMatchObject({ status: 'error', formError: 'The runner is already in foundation.' });
    expect(await startFoundation(IDLE, form({ runnerId: stopped.id, version: 1 }))).toMatchObject({ status: 'error', formError: expect.stringContaining('resolve the open alert') });
  });
});

describe('adding a runner', () => {
  const newRunner = (email: string) =>
    form({ name: 'Robin Ash', email, injuryType: 'Calf strain', injurySide: 'left', injuryDate: daysAgo(30), preset: 'seed', goalWeeklyMinutes: 120 });

  it('creates the account, the profile in foundation, the plan and a one-time link that lets the runner sign in', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    await loginAs(therapist);

    const result = await addRunner(IDLE, newRunner('Robin.Ash@Example.test'));

    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    expect(result.data).toMatchObject({ name: 'Robin Ash', email: 'robin.ash@example.test', emailed: false, url: expect.stringContaining('/invite/') });
    const [user] = await getDb().select().from(users).where(eq(users.id, result.data.runnerId));
    expect(user).toMatchObject({ clinicId: clinic.id, role: 'runner', passwordHash: null, email: 'robin.ash@example.test' });
    expect(await profileOf(user!.id)).toMatchObject({ clinicId: clinic.id, therapistId: therapist.id, phase: 'foundation', stage: 1, preset: 'seed', goalWeeklyMinutes: 120, injurySide: 'left', injuryDate: daysAgo(30) });
    expect(await openPlanOf(user!.id)).toMatchObject({ phase: 'foundation', startedOn: today(), createdBy: therapist.id });
    expect(await auditRows({ actorId: therapist.id, action: 'runner.create' })).toEqual([expect.objectContaining({ outcome: 'ok', targetId: user!.id })]);

    const token = result.data.url.split('/invite/')[1]!;
    expect(await invitationStatus(token)).toMatchObject({ state: 'valid', name: 'Robin Ash' });
    expect(await acceptInvitation(token, 'a-long-new-passphrase')).toMatchObject({ ok: true });
    expect((await signInWithPassword({ email: 'robin.ash@example.test', password: 'a-long-new-passphrase' }, { userAgent: null, address: null })).ok).toBe(true);
  });

  it('answers a taken email at the field and writes nothing', async () => {
    const { clinic, therapist, runner } = await createClinicWithPeople();
    await loginAs(therapist);
    const clinicUsers = () => getDb().select({ id: users.id }).from(users).where(eq(users.clinicId, clinic.id));
    const before = await clinicUsers();
    const result = await addRunner(IDLE, newRunner(runner.email.toUpperCase()));
    expect(result).toMatchObject({ status: 'error', fieldErrors: { email: 'An account with this email already exists.' } });
    expect(await auditRows({ actorId: therapist.id, action: 'runner.create' })).toEqual([]);
    expect(await clinicUsers()).toEqual(before);
  });

  it('checks every field and refuses extra ones such as a clinic or a therapist', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    await loginAs(therapist);
    const bad = await addRunner(IDLE, form({ name: '', email: 'nope', injuryType: '', injurySide: 'up', injuryDate: '2026-02-30', preset: 'x', goalWeeklyMinutes: 10 }));
    expect(bad).toMatchObject({
      status: 'error',
      fieldErrors: { name: expect.any(String), email: expect.any(String), injuryType: expect.any(String), injurySide: expect.any(String), injuryDate: expect.any(String), preset: expect.any(String), goalWeeklyMinutes: expect.any(String) },
    });
    const future = await addRunner(IDLE, form({ name: 'A', email: 'a@example.test', injuryType: 'x', injurySide: 'left', injuryDate: daysAgo(-3), preset: 'seed', goalWeeklyMinutes: 100 }));
    expect(future).toMatchObject({ status: 'error', fieldErrors: { injuryDate: expect.any(String) } });
    const smuggled = await addRunner(IDLE, form({ name: 'A', email: 'a@example.test', injuryType: 'x', injurySide: 'left', preset: 'seed', goalWeeklyMinutes: 100, clinicId: clinic.id }));
    expect(smuggled.status).toBe('error');
    expect(await getDb().select().from(users).where(eq(users.email, 'a@example.test'))).toEqual([]);
  });

  it('sends a new link to a runner who has not accepted yet, retiring the old one, and refuses once they have', async () => {
    const { therapist } = await createClinicWithPeople();
    await loginAs(therapist);
    const added = await addRunner(IDLE, newRunner('late@example.test'));
    if (added.status !== 'ok') throw new Error('not added');
    const oldToken = added.data.url.split('/invite/')[1]!;

    const resent = await resendInvitation(IDLE, form({ runnerId: added.data.runnerId }));
    if (resent.status !== 'ok') throw new Error('not resent');
    expect((await invitationStatus(oldToken)).state).toBe('expired');
    const newToken = resent.data.url.split('/invite/')[1]!;
    expect((await invitationStatus(newToken)).state).toBe('valid');
    expect(await auditRows({ actorId: therapist.id, action: 'invitation.resend' })).toHaveLength(1);

    await acceptInvitation(newToken, 'a-long-new-passphrase');
    expect(await resendInvitation(IDLE, form({ runnerId: added.data.runnerId }))).toMatchObject({ status: 'error', formError: expect.stringContaining('already accepted') });
  });
});

describe('notes', () => {
  it('stores a dated note by its author; the audit row never holds the text', async () => {
    const { therapist, runner } = await createClinicWithPeople();
    await loginAs(therapist);
    const result = await addTherapistNote(IDLE, form({ runnerId: runner.id, body: 'Left calf tight on palpation.' }));
    expect(result).toEqual({ status: 'ok', data: { message: 'Note saved.' } });
    const [note] = await getDb().select().from(therapistNotes).where(eq(therapistNotes.runnerId, runner.id));
    expect(note).toMatchObject({ authorId: therapist.id, body: 'Left calf tight on palpation.' });
    const [audit] = await auditRows({ actorId: therapist.id, action: 'note.create' });
    expect(audit).toMatchObject({ outcome: 'ok', targetId: runner.id, detail: { noteId: note!.id } });
    expect(JSON.stringify(audit)).not.toContain('calf');
    expect(await addTherapistNote(IDLE, form({ runnerId: runner.id, body: '   ' }))).toMatchObject({ status: 'error', fieldErrors: { body: expect.any(String) } });
  });
});

import { describe, expect, it } from 'vitest';
import RunnerPage from '@/app/therapist/runners/[runnerId]/page';
import { loadRunnerRecord } from '@/lib/therapist/runner-record';
import { IDLE } from '@/lib/actions/action-state';
import { changePlanSettings } from '@/lib/therapist/plan-actions';
import { addTherapistNote, recordReadinessAssessment } from '@/lib/therapist/record-actions';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { alerts, exerciseLogs, runLogs, users } from '@/db/schema';
import { getCurrentUser } from '@/lib/auth';
import { createClinicWithPeople, createRunner, loginAs } from '../support/factories';
import { auditRows, createStoppedRunner, daysAgo, form, logRun, today } from './therapist-support';


const open = (runnerId: string) => RunnerPage({ params: Promise.resolve({ runnerId }) });

describe("the runner's record page", () => {
  it('audits every read by the runner’s therapist, without clinical values', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    const { runner } = await createStoppedRunner(clinic.id, therapist.id);
    await loginAs(therapist);
    await open(runner.id);
    await open(runner.id);
    const views = await auditRows({ actorId: therapist.id, action: 'runner.view' });
    expect(views).toHaveLength(2);
    expect(views[0]).toMatchObject({ outcome: 'ok', targetType: 'runner', targetId: runner.id, clinicId: clinic.id, detail: null });
  });

  it("answers 404 to another therapist, in the clinic or not, and audits the denial", async () => {
    const home = await createClinicWithPeople();
    const away = await createClinicWithPeople();
    for (const runner of [home.otherRunner, away.runner]) {
      await loginAs(home.therapist);
      await expect(open(runner.id)).rejects.toThrow('NEXT_NOT_FOUND');
    }
    const denials = await auditRows({ actorId: home.therapist.id, action: 'runner.view' });
    expect(denials.map((row) => [row.outcome, row.targetId])).toEqual([
      ['denied', home.otherRunner.id],
      ['denied', away.runner.id],
    ]);
  });

  it('gathers the chart, the timeline with superseded decisions, settings changes, assessments and notes', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    const { runner } = await createStoppedRunner(clinic.id, therapist.id, 3);
    await logRun(runner.id, { date: daysAgo(3), stage: 3, minutes: 18 }, { action: 'progress', nextStage: 4, nextPhase: 'walk_run', rules: ['green'] });
    await loginAs(therapist);
    await addTherapistNote(IDLE, form({ runnerId: runner.id, body: 'Limp seen on video.' }));
    await recordReadinessAssessment(
      IDLE,
      form({ runnerId: runner.id, painAtRest: 1, sharpPainWithDailyMovement: 'no', currentPain: 1, singleLegSquatLeft: 10, singleLegSquatRight: 10, singleLegSquatGoodControl: 'yes', hop30sPainFree: 'yes', walk30minPainFree: 'yes' }),
    );
    await changePlanSettings(IDLE, form({ runnerId: runner.id, version: 1, preset: 'seed', maxRunDaysPerWeek: 2, goalWeeklyMinutes: 150 }));

    const record = await loadRunnerRecord(runner.id, today());

    expect(record).not.toBeNull();
    expect(record!.painPoints.map((p) => [p.date, p.action, p.redFlag])).toEqual([
      [daysAgo(3), 'progress', false],
      [daysAgo(1), 'stop', true],
    ]);
    expect(record!.timeline.map((entry) => entry.kind)).toEqual(['settings', 'plan', 'decision', 'decision', 'plan']);
    expect(record!.timeline[0]).toMatchObject({ summary: 'run days per week 3 → 2', byName: 'Test therapist' });
    expect(record!.timeline[2]).toMatchObject({ kind: 'decision', headline: 'Stop: running paused after stage 3, alert raised', reasons: ['Red flag: altered gait reported after stage 3 run'] });
    expect(record!.assessments).toEqual([expect.objectContaining({ passed: false, failedCriteria: ['readiness.pain_at_rest'] })]);
    expect(record!.notes).toEqual([expect.objectContaining({ body: 'Limp seen on video.', authorName: 'Test therapist' })]);
    expect(record!.settings.maxRunDaysPerWeek).toBe(2);
    expect(record!.account.invitationPending).toBe(false);
    expect(record!.week.phase).toBe('paused');
  });

  it("shows the runner's own words (run notes, exercise notes, concerns) to their therapist only, and the contact phone", async () => {
    const { clinic, therapist, otherTherapist, runner: ownFirstRunner } = await createClinicWithPeople();
    const { runner } = await createStoppedRunner(clinic.id, therapist.id, 3);
    const db = getDb();
    await db.update(users).set({ phone: '+44 20 7946 0000' }).where(eq(users.id, runner.id));
    await db.update(runLogs).set({ note: 'Calf <b>tight</b> at the end' }).where(eq(runLogs.runnerId, runner.id));
    await db.insert(exerciseLogs).values({ runnerId: runner.id, date: daysAgo(2), kind: 'strength', note: 'Bridges felt easy', idempotencyKey: randomUUID(), createdBy: runner.id });
    await db.insert(alerts).values({ clinicId: clinic.id, runnerId: runner.id, therapistId: therapist.id, kind: 'concern', status: 'resolved', message: 'Shin sore on stairs\n\nPain now: 3/10', createdBy: runner.id });
    // Another runner's words never appear in this record.
    const { user: stranger } = await createRunner(clinic.id, otherTherapist.id);
    await db.insert(alerts).values({ clinicId: clinic.id, runnerId: stranger.id, therapistId: otherTherapist.id, kind: 'concern', message: 'Not yours', createdBy: stranger.id });

    await loginAs(therapist);
    const viewer = (await getCurrentUser())!;
    const record = await loadRunnerRecord(runner.id, today(), { viewer });
    const notes = record!.timeline.filter((entry) => entry.kind === 'runner_note');
    expect(notes.map((entry) => [entry.source, entry.text, entry.context])).toEqual(
      expect.arrayContaining([
        ['run', 'Calf <b>tight</b> at the end', 'Note on the stage 3 run'],
        ['exercise', 'Bridges felt easy', 'Note on the strength session'],
        ['concern', 'Shin sore on stairs\n\nPain now: 3/10', 'Concern reported between runs · resolved'],
      ]),
    );
    expect(notes).toHaveLength(3);
    expect(record!.account.phone).toBe('+44 20 7946 0000');

    // Authorization by exact rows: the same read for another therapist's runner, or as another therapist, is nothing.
    expect(await loadRunnerRecord(stranger.id, today(), { viewer })).toBeNull();
    expect(await loadRunnerRecord(ownFirstRunner.id, today(), { viewer })).not.toBeNull();
    await loginAs(otherTherapist);
    expect(await loadRunnerRecord(runner.id, today(), { viewer: (await getCurrentUser())! })).toBeNull();
  });
});

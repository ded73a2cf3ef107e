import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import AdminReportsPage from '@/app/admin/page';
import RunnerProgressPage from '@/app/runner/progress/page';
import RunnerTodayPage from '@/app/runner/page';
import CaseloadPage from '@/app/therapist/page';
import TherapistRunnerPage from '@/app/therapist/runners/[runnerId]/page';
import { getDb } from '@/db';
import { protocolDecisions, runLogs, sessions } from '@/db/schema';
import type { AdminUser } from '@/lib/admin/admin-user';
import { adherence, clinicReportData, intakeByWeek, milestoneTimes, phaseCounts, redFlagSummary, redFlagsByWeek, setbacks, therapistOutcomes } from '@/lib/admin/reports/queries';
import { getCurrentUser } from '@/lib/auth';
import { loadSessionUser } from '@/lib/auth/sessions';
import { loadRunnerPlan } from '@/lib/plan/runner-plan';
import { loadRunnerRecord } from '@/lib/therapist/runner-record';
import { openAlertCount } from '@/lib/therapist/queries';
import { countQueries } from '../support/count-queries';
import { createClinicWithPeople, createRunner, loginAs } from '../support/factories';
import { buildReportFixture, REPORT_RANGE } from './admin-report-fixture';
import { createStoppedRunner, daysAgo, today } from './therapist-support';

/*
 * The statement budget of a page request is 4 whatever the data size: the session check (1), a layout's own
 * query (the therapist's alert badge, 1) and the page's. React's cache shares the session check between the
 * layout and the page of one request; called one by one here, each call reads it once.
 */

/** A year of runs, one every third day or so, each with its decision, written in two statements. */
async function yearOfRuns(runnerId: string, count = 100) {
  const rows = await getDb()
    .insert(runLogs)
    .values(
      Array.from({ length: count }, (_, i) => ({
        runnerId,
        date: daysAgo(365 - Math.floor((i * 364) / count)),
        stage: 1 + (i % 8),
        completed: true,
        runMinutes: 15,
        painBefore: 0,
        painDuring: i % 5 === 0 ? 3 : 1,
        painAfter: 1,
        sharpPain: false,
        limping: false,
        checkedInAt: new Date(),
        painNextMorning: 0,
        swellingOver24h: false,
        idempotencyKey: randomUUID(),
        createdBy: runnerId,
      })),
    )
    .returning({ id: runLogs.id, stage: runLogs.stage });
  await getDb()
    .insert(protocolDecisions)
    .values(
      rows.map((row, i) => ({
        runnerId,
        runLogId: row.id,
        source: 'run_log' as const,
        action: 'progress' as const,
        fromStage: row.stage,
        nextStage: Math.min(8, row.stage + 1),
        nextPhase: 'walk_run' as const,
        rules: ['green'],
        createdBy: runnerId,
        createdAt: new Date(Date.now() - (rows.length - i) * 60_000),
      })),
    );
}

async function peopleWithBusyRunner() {
  const people = await createClinicWithPeople();
  const { user: busy } = await createRunner(people.clinic.id, people.therapist.id, { phase: 'walk_run', stage: 4 }, daysAgo(366));
  await yearOfRuns(busy.id);
  return { ...people, busy };
}

describe('the session check', () => {
  it('is one statement, and marks the session used at most once a minute', async () => {
    const { runner } = await createClinicWithPeople();
    const sessionId = await loginAs(runner);
    const lastSeen = async () => (await getDb().select({ at: sessions.lastSeenAt }).from(sessions).where(eq(sessions.id, sessionId)))[0]!.at;
    const signedInAt = await lastSeen();

    const soon = new Date(signedInAt.getTime() + 30_000);
    expect(await countQueries(() => loadSessionUser(sessionId, runner.id, soon))).toBe(1);
    expect(await lastSeen()).toEqual(signedInAt);

    const later = new Date(signedInAt.getTime() + 5 * 60_000);
    let user: Awaited<ReturnType<typeof loadSessionUser>> = null;
    expect(await countQueries(async () => (user = await loadSessionUser(sessionId, runner.id, later)))).toBe(1);
    expect(await lastSeen()).toEqual(later);
    expect(user).toMatchObject({ id: runner.id, sessionId, role: 'runner' });
    expect(user!.msLeft).toBe(30 * 60_000);
  });
});

describe('statements per page request, whatever the data size', () => {
  it('runner pages: the plan is one statement (its status included); Today is 2 with the session check (3 when it sends the runner to their therapist), Progress 4 (its adherence card)', async () => {
    const { busy, runner, therapist } = await peopleWithBusyRunner();
    const busyTherapist = therapist.id;
    expect(await countQueries(() => loadRunnerPlan(busy.id, today()))).toBe(1);
    const plan = await loadRunnerPlan(busy.id, today());
    expect(plan!.logs).toHaveLength(100);
    expect(plan!.latestDecision?.runLogId).toBe(plan!.logs.at(-1)!.id);

    // The factory's runner started a month ago and never ran: Today asks for the therapist's check after so long a
    // break, and says how to reach them (one statement more). The busy runner and one who started yesterday are running.
    const { user: fresh } = await createRunner(runner.clinicId, busyTherapist, { phase: 'walk_run', stage: 1 }, daysAgo(1));
    for (const [who, today] of [[fresh, 2], [busy, 2], [runner, 3]] as const) {
      await loginAs(who);
      expect(await countQueries(() => RunnerTodayPage())).toBe(today);
      expect(await countQueries(() => RunnerProgressPage())).toBe(4);
    }
  });

  it("the therapist's runner page: access check, record and open alerts in one statement, 3 with the session and the audit row", async () => {
    const { clinic, therapist, otherTherapist, runner, busy } = await peopleWithBusyRunner();
    const { runner: stopped } = await createStoppedRunner(clinic.id, therapist.id);
    await loginAs(therapist);
    const viewer = (await getCurrentUser())!;
    expect(await countQueries(() => loadRunnerRecord(busy.id, today(), { viewer }))).toBe(1);
    const record = await loadRunnerRecord(stopped.id, today(), { viewer });
    expect(record!.openAlerts.map((alert) => [alert.kind, alert.redFlag, alert.stage])).toEqual([['stop', true, 4]]);

    for (const id of [runner.id, busy.id]) {
      expect(await countQueries(() => TherapistRunnerPage({ params: Promise.resolve({ runnerId: id }) }))).toBe(3);
    }
    expect(await countQueries(() => openAlertCount(viewer))).toBe(1);

    await loginAs(otherTherapist);
    const other = (await getCurrentUser())!;
    expect(await loadRunnerRecord(busy.id, today(), { viewer: other })).toBeNull();
  });

  it('the caseload is 3 with the session check', async () => {
    const { therapist } = await peopleWithBusyRunner();
    await loginAs(therapist);
    expect(await countQueries(() => CaseloadPage({ searchParams: Promise.resolve({}) }))).toBe(3);
  });
});

describe('the clinic reports', () => {
  it('read every table in one statement, the same numbers as each report read alone', async () => {
    const fixture = await buildReportFixture('A');
    await loginAs(fixture.admin);
    const admin = (await getCurrentUser()) as AdminUser;
    let combined: Awaited<ReturnType<typeof clinicReportData>> | undefined;
    expect(await countQueries(async () => (combined = await clinicReportData(admin, REPORT_RANGE)))).toBe(1);
    expect(combined).toEqual({
      phases: await phaseCounts(admin, REPORT_RANGE),
      intake: await intakeByWeek(admin, REPORT_RANGE),
      adherence: await adherence(admin, REPORT_RANGE),
      redFlagWeeks: await redFlagsByWeek(admin, REPORT_RANGE),
      redFlagSummary: await redFlagSummary(admin, REPORT_RANGE),
      milestones: await milestoneTimes(admin, REPORT_RANGE),
      setbacks: await setbacks(admin, REPORT_RANGE),
      therapists: await therapistOutcomes(admin, REPORT_RANGE),
    });
    expect(await countQueries(() => AdminReportsPage({ searchParams: Promise.resolve({ from: REPORT_RANGE.from, to: REPORT_RANGE.to }) }))).toBe(2);
  });
});

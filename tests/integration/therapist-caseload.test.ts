import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { alerts, exerciseLogs, plans, runLogs, runnerProfiles, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth';
import { caseloadPage } from '@/lib/therapist/caseload';
import { parseCaseloadQuery } from '@/lib/therapist/caseload-query';
import { openAlertCount } from '@/lib/therapist/queries';
import { createClinicWithPeople, createRunner } from '../support/factories';
import { countQueries } from '../support/count-queries';
import { createStoppedRunner, daysAgo, logRun, today } from './therapist-support';


function asSession(user: { id: string; clinicId: string; name: string; email: string; role: string }): SessionUser {
  return { ...user, sessionId: randomUUID(), clinicName: 'Clinic' } as SessionUser;
}

async function rename(userId: string, name: string) {
  await getDb().update(users).set({ name }).where(eq(users.id, userId));
}

const query = (params: Record<string, string> = {}) => parseCaseloadQuery(params);

describe('the caseload', () => {
  it('puts open red flags first, then alerts to review, then overdue check-ins, then the rest by name', async () => {
    const { clinic, therapist, runner: rest, otherRunner } = await createClinicWithPeople();
    await rename(rest.id, 'Abe Rest');
    const { runner: stopped } = await createStoppedRunner(clinic.id, therapist.id);
    await rename(stopped.id, 'Zed Stop');
    const { user: concerned } = await createRunner(clinic.id, therapist.id, { phase: 'walk_run', stage: 2 });
    await rename(concerned.id, 'Yve Concern');
    await getDb().insert(alerts).values({ clinicId: clinic.id, runnerId: concerned.id, therapistId: therapist.id, kind: 'concern', rules: ['red_flag.sharp_pain'], message: 'Sharp pain on stairs', createdBy: concerned.id });
    const { user: review } = await createRunner(clinic.id, therapist.id, { phase: 'walk_run', stage: 3 });
    await rename(review.id, 'Xia Review');
    await getDb().insert(alerts).values({ clinicId: clinic.id, runnerId: review.id, therapistId: therapist.id, kind: 'review', rules: ['review.repeated_regression'], createdBy: review.id });
    const { user: overdue } = await createRunner(clinic.id, therapist.id, { phase: 'walk_run', stage: 3 });
    await rename(overdue.id, 'Wes Overdue');
    await logRun(overdue.id, { date: daysAgo(1), stage: 3, checkedIn: false }, { action: 'progress', nextStage: 4, nextPhase: 'walk_run', rules: ['green'] });
    const { user: checkedIn } = await createRunner(clinic.id, therapist.id, { phase: 'walk_run', stage: 3 });
    await rename(checkedIn.id, 'Bea Fine');
    await logRun(checkedIn.id, { date: daysAgo(1), stage: 3, during: 1, after: 2 }, { action: 'progress', nextStage: 4, nextPhase: 'walk_run', rules: ['green'] });
    const { user: today_ } = await createRunner(clinic.id, therapist.id, { phase: 'walk_run', stage: 3 });
    await rename(today_.id, 'Cal Today');
    await logRun(today_.id, { date: today(), stage: 3, checkedIn: false }, { action: 'progress', nextStage: 4, nextPhase: 'walk_run', rules: ['green'] });
    const { user: inactive } = await createRunner(clinic.id, therapist.id);
    await getDb().update(users).set({ active: false }).where(eq(users.id, inactive.id));
    const elsewhere = await createClinicWithPeople();

    const page = await caseloadPage(asSession(therapist), query(), today());

    expect(page.rows.map((row) => row.name)).toEqual(['Yve Concern', 'Zed Stop', 'Xia Review', 'Wes Overdue', 'Abe Rest', 'Bea Fine', 'Cal Today']);
    expect(page.rows.map((row) => row.id)).not.toContain(otherRunner.id);
    expect(page.rows.map((row) => row.id)).not.toContain(elsewhere.runner.id);
    expect(page.total).toBe(7);
    expect(page.rows[1]).toMatchObject({ phase: 'paused', stage: 4, openRedFlags: 1, openOtherAlerts: 0, overdueCheckIn: true, lastLogDate: daysAgo(1), latestRun: { date: daysAgo(1), during: 3, nextMorning: null } });
    expect(page.rows[5]).toMatchObject({ overdueCheckIn: false, latestRun: { during: 1, after: 2, nextMorning: 0 } });
    expect(await openAlertCount(asSession(therapist))).toBe(3);
    expect(await openAlertCount(asSession(elsewhere.therapist))).toBe(0);
  });

  it('searches by name and filters by phase, with counts per phase', async () => {
    const { clinic, therapist, runner } = await createClinicWithPeople();
    await rename(runner.id, 'Maria 50%_off');
    const { user: foundation } = await createRunner(clinic.id, therapist.id, { phase: 'foundation' });
    await rename(foundation.id, 'Mario Rossi');
    const session = asSession(therapist);

    expect((await caseloadPage(session, query({ q: 'mari' }), today())).rows.map((r) => r.name)).toEqual(['Maria 50%_off', 'Mario Rossi']);
    expect((await caseloadPage(session, query({ q: '50%_' }), today())).rows.map((r) => r.name)).toEqual(['Maria 50%_off']);
    expect((await caseloadPage(session, query({ q: '%' }), today())).rows.map((r) => r.name)).toEqual(['Maria 50%_off']);
    const foundationOnly = await caseloadPage(session, query({ phase: 'foundation' }), today());
    expect(foundationOnly.rows.map((r) => r.name)).toEqual(['Mario Rossi']);
    expect(foundationOnly).toMatchObject({ total: 1, byPhase: { foundation: 1, walk_run: 1 } });
    expect(query({ phase: 'nonsense', page: '-2' })).toEqual({ search: '', phase: null, page: 1 });
  });

  it('measures adherence as sessions done of those prescribed in the 14 days before today', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    const { user: walker } = await createRunner(clinic.id, therapist.id, { phase: 'walk_run', stage: 2 }, daysAgo(30));
    for (const ago of [13, 11, 9, 7, 5]) await logRun(walker.id, { date: daysAgo(ago), stage: 2 }, { action: 'progress', nextStage: 2, nextPhase: 'walk_run', rules: ['green'] });
    await logRun(walker.id, { date: daysAgo(20), stage: 2 }, { action: 'progress', nextStage: 2, nextPhase: 'walk_run', rules: ['green'] });
    const { user: newcomer } = await createRunner(clinic.id, therapist.id, { phase: 'foundation' }, today());
    const { user: builder } = await createRunner(clinic.id, therapist.id, { phase: 'foundation' }, daysAgo(7));
    await getDb()
      .insert(exerciseLogs)
      .values(
        [6, 4, 4, 2].map((ago, i) => ({ runnerId: builder.id, date: daysAgo(ago), kind: i === 2 ? ('mobility' as const) : ('strength' as const), idempotencyKey: randomUUID(), createdBy: builder.id })),
      );

    const rows = (await caseloadPage(asSession(therapist), query(), today())).rows;
    const of = (id: string) => rows.find((row) => row.id === id)?.adherence;

    // A walk-run week holds 3 run days and 2 strength days: 14 days prescribe 6 runs and 4 strength sessions;
    // 5 runs logged inside the window, no strength.
    expect(of(walker.id)).toMatchObject({ prescribed: 10, done: 5, percent: 50, level: 'fair', from: daysAgo(14), to: daysAgo(1) });
    expect(of(newcomer.id)).toMatchObject({ prescribed: 0, percent: null, level: 'none' });
    // 7 days of foundation: 3 strength + 2 mobility; 3 strength days and 1 mobility day logged.
    expect(of(builder.id)).toMatchObject({ prescribed: 5, done: 4, percent: 80 });
  });

  it('pages 25 runners at a time', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    await bulkRunners(clinic.id, therapist.id, 29);
    const session = asSession(therapist);
    const first = await caseloadPage(session, query(), today());
    const second = await caseloadPage(session, query({ page: '2' }), today());
    expect(first).toMatchObject({ total: 30, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(25);
    expect(second.rows).toHaveLength(5);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(30);
  });

  it('stays a fixed handful of queries, and fast, with 300 runners', async () => {
    const small = await createClinicWithPeople();
    const large = await createClinicWithPeople();
    await bulkRunners(large.clinic.id, large.therapist.id, 300);

    const smallQueries = await countQueries(() => caseloadPage(asSession(small.therapist), query(), today()));
    const started = performance.now();
    let page: Awaited<ReturnType<typeof caseloadPage>> | undefined;
    const largeQueries = await countQueries(async () => {
      page = await caseloadPage(asSession(large.therapist), query(), today());
    });
    const elapsed = performance.now() - started;

    expect(largeQueries).toBe(smallQueries);
    expect(largeQueries).toBe(2);
    expect(page?.total).toBe(301);
    expect(page?.rows[0]?.openRedFlags).toBe(1);
    expect(elapsed).toBeLessThan(1500);
  });
});

/** `n` runners in one go: every tenth with an open stop alert, each with a few runs and strength sessions. */
async function bulkRunners(clinicId: string, therapistId: string, n: number) {
  const db = getDb();
  const created = await db
    .insert(users)
    .values(Array.from({ length: n }, (_, i) => ({ clinicId, role: 'runner' as const, name: `Runner ${String(i).padStart(3, '0')}`, email: `bulk-${randomUUID()}@example.test` })))
    .returning({ id: users.id });
  const ids = created.map((row) => row.id);
  await db.insert(runnerProfiles).values(ids.map((userId, i) => ({ userId, clinicId, therapistId, injuryType: 'Calf strain', phase: i % 10 === 0 ? ('paused' as const) : ('walk_run' as const), stage: 3 })));
  await db.insert(plans).values(ids.map((runnerId) => ({ runnerId, phase: 'walk_run' as const, startedOn: daysAgo(20), createdBy: therapistId })));
  await db.insert(runLogs).values(
    ids.flatMap((runnerId) =>
      [7, 5, 3].map((ago) => ({ runnerId, date: daysAgo(ago), stage: 3, completed: true, runMinutes: 18, painBefore: 0, painDuring: 1, painAfter: 1, sharpPain: false, limping: false, idempotencyKey: randomUUID(), createdBy: runnerId })),
    ),
  );
  await db.insert(exerciseLogs).values(ids.map((runnerId) => ({ runnerId, date: daysAgo(4), kind: 'strength' as const, idempotencyKey: randomUUID(), createdBy: runnerId })));
  await db.insert(alerts).values(ids.filter((_, i) => i % 10 === 0).map((runnerId) => ({ clinicId, runnerId, therapistId, kind: 'stop' as const, rules: ['red_flag.limping'], createdBy: runnerId })));
  return ids;
}


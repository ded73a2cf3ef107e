import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import RunnerProgressPage from '@/app/runner/progress/page';
import CaseloadPage from '@/app/therapist/page';
import TherapistRunnerPage from '@/app/therapist/runners/[runnerId]/page';
import { getDb } from '@/db';
import { clinics, exerciseLogs, plans, runnerProfiles, type User } from '@/db/schema';
import type { AdminUser } from '@/lib/admin/admin-user';
import { loadClinicReports } from '@/lib/admin/reports/load';
import { adherence as clinicAdherence } from '@/lib/admin/reports/queries';
import { getCurrentUser, type SessionUser } from '@/lib/auth';
import { adherenceWindow, type Adherence } from '@/lib/plan/adherence';
import { ownAdherence } from '@/lib/plan/adherence-queries';
import { caseloadPage } from '@/lib/therapist/caseload';
import { parseCaseloadQuery } from '@/lib/therapist/caseload-query';
import { loadRunnerRecord } from '@/lib/therapist/runner-record';
import { createClinic, createUser, loginAs } from '../support/factories';
import { daysAgo, logRun, today } from './therapist-support';

/*
 * One runner, one range (the 14 days before today), every place adherence is shown: the therapist's caseload,
 * the therapist's page on the runner, the runner's own progress page and the clinic report give the same
 * prescribed, done and percent, and the pages print the same words.
 *
 * The clinic allows 2 run days a week. Plans: walk-run from 30 days ago, continuous from 7 days ago. In the
 * window (days 14…1 ago): 7 walk-run days, then 7 continuous days.
 */

let clinicAdmin: User;
let therapist: User;
let runner: User;

const sessionOf = async (user: User) => {
  await loginAs(user);
  return (await getCurrentUser()) as SessionUser;
};

async function sessions(date: string, kind: 'strength' | 'mobility' | 'cross_training', times = 1) {
  for (let i = 0; i < times; i++) await getDb().insert(exerciseLogs).values({ runnerId: runner.id, date, kind, idempotencyKey: randomUUID(), createdBy: runner.id });
}

const green = { action: 'progress' as const, nextStage: 3, nextPhase: 'walk_run' as const, rules: ['green'] };

beforeAll(async () => {
  const clinic = await createClinic();
  await getDb().update(clinics).set({ protocolSettings: { maxRunDaysPerWeek: 2 } }).where(eq(clinics.id, clinic.id));
  clinicAdmin = await createUser(clinic.id, 'admin');
  therapist = await createUser(clinic.id, 'therapist');
  runner = await createUser(clinic.id, 'runner');
  await getDb().insert(runnerProfiles).values({ userId: runner.id, clinicId: clinic.id, therapistId: therapist.id, injuryType: 'Calf strain', phase: 'continuous', stage: 8, goalWeeklyMinutes: 150 });
  await getDb().insert(plans).values([
    { runnerId: runner.id, phase: 'walk_run', startStage: 1, startedOn: daysAgo(30), endedOn: daysAgo(7), createdBy: therapist.id },
    { runnerId: runner.id, phase: 'continuous', startStage: 8, startedOn: daysAgo(7), createdBy: therapist.id },
  ]);
  // Runs: 15 days ago is before the window; two on day 11 count once; today is still open.
  for (const ago of [15, 13, 11, 11, 9, 5, 3, 0]) await logRun(runner.id, { date: daysAgo(ago), stage: 3 }, green);
  await sessions(daysAgo(12), 'strength');
  await sessions(daysAgo(6), 'strength', 2);
  await sessions(daysAgo(10), 'mobility');
  await sessions(daysAgo(4), 'cross_training');
});

const numbers = (a: Pick<Adherence, 'prescribed' | 'done' | 'percent'>) => ({ prescribed: a.prescribed, done: a.done, percent: a.percent });

describe('one adherence definition on every page', () => {
  it('gives the caseload, the therapist’s runner page, the runner’s page and the clinic report the same numbers', async () => {
    const window = adherenceWindow(today());

    const caseload = (await caseloadPage(await sessionOf(therapist), parseCaseloadQuery({}), today())).rows.find((row) => row.id === runner.id)!.adherence;
    const record = (await loadRunnerRecord(runner.id, today(), { viewer: await sessionOf(therapist) }))!.adherence;
    const own = (await ownAdherence(await sessionOf(runner), today()))!;
    const report = await clinicAdherence((await sessionOf(clinicAdmin)) as AdminUser, window);

    // Prescribed (2 run days and 2 strength days a week in every running phase at this clinic's settings):
    // runs 7 × 2/7 + 7 × 2/7 = 4, strength 7 × 2/7 + 7 × 2/7 = 4; walk-run and continuous prescribe no mobility → 8.
    // Done: run days 13, 11, 9, 5, 3 = 5, at most 4; strength days 12 and 6 = 2 (two on day 6 count once);
    // mobility on day 10 and cross-training on day 4 were not prescribed → 6 of 8 = 75 %.
    const expected = { prescribed: 8, done: 6, percent: 75 };
    expect(caseload).toEqual({ ...window, ...expected, level: 'fair' });
    expect(record).toEqual(caseload);
    expect(own).toEqual(caseload);
    expect(report.map(numbers)).toEqual([expected, expected]);
    expect(report.map((group) => group.therapistId)).toEqual([null, therapist.id]);
  });

  it('prints the same words on the three pages, and the report hides a group of one runner', async () => {
    const words = '6 of 8 (75 %)';
    await loginAs(therapist);
    expect(renderToStaticMarkup(await CaseloadPage({ searchParams: Promise.resolve({}) }))).toContain(words);
    const runnerPage = renderToStaticMarkup(await TherapistRunnerPage({ params: Promise.resolve({ runnerId: runner.id }) }));
    await loginAs(runner);
    const progressPage = renderToStaticMarkup(await RunnerProgressPage());
    for (const page of [runnerPage, progressPage]) {
      expect(page).toContain('Sessions done, last 14 days');
      expect(page).toContain(words);
    }

    const window = adherenceWindow(today());
    const tables = await loadClinicReports((await sessionOf(clinicAdmin)) as AdminUser, window);
    expect(tables.find((table) => table.id === 'adherence')!.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Whole clinic', '< 5', 'hidden', 'hidden', 'hidden'],
      [therapist.name, '< 5', 'hidden', 'hidden', 'hidden'],
    ]);
  });
});

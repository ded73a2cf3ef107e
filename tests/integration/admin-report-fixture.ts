import { randomUUID } from 'node:crypto';
import { getDb } from '@/db';
import { alerts, exerciseLogs, plans, protocolDecisions, runLogs, runnerProfiles, type User } from '@/db/schema';
import { createClinic, createUser } from '../support/factories';

/*
 * One clinic's worth of report data, the same shape every time it is built (so a second clinic built alike
 * would double every number if anything leaked across clinics). The reports are read for
 * REPORT_RANGE = 2026-01-07 (Wed) … 2026-02-03 (Tue): weeks of 2026-01-05 (partial), 01-12, 01-19, 01-26, 02-02 (partial).
 *
 * Therapists: Tara (5 runners), Theo (2 runners), Uma (active, no runners), Tess (deactivated, no runners).
 *
 * runner | therapist | plans ([start, end) — end is the next plan's start)
 * Ada    | Tara | foundation 2025-12-01…12-22, walk_run 12-22…2026-01-19, continuous 01-19…open
 * Ben    | Tara | foundation 2026-01-08…open
 * Cleo   | Tara | walk_run 2025-11-03…12-15, continuous 12-15…2026-01-05, full 01-05…01-26, maintenance 01-26…open
 * Dev    | Tara | walk_run 2026-01-06…01-20, paused 01-20…open
 * Eve    | Tara | walk_run 2025-10-06…11-03, continuous 11-03…2026-02-04, discharged 02-04…open; her own max run days a week: 2
 * Finn   | Theo | walk_run 2025-12-29…2026-01-12, continuous 01-12…open
 * Gia    | Theo | foundation 2026-02-03…open
 *
 * Runs (date: decision in force; "a → b" = the run-log decision a, superseded by the next-morning check-in b):
 * Ada   01-05 stop (before the range), 01-08, 01-10, 01-12 regress → stop, 01-14, 01-16, 01-20, 01-23, 01-27 progress → stop, 01-30, 02-03
 * Cleo  01-08, 01-11, 01-15 regress, 01-18, 01-22, 01-28, 02-01
 * Dev   01-07, 01-09, 01-11, 01-13 progress → regress, 01-15 regress, 01-17, 01-19 stop
 * Eve   01-08, 01-15 regress, 01-22, 01-29 (no decision stored)
 * Finn  01-07, 01-09 regress, 01-11, 01-14, 01-17, 01-21 repeat → stop, 01-24, 01-28, 01-31
 * every other decision is progress.
 *
 * Strength sessions: Ben 01-07 (before his plan), 01-08, 01-10, 01-13, 01-15, 01-17, 01-20, 01-22, 01-24, 01-27, 01-29,
 * 01-31, 02-02, 02-03, and a mobility session 01-09; Dev 01-21, 01-24, 01-28.
 *
 * Alerts of kind stop (created → resolved, UTC):
 * R1 Ada  2026-01-05 19:00 → 01-07 07:00 (36 h)    R2 Ada  01-13 08:00 → 01-13 14:00 (6 h)
 * R3 Dev  01-19 18:00 → open                        R4 Ada  01-28 08:00 → 01-28 20:00 (12 h)
 * R5 Finn 01-22 08:00 → 01-26 08:00 (96 h)          R6 Cleo 02-03 23:30 → 02-04 01:00 (after the range)
 * R8 Dev  01-06 12:00 → 01-06 13:00 (before the range)
 * and a review alert for Dev on 01-15 (not a red flag).
 */
export const REPORT_RANGE = { from: '2026-01-07', to: '2026-02-03' };

type Action = 'progress' | 'repeat' | 'regress' | 'stop';

export async function buildReportFixture(prefix: string) {
  const db = getDb();
  const clinic = await createClinic(`${prefix} Physio`);
  const admin = await createUser(clinic.id, 'admin', { name: `${prefix} Admin` });
  const tara = await createUser(clinic.id, 'therapist', { name: `${prefix} Tara` });
  const theo = await createUser(clinic.id, 'therapist', { name: `${prefix} Theo` });
  const uma = await createUser(clinic.id, 'therapist', { name: `${prefix} Uma` });
  const tess = await createUser(clinic.id, 'therapist', { name: `${prefix} Tess`, active: false });

  async function runner(name: string, therapist: User, settings: Record<string, number> = {}) {
    const user = await createUser(clinic.id, 'runner', { name: `${prefix} ${name}` });
    await db.insert(runnerProfiles).values({ userId: user.id, clinicId: clinic.id, therapistId: therapist.id, injuryType: 'Calf strain', protocolSettings: settings });
    return user;
  }
  async function plan(who: User, phase: (typeof plans.$inferInsert)['phase'], startedOn: string, endedOn: string | null) {
    await db.insert(plans).values({ runnerId: who.id, phase, startedOn, endedOn, createdBy: tara.id });
  }
  async function run(who: User, date: string, ...actions: Action[]) {
    const [log] = await db
      .insert(runLogs)
      .values({ runnerId: who.id, date, stage: 3, completed: true, runMinutes: 18, painBefore: 0, painDuring: 0, painAfter: 0, sharpPain: false, limping: false, idempotencyKey: randomUUID(), createdBy: who.id })
      .returning({ id: runLogs.id });
    let previous: string | null = null;
    for (const [index, action] of actions.entries()) {
      const [decision]: { id: string }[] = await db
        .insert(protocolDecisions)
        .values({
          runnerId: who.id,
          runLogId: log!.id,
          source: index === 0 ? 'run_log' : 'check_in',
          action,
          fromStage: 3,
          nextStage: 3,
          nextPhase: action === 'stop' ? 'paused' : 'walk_run',
          rules: [action === 'progress' ? 'green' : 'pain.above_allowance'],
          supersedesId: previous,
          createdBy: who.id,
          // The run-log decision the evening of the run, a check-in re-evaluation the next morning.
          createdAt: index === 0 ? new Date(`${date}T18:00:00Z`) : new Date(`${nextDay(date)}T08:00:00Z`),
        })
        .returning({ id: protocolDecisions.id });
      previous = decision!.id;
    }
  }
  async function runs(who: User, dates: string[], special: Record<string, Action[]> = {}) {
    for (const date of dates) await run(who, date, ...(special[date] ?? ['progress']));
  }
  async function sessions(who: User, dates: string[], kind: 'strength' | 'mobility' = 'strength') {
    for (const date of dates) await db.insert(exerciseLogs).values({ runnerId: who.id, date, kind, idempotencyKey: randomUUID(), createdBy: who.id });
  }
  async function alert(who: User, therapist: User, createdAt: string, resolvedAt: string | null, kind: 'stop' | 'review' = 'stop') {
    await db.insert(alerts).values({
      clinicId: clinic.id,
      runnerId: who.id,
      therapistId: therapist.id,
      kind,
      status: resolvedAt ? 'resolved' : 'open',
      createdBy: who.id,
      createdAt: new Date(createdAt),
      resolvedAt: resolvedAt ? new Date(resolvedAt) : null,
      resolvedBy: resolvedAt ? therapist.id : null,
      resolution: resolvedAt ? 'resume' : null,
    });
  }

  const ada = await runner('Ada', tara);
  const ben = await runner('Ben', tara);
  const cleo = await runner('Cleo', tara);
  const dev = await runner('Dev', tara);
  const eve = await runner('Eve', tara, { maxRunDaysPerWeek: 2 });
  const finn = await runner('Finn', theo);
  const gia = await runner('Gia', theo);

  await plan(ada, 'foundation', '2025-12-01', '2025-12-22');
  await plan(ada, 'walk_run', '2025-12-22', '2026-01-19');
  await plan(ada, 'continuous', '2026-01-19', null);
  await plan(ben, 'foundation', '2026-01-08', null);
  await plan(cleo, 'walk_run', '2025-11-03', '2025-12-15');
  await plan(cleo, 'continuous', '2025-12-15', '2026-01-05');
  await plan(cleo, 'full', '2026-01-05', '2026-01-26');
  await plan(cleo, 'maintenance', '2026-01-26', null);
  await plan(dev, 'walk_run', '2026-01-06', '2026-01-20');
  await plan(dev, 'paused', '2026-01-20', null);
  await plan(eve, 'walk_run', '2025-10-06', '2025-11-03');
  await plan(eve, 'continuous', '2025-11-03', '2026-02-04');
  await plan(eve, 'discharged', '2026-02-04', null);
  await plan(finn, 'walk_run', '2025-12-29', '2026-01-12');
  await plan(finn, 'continuous', '2026-01-12', null);
  await plan(gia, 'foundation', '2026-02-03', null);

  await runs(ada, ['2026-01-05', '2026-01-08', '2026-01-10', '2026-01-12', '2026-01-14', '2026-01-16', '2026-01-20', '2026-01-23', '2026-01-27', '2026-01-30', '2026-02-03'], {
    '2026-01-05': ['stop'],
    '2026-01-12': ['regress', 'stop'],
    '2026-01-27': ['progress', 'stop'],
  });
  await runs(cleo, ['2026-01-08', '2026-01-11', '2026-01-15', '2026-01-18', '2026-01-22', '2026-01-28', '2026-02-01'], { '2026-01-15': ['regress'] });
  await runs(dev, ['2026-01-07', '2026-01-09', '2026-01-11', '2026-01-13', '2026-01-15', '2026-01-17', '2026-01-19'], {
    '2026-01-13': ['progress', 'regress'],
    '2026-01-15': ['regress'],
    '2026-01-19': ['stop'],
  });
  await runs(eve, ['2026-01-08', '2026-01-15', '2026-01-22'], { '2026-01-15': ['regress'] });
  await run(eve, '2026-01-29');
  await runs(finn, ['2026-01-07', '2026-01-09', '2026-01-11', '2026-01-14', '2026-01-17', '2026-01-21', '2026-01-24', '2026-01-28', '2026-01-31'], {
    '2026-01-09': ['regress'],
    '2026-01-21': ['repeat', 'stop'],
  });

  await sessions(ben, ['2026-01-07', '2026-01-08', '2026-01-10', '2026-01-13', '2026-01-15', '2026-01-17', '2026-01-20', '2026-01-22', '2026-01-24', '2026-01-27', '2026-01-29', '2026-01-31', '2026-02-02', '2026-02-03']);
  await sessions(ben, ['2026-01-09'], 'mobility');
  await sessions(dev, ['2026-01-21', '2026-01-24', '2026-01-28']);

  await alert(ada, tara, '2026-01-05T19:00:00Z', '2026-01-07T07:00:00Z');
  await alert(ada, tara, '2026-01-13T08:00:00Z', '2026-01-13T14:00:00Z');
  await alert(dev, tara, '2026-01-19T18:00:00Z', null);
  await alert(ada, tara, '2026-01-28T08:00:00Z', '2026-01-28T20:00:00Z');
  await alert(finn, theo, '2026-01-22T08:00:00Z', '2026-01-26T08:00:00Z');
  await alert(cleo, tara, '2026-02-03T23:30:00Z', '2026-02-04T01:00:00Z');
  await alert(dev, tara, '2026-01-06T12:00:00Z', '2026-01-06T13:00:00Z');
  await alert(dev, tara, '2026-01-15T18:00:00Z', null, 'review');

  return { clinic, admin, tara, theo, uma, tess, runners: { ada, ben, cleo, dev, eve, finn, gia } };
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

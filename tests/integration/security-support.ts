import { randomUUID } from 'node:crypto';
import { eq, gt } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  alerts,
  auditLog,
  clinics,
  exerciseLogs,
  invitations,
  plans,
  preRunChecks,
  outboxMessages,
  protocolDecisions,
  readinessAssessments,
  runLogs,
  runnerProfiles,
  therapistNotes,
  users,
  type User,
} from '@/db/schema';
import type { ActionState } from '@/lib/actions/action-state';
import * as adminPeopleActions from '@/lib/admin/people/actions';
import * as adminSettingsActions from '@/lib/admin/settings/actions';
import * as signInActions from '@/lib/auth/sign-in-action';
import { utcToday } from '@/lib/dates/local-today';
import * as invitationActions from '@/lib/invitations/actions';
import { createInvitation } from '@/lib/invitations/create';
import { addDays } from '@/lib/protocol';
import * as runnerActions from '@/lib/runner/actions';
import * as alertActions from '@/lib/therapist/alert-actions';
import * as planActions from '@/lib/therapist/plan-actions';
import * as recordActions from '@/lib/therapist/record-actions';
import * as therapistRunnerActions from '@/lib/therapist/runner-actions';
import type { SignedInActor } from '../permission-matrix';
import { TEST_PASSWORD, createClinic, createRunner, createUser, loginAs } from '../support/factories';
import { signInAs } from '../support/session';
import { createStoppedRunner } from './therapist-support';

export type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;
export type Fields = Record<string, string | string[]>;

/** Every module with 'use server' at its top, by path: the matrix names actions by file and export. */
export const ACTION_MODULES: Record<string, Record<string, unknown>> = {
  'lib/runner/actions.ts': runnerActions,
  'lib/therapist/alert-actions.ts': alertActions,
  'lib/therapist/plan-actions.ts': planActions,
  'lib/therapist/record-actions.ts': recordActions,
  'lib/therapist/runner-actions.ts': therapistRunnerActions,
  'lib/admin/people/actions.ts': adminPeopleActions,
  'lib/admin/settings/actions.ts': adminSettingsActions,
  'lib/invitations/actions.ts': invitationActions,
  'lib/auth/sign-in-action.ts': signInActions,
};

export function actionOf(file: string, name: string): Action {
  const action = ACTION_MODULES[file]?.[name];
  if (typeof action !== 'function') throw new Error(`no server action ${name} in ${file}`);
  return action as Action;
}

export function toFormData(fields: Fields): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value)) value.forEach((item) => data.append(`${key}[]`, item));
    else data.append(key, value);
  }
  return data;
}

export const today = () => utcToday();

// ---------------------------------------------------------------------------------------------------------------
// The world every matrix test starts from: clinic A with runner A (the target), runner B, therapists A and B and
// an admin; another clinic with a therapist and an admin.
// ---------------------------------------------------------------------------------------------------------------

export interface World {
  clinicA: string;
  clinicOther: string;
  people: Record<SignedInActor, User>;
  runnerA: User;
}

type RunnerAState = (clinicId: string, therapistId: string) => Promise<User>;

const walkRunner: RunnerAState = async (clinicId, therapistId) =>
  (await createRunner(clinicId, therapistId, { phase: 'walk_run', stage: 4, preset: 'seed' }, addDays(today(), -14))).user;

export const runnerIn =
  (phase: 'foundation' | 'walk_run' | 'continuous' | 'full'): RunnerAState =>
  async (clinicId, therapistId) =>
    (await createRunner(clinicId, therapistId, { phase, stage: phase === 'walk_run' ? 4 : phase === 'foundation' ? 1 : 8, preset: 'seed' }, addDays(today(), -14))).user;

export async function buildWorld(createRunnerA: RunnerAState = walkRunner): Promise<World> {
  const clinicA = await createClinic();
  const other = await createClinic();
  const adminA = await createUser(clinicA.id, 'admin');
  const therapistA = await createUser(clinicA.id, 'therapist');
  const therapistB = await createUser(clinicA.id, 'therapist');
  const runnerA = await createRunnerA(clinicA.id, therapistA.id);
  const runnerB = (await createRunner(clinicA.id, therapistB.id, { phase: 'walk_run', stage: 4, preset: 'seed' }, addDays(today(), -14))).user;
  const therapistOther = await createUser(other.id, 'therapist');
  const adminOther = await createUser(other.id, 'admin');
  return {
    clinicA: clinicA.id,
    clinicOther: other.id,
    runnerA,
    people: { runnerA, runnerB, therapistA, therapistB, therapistOther, adminA, adminOther },
  };
}

export async function actAs(world: World, actor: SignedInActor | 'anonymous'): Promise<void> {
  if (actor === 'anonymous') signInAs(null);
  else await loginAs(world.people[actor]);
}

// ---------------------------------------------------------------------------------------------------------------
// A submission of each action that succeeds for the allowed actor, with runner A in the state it needs.
// ---------------------------------------------------------------------------------------------------------------

export interface ActionFixture {
  runnerA?: RunnerAState;
  /** Puts runner A / clinic A in the state the action needs and returns the submission. */
  fields: (world: World) => Promise<Fields>;
}

async function invitedRunnerA(world: World): Promise<void> {
  await getDb().update(users).set({ passwordHash: null }).where(eq(users.id, world.runnerA.id));
}

export const readinessFields = (runnerId: string): Fields => ({
  runnerId,
  painAtRest: '0',
  sharpPainWithDailyMovement: 'no',
  currentPain: '1',
  singleLegSquatLeft: '10',
  singleLegSquatRight: '10',
  singleLegSquatGoodControl: 'yes',
  hop30sPainFree: 'yes',
  walk30minPainFree: 'yes',
  note: 'Hops cleanly both sides.',
});

export const runFields = (overrides: Fields = {}): Fields => ({
  idempotencyKey: randomUUID(),
  date: today(),
  completed: 'yes',
  runMinutes: '20',
  painBefore: '0',
  painDuring: '1',
  painAfter: '0',
  sharpPain: 'no',
  limping: 'no',
  rpe: '4',
  note: 'Felt easy.',
  ...overrides,
});

/** A run of runner A yesterday, stored as the log action would, waiting for its next-morning check-in. */
export async function runAwaitingCheckIn(runnerId: string): Promise<string> {
  const [run] = await getDb()
    .insert(runLogs)
    .values({
      runnerId,
      date: addDays(today(), -1),
      stage: 4,
      completed: true,
      runMinutes: 20,
      painBefore: 0,
      painDuring: 1,
      painAfter: 0,
      sharpPain: false,
      limping: false,
      rpe: 4,
      idempotencyKey: randomUUID(),
      createdBy: runnerId,
      createdAt: new Date(Date.now() - 86_400_000),
    })
    .returning();
  await getDb()
    .insert(protocolDecisions)
    .values({ runnerId, runLogId: run!.id, source: 'run_log', action: 'progress', fromStage: 4, nextStage: 5, nextPhase: 'walk_run', rules: ['green'], earliestNextRun: addDays(today(), 1), createdBy: runnerId, createdAt: new Date(Date.now() - 86_400_000) });
  await getDb().update(runnerProfiles).set({ stage: 5 }).where(eq(runnerProfiles.userId, runnerId));
  return run!.id;
}

export const FIXTURES: Record<string, ActionFixture> = {
  logRunAction: { fields: async () => runFields() },
  checkInAction: { fields: async (w) => ({ runLogId: await runAwaitingCheckIn(w.runnerA.id), painNextMorning: '1', swellingOver24h: 'no' }) },
  reportConcernAction: { fields: async () => ({ what: 'Sore knee on the stairs', pain: '2', sharpPain: 'no', swelling: 'no', limping: 'no' }) },
  logExerciseAction: { fields: async () => ({ idempotencyKey: randomUUID(), date: today(), kind: 'strength', exercises: ['glute_bridge', 'hip_thrust'], note: 'All sets done.' }) },
  preRunCheckAction: { fields: async () => ({ idempotencyKey: randomUUID(), painNow: '1', swellingOver24h: 'no', limpingWhenWalking: 'no' }) },
  resolveAlert: {
    runnerA: async (clinicId, therapistId) => (await createStoppedRunner(clinicId, therapistId)).runner,
    fields: async (w) => {
      const [alert] = await getDb().select({ id: alerts.id }).from(alerts).where(eq(alerts.runnerId, w.runnerA.id));
      return { runnerId: w.runnerA.id, alertId: alert!.id, version: '1', choice: 'resume', resumeStage: '2', note: 'Gait normal on review' };
    },
  },
  startFoundation: { fields: async (w) => ({ runnerId: w.runnerA.id, version: '1' }) },
  startWalkRun: { runnerA: runnerIn('foundation'), fields: async (w) => ({ runnerId: w.runnerA.id, version: '1', startStage: '1', overrideReason: 'Cleared by the sports physician' }) },
  setStage: { fields: async (w) => ({ runnerId: w.runnerA.id, version: '1', stage: '2' }) },
  unlockFull: { runnerA: runnerIn('continuous'), fields: async (w) => ({ runnerId: w.runnerA.id, version: '1', overrideReason: 'Strong and pain-free for a month' }) },
  dischargeToMaintenance: { runnerA: runnerIn('full'), fields: async (w) => ({ runnerId: w.runnerA.id, version: '1' }) },
  changePlanSettings: {
    fields: async (w) => ({ runnerId: w.runnerA.id, version: '1', preset: 'tendinopathy', painAllowance: '', sessionMinutes: '', maxRunDaysPerWeek: '2', goalWeeklyMinutes: '120' }),
  },
  recordReadinessAssessment: { fields: async (w) => readinessFields(w.runnerA.id) },
  addTherapistNote: { fields: async (w) => ({ runnerId: w.runnerA.id, body: 'Reviewed gait on video: symmetrical.' }) },
  resendInvitation: {
    fields: async (w) => {
      await invitedRunnerA(w);
      return { runnerId: w.runnerA.id };
    },
  },
  addRunner: {
    fields: async () => ({ name: 'Robin Park', email: `robin-${randomUUID()}@example.test`, injuryType: 'Shin splints', injurySide: 'left', injuryDate: '', preset: 'seed', goalWeeklyMinutes: '150' }),
  },
  inviteStaffAction: { fields: async () => ({ name: 'Robin Vale', email: `robin-${randomUUID()}@example.test`, role: 'therapist' }) },
  reissueInvitationAction: { fields: async (w) => ({ userId: (await createUser(w.clinicA, 'therapist', { passwordHash: null })).id }) },
  deactivateUserAction: { fields: async (w) => ({ userId: w.runnerA.id }) },
  reactivateUserAction: { fields: async (w) => ({ userId: (await createUser(w.clinicA, 'therapist', { active: false })).id }) },
  reassignRunnerAction: { fields: async (w) => ({ runnerId: w.runnerA.id, therapistId: w.people.therapistB.id }) },
  setStaffPhoneAction: { fields: async (w) => ({ userId: w.people.therapistA.id, phone: '+1 555 0101' }) },
  saveClinicSettingsAction: { fields: async () => ({ defaultPreset: 'tendinopathy', painAllowance: '3', sessionMinutes: '', weeklyIncreasePercent: '10', maxRunDaysPerWeek: '' }) },
  saveClinicContactAction: { fields: async () => ({ contactPhone: '+1 555 0150', contactEmail: 'front-desk@example.test' }) },
  acceptInvitationAction: {
    fields: async (w) => {
      await invitedRunnerA(w);
      const { url } = await createInvitation(getDb(), { clinicId: w.clinicA, userId: w.runnerA.id, invitedBy: w.people.therapistA.id });
      return { token: url.split('/invite/')[1]!, password: 'a-long-new-passphrase', confirm: 'a-long-new-passphrase' };
    },
  },
  signInAction: { fields: async (w) => ({ email: w.runnerA.email, password: TEST_PASSWORD, from: '/runner/progress' }) },
};

/** For each public action: a submission its own check refuses, where the right one leads, and what each leaves in the audit log. */
export const PUBLIC_ACTIONS: Record<string, { wrong: (fields: Fields) => Fields; redirect: string; audits: { action: string; outcome: string }[] }> = {
  acceptInvitationAction: {
    wrong: (fields) => ({ ...fields, token: 'x'.repeat(43) }),
    redirect: 'NEXT_REDIRECT /login?welcome=1',
    audits: [{ action: 'invitation.accept', outcome: 'ok' }],
  },
  signInAction: {
    wrong: (fields) => ({ ...fields, password: 'not-the-password' }),
    redirect: 'NEXT_REDIRECT /runner/progress',
    audits: [
      { action: 'auth.sign_in', outcome: 'denied' },
      { action: 'auth.sign_in', outcome: 'ok' },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// What the database holds: every row of every table a write can touch, to prove that nothing was written.
// ---------------------------------------------------------------------------------------------------------------

const WRITABLE = {
  users,
  clinics,
  runner_profiles: runnerProfiles,
  plans,
  run_logs: runLogs,
  protocol_decisions: protocolDecisions,
  alerts,
  readiness_assessments: readinessAssessments,
  therapist_notes: therapistNotes,
  exercise_logs: exerciseLogs,
  invitations,
  pre_run_checks: preRunChecks,
  outbox_messages: outboxMessages,
};

export type Snapshot = Record<keyof typeof WRITABLE, Record<string, unknown>[]>;

const keyOf = (row: Record<string, unknown>) => String(row.id ?? row.userId);

export async function snapshot(): Promise<Snapshot> {
  const result = {} as Snapshot;
  for (const [name, table] of Object.entries(WRITABLE) as [keyof typeof WRITABLE, (typeof WRITABLE)[keyof typeof WRITABLE]][]) {
    const rows = (await getDb().select().from(table)) as Record<string, unknown>[];
    result[name] = rows.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  }
  return result;
}

/** The rows about runner A and clinic A: what an actor acting on their own record or clinic must leave alone. */
export function targetRows(all: Snapshot, world: World): Snapshot {
  const aboutRunnerA = (row: Record<string, unknown>) => row.runnerId === world.runnerA.id || row.userId === world.runnerA.id;
  const result = {} as Snapshot;
  for (const name of Object.keys(all) as (keyof Snapshot)[]) {
    result[name] = all[name].filter((row) => {
      if (name === 'users') return row.clinicId === world.clinicA;
      if (name === 'clinics') return row.id === world.clinicA;
      return aboutRunnerA(row);
    });
  }
  return result;
}

/** The audit rows written after `since` (an audit id). */
export async function auditSince(since: number) {
  return getDb().select().from(auditLog).where(gt(auditLog.id, since)).orderBy(auditLog.id);
}

export async function lastAuditId(): Promise<number> {
  const rows = await getDb().select({ id: auditLog.id }).from(auditLog);
  return rows.reduce((max, row) => Math.max(max, row.id), 0);
}

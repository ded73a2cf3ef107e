import { randomUUID } from 'node:crypto';
import { getDb } from '@/db';
import { clinics, plans, runnerProfiles, users, type User } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { createSession } from '@/lib/auth/sessions';
import { signInAs } from './session';

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;

export async function createClinic(name = `Clinic ${randomUUID().slice(0, 8)}`) {
  const [clinic] = await getDb().insert(clinics).values({ name }).returning();
  return clinic!;
}

export async function createUser(clinicId: string, role: User['role'], overrides: Partial<typeof users.$inferInsert> = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const [user] = await getDb()
    .insert(users)
    .values({
      clinicId,
      role,
      email: `${role}-${randomUUID()}@example.test`,
      name: `Test ${role}`,
      passwordHash: await passwordHash,
      ...overrides,
    })
    .returning();
  return user!;
}

export async function createRunner(
  clinicId: string,
  therapistId: string,
  profile: Partial<typeof runnerProfiles.$inferInsert> = {},
  startedOn = '2026-11-02',
) {
  const user = await createUser(clinicId, 'runner');
  const [row] = await getDb()
    .insert(runnerProfiles)
    .values({ userId: user.id, clinicId, therapistId, injuryType: 'Achilles tendinopathy', phase: 'walk_run', stage: 1, ...profile })
    .returning();
  await getDb().insert(plans).values({ runnerId: user.id, phase: row!.phase, startStage: row!.stage, startedOn, createdBy: therapistId });
  return { user, profile: row! };
}

/** A clinic with an admin, two therapists, and a runner for each therapist. */
export async function createClinicWithPeople() {
  const clinic = await createClinic();
  const admin = await createUser(clinic.id, 'admin');
  const therapist = await createUser(clinic.id, 'therapist');
  const otherTherapist = await createUser(clinic.id, 'therapist');
  const runner = await createRunner(clinic.id, therapist.id);
  const otherRunner = await createRunner(clinic.id, otherTherapist.id);
  return { clinic, admin, therapist, otherTherapist, runner: runner.user, otherRunner: otherRunner.user };
}

/** Opens a real session row for the user and makes the following server calls run as it. */
export async function loginAs(user: { id: string }) {
  const sessionId = await createSession(user.id, 'vitest');
  signInAs({ sessionId, userId: user.id });
  return sessionId;
}

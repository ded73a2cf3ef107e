import { eq, sql } from 'drizzle-orm';
import type { SessionUser } from '@/lib/auth';
import { hashPassword } from '@/lib/auth/password';
import { addDays, type IsoDate } from '@/lib/protocol';
// Aliased: a plain function that installs the process's database, not a React hook.
import { useDatabaseHandle as installDatabaseHandle, type Database, type DatabaseHandle } from './index';
import { clinics, users } from './schema';
import { installSimulatedClock, removeSimulatedClock, setSimulatedTime } from './demo/clock';
import { checkDemoStories, type StoryMismatch } from './demo/expectations';
import { insertExerciseLogs } from './demo/exercise-logs';
import { RunnerSimulation, type RunnerOutcome, type SimulationWorld } from './demo/simulate-runner';
import { DEMO_PASSWORD, HILLSIDE, HILLSIDE_RUNNERS, RIVERSIDE, RIVERSIDE_RUNNERS, type DemoRunner } from './seed-data';

interface StaffSpec {
  name: string;
  email: string;
  phone?: string;
  joinedDaysAgo: number;
}

interface ClinicSpec {
  name: string;
  openedDaysAgo: number;
  contactPhone: string;
  contactEmail: string;
  admin: StaffSpec;
  therapists: Record<string, StaffSpec>;
}

export interface DemoSummary {
  runners: number;
  runs: number;
  exerciseLogs: number;
  /** Where a story did not end as seed-data.ts says (the rules changed under it): worth a look, not fatal. */
  mismatches: StoryMismatch[];
}

const at = (date: IsoDate, hour: number, minute = 0) => new Date(Date.parse(`${date}T00:00:00Z`) + (hour * 60 + minute) * 60_000);

async function createClinic(db: Database, today: IsoDate, passwordHash: string, spec: ClinicSpec) {
  const opened = addDays(today, -spec.openedDaysAgo);
  await setSimulatedTime(db, at(opened, 8));
  const [clinic] = await db.insert(clinics).values({ name: spec.name, contactPhone: spec.contactPhone, contactEmail: spec.contactEmail }).returning({ id: clinics.id });
  const clinicId = clinic!.id;
  const staff = async (role: 'admin' | 'therapist', person: StaffSpec) => {
    await setSimulatedTime(db, at(addDays(today, -person.joinedDaysAgo), 9));
    const [row] = await db.insert(users).values({ clinicId, role, name: person.name, email: person.email, phone: person.phone ?? null, passwordHash }).returning({ id: users.id });
    const user: SessionUser = { id: row!.id, sessionId: 'demo-seed', role, name: person.name, email: person.email, clinicId, clinicName: spec.name, msLeft: 0 };
    return user;
  };
  const admin = await staff('admin', spec.admin);
  const therapists: Record<string, SessionUser> = {};
  for (const [key, person] of Object.entries(spec.therapists)) therapists[key] = await staff('therapist', person);
  return { clinicId, admin, therapists };
}

/** Staff and runners last signed in when they last used the app (the people page shows it). */
async function setLastSignIns(db: Database, today: IsoDate, outcomes: readonly RunnerOutcome[], staff: readonly SessionUser[]): Promise<void> {
  for (const outcome of outcomes) await db.update(users).set({ lastSignInAt: outcome.lastActivityAt }).where(eq(users.id, outcome.runnerId));
  for (const [i, person] of staff.entries()) await db.update(users).set({ lastSignInAt: at(addDays(today, -1 - (i % 3)), 8, 5 * i) }).where(eq(users.id, person.id));
}

export async function isSeeded(db: Database): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(sql`${users.email} = ${RIVERSIDE.admin.email}`).limit(1);
  return rows.length > 0;
}

/**
 * Seeds Riverside Physio (the demo) and Hillside Sports Clinic (a second tenant, to show isolation), the same data
 * for the same `today` on every run. Every runner's story is played through the real runner and therapist
 * functions (db/demo/simulate-runner.ts), which write through the process's database: the seed makes its one
 * transaction that database while it runs (the functions' own transactions become savepoints), so the whole
 * demo is written or nothing is. Leaves `handle` as the process's database.
 */
export async function seedDemo(handle: DatabaseHandle, today: IsoDate): Promise<DemoSummary> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  try {
    return await handle.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      installDatabaseHandle({ ...handle, db });
      await installSimulatedClock(db);
      const outcomes: RunnerOutcome[] = [];
      const staff: SessionUser[] = [];
      for (const [spec, runners] of [
        [RIVERSIDE, RIVERSIDE_RUNNERS],
        [HILLSIDE, HILLSIDE_RUNNERS],
      ] as [ClinicSpec, DemoRunner[]][]) {
        const clinic = await createClinic(db, today, passwordHash, spec);
        staff.push(clinic.admin, ...Object.values(clinic.therapists));
        const world: SimulationWorld = { today, therapists: clinic.therapists, passwordHash };
        for (const runner of runners) outcomes.push(await new RunnerSimulation(world, runner).play());
      }
      const exerciseLogs = await insertExerciseLogs(outcomes, today);
      await setLastSignIns(db, today, outcomes, staff);
      await removeSimulatedClock(db);
      const mismatches = await checkDemoStories(db, today, outcomes);
      return { runners: outcomes.length, runs: outcomes.reduce((n, o) => n + o.runDates.length, 0), exerciseLogs, mismatches };
    });
  } finally {
    installDatabaseHandle(handle);
  }
}


import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db';
import { runnerProfiles, users } from '@/db/schema';
import type { AdminUser } from '@/lib/admin/admin-user';

const therapists = alias(users, 'therapists');

export interface Person {
  id: string;
  name: string;
  email: string;
  role: 'admin' | 'therapist' | 'runner';
  active: boolean;
  /** Invited and not yet set a password. */
  invited: boolean;
  lastSignInAt: Date | null;
  /** A staff member's work phone (runners see their therapist's); null when not set. */
  phone: string | null;
  /** A runner's therapist; null for staff. Account data only, never clinical details. */
  therapistId: string | null;
  therapistName: string | null;
}

/** Everyone with an account in the admin's clinic, in one query: staff first (admins, therapists), then runners, by name. */
export async function clinicPeople(admin: AdminUser): Promise<Person[]> {
  return getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      invited: sql<boolean>`${users.passwordHash} is null`,
      lastSignInAt: users.lastSignInAt,
      // A runner's own phone is not the admin's business: staff phones only.
      phone: sql<string | null>`case when ${users.role} = 'runner' then null else ${users.phone} end`,
      therapistId: runnerProfiles.therapistId,
      therapistName: therapists.name,
    })
    .from(users)
    .leftJoin(runnerProfiles, and(eq(runnerProfiles.userId, users.id), eq(runnerProfiles.clinicId, admin.clinicId)))
    .leftJoin(therapists, eq(therapists.id, runnerProfiles.therapistId))
    .where(eq(users.clinicId, admin.clinicId))
    .orderBy(asc(users.role), asc(users.name), asc(users.id));
}

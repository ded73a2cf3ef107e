import 'server-only';
import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db';
import { clinics, runnerProfiles, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth';
import type { CareContact } from './care-contact-links';

export type { CareContact } from './care-contact-links';

const therapists = alias(users, 'therapists');

/**
 * How the signed-in runner reaches care, in one statement: their own therapist (assigned in their own profile, of
 * their own clinic, still active) and their own clinic. Keyed by the session's runner id and clinic, never by a
 * parameter; null when the runner has no profile in that clinic.
 */
export async function careContactFor(runner: SessionUser): Promise<CareContact | null> {
  const [row] = await getDb()
    .select({
      clinicName: clinics.name,
      clinicPhone: clinics.contactPhone,
      clinicEmail: clinics.contactEmail,
      therapistName: therapists.name,
      therapistPhone: therapists.phone,
      therapistEmail: therapists.email,
    })
    .from(runnerProfiles)
    .innerJoin(clinics, eq(clinics.id, runnerProfiles.clinicId))
    .leftJoin(
      therapists,
      and(eq(therapists.id, runnerProfiles.therapistId), eq(therapists.clinicId, runnerProfiles.clinicId), eq(therapists.role, 'therapist'), eq(therapists.active, true)),
    )
    .where(and(eq(runnerProfiles.userId, runner.id), eq(runnerProfiles.clinicId, runner.clinicId)))
    .limit(1);
  if (!row) return null;
  return {
    therapist: row.therapistName && row.therapistEmail ? { name: row.therapistName, phone: row.therapistPhone, email: row.therapistEmail } : null,
    clinic: { name: row.clinicName, phone: row.clinicPhone, email: row.clinicEmail },
  };
}

import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { alerts, clinics, runnerProfiles } from '@/db/schema';
import type { SessionUser } from '@/lib/auth';

/** Open alerts of the runners assigned to this therapist (the navigation's badge). */
export async function openAlertCount(therapist: SessionUser): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(alerts)
    .innerJoin(runnerProfiles, eq(runnerProfiles.userId, alerts.runnerId))
    .where(
      and(
        eq(alerts.status, 'open'),
        eq(alerts.clinicId, therapist.clinicId),
        eq(runnerProfiles.therapistId, therapist.id),
        eq(runnerProfiles.clinicId, therapist.clinicId),
      ),
    );
  return row?.n ?? 0;
}

/** The preset a new runner of this clinic starts with. */
export async function clinicDefaultPreset(therapist: SessionUser) {
  const [clinic] = await getDb().select({ defaultPreset: clinics.defaultPreset }).from(clinics).where(eq(clinics.id, therapist.clinicId));
  return clinic?.defaultPreset ?? 'seed';
}

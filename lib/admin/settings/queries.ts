import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { clinics } from '@/db/schema';
import type { AdminUser } from '@/lib/admin/admin-user';

export async function clinicSettings(admin: AdminUser) {
  const [row] = await getDb()
    .select({ defaultPreset: clinics.defaultPreset, protocolSettings: clinics.protocolSettings, contactPhone: clinics.contactPhone, contactEmail: clinics.contactEmail })
    .from(clinics)
    .where(eq(clinics.id, admin.clinicId))
    .limit(1);
  return row ?? { defaultPreset: 'seed' as const, protocolSettings: {}, contactPhone: null, contactEmail: null };
}

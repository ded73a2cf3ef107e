'use server';

import { eq } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { clinics } from '@/db/schema';
import { authorizedAction } from '@/lib/actions/authorized-action';
import { recordAudit } from '@/lib/audit/record';
import { resolveSettings } from '@/lib/protocol';
import { CLINIC_SETTING_KEYS, clinicSettingsSchema } from '@/lib/validation/clinic-settings';
import { clinicContactSchema } from '@/lib/validation/contact';

/**
 * Saves the clinic's default pain preset (given to new runners) and its protocol settings (under every
 * runner's own). Keys the form does not edit (e.g. painMayRise) are kept as they were.
 */
export const saveClinicSettingsAction = authorizedAction(['admin'], clinicSettingsSchema, async ({ defaultPreset, protocolSettings }, admin) => {
  await getDb().transaction(async (tx) => {
    const [clinic] = await tx.select({ protocolSettings: clinics.protocolSettings }).from(clinics).where(eq(clinics.id, admin.clinicId)).for('update');
    const kept = Object.fromEntries(Object.entries(clinic?.protocolSettings ?? {}).filter(([key]) => !(CLINIC_SETTING_KEYS as readonly string[]).includes(key)));
    const next = { ...kept, ...protocolSettings };
    // The protocol's own check: a value it would refuse never reaches a runner's plan.
    resolveSettings(defaultPreset, next);
    await tx.update(clinics).set({ defaultPreset, protocolSettings: next }).where(eq(clinics.id, admin.clinicId));
    await recordAudit(
      {
        action: 'clinic.settings',
        outcome: 'ok',
        actorId: admin.id,
        clinicId: admin.clinicId,
        targetType: 'clinic',
        targetId: admin.clinicId,
        detail: { defaultPreset, ...Object.fromEntries(CLINIC_SETTING_KEYS.map((key) => [key, protocolSettings[key] ?? null])) },
      },
      tx,
    );
  });
  revalidatePath('/admin/settings');
  return { saved: true };
});

/** How runners reach the clinic (a stop card shows it): the admin's own clinic only, blank clears. */
export const saveClinicContactAction = authorizedAction(['admin'], clinicContactSchema, async ({ contactPhone, contactEmail }, admin) => {
  await getDb().transaction(async (tx) => {
    await tx.update(clinics).set({ contactPhone, contactEmail }).where(eq(clinics.id, admin.clinicId));
    await recordAudit(
      {
        action: 'clinic.contact',
        outcome: 'ok',
        actorId: admin.id,
        clinicId: admin.clinicId,
        targetType: 'clinic',
        targetId: admin.clinicId,
        detail: { phoneSet: contactPhone !== null, emailSet: contactEmail !== null },
      },
      tx,
    );
  });
  revalidatePath('/admin/settings');
  return { contactPhone, contactEmail };
});

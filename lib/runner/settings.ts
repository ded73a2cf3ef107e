import 'server-only';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db';
import { clinics, type RunnerProfile } from '@/db/schema';
import { resolveSettings, type ProtocolSettings } from '@/lib/protocol';

/** The protocol numbers in force for a runner: the preset, then the clinic's overrides, then the runner's. */
export async function settingsFor(tx: Executor, profile: RunnerProfile): Promise<ProtocolSettings> {
  const [clinic] = await tx.select({ settings: clinics.protocolSettings }).from(clinics).where(eq(clinics.id, profile.clinicId)).limit(1);
  return resolveSettings(profile.preset, clinic?.settings, profile.protocolSettings);
}

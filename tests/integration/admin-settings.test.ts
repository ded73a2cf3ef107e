import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLog, clinics } from '@/db/schema';
import { IDLE } from '@/lib/actions/action-state';
import { saveClinicSettingsAction } from '@/lib/admin/settings/actions';
import { loadRunnerPlan } from '@/lib/plan/runner-plan';
import { createClinicWithPeople, createRunner, loginAs } from '../support/factories';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const VALID = { defaultPreset: 'tendinopathy', painAllowance: '', sessionMinutes: '40', weeklyIncreasePercent: '7.5', maxRunDaysPerWeek: '2' };

async function clinicRow(id: string) {
  const [row] = await getDb().select().from(clinics).where(eq(clinics.id, id));
  return row!;
}

describe('clinic settings', () => {
  it("saves the default preset and settings, keeps keys the form does not edit, and runners' plans use them", async () => {
    const { clinic, admin, therapist } = await createClinicWithPeople();
    await getDb().update(clinics).set({ protocolSettings: { painMayRise: true, painAllowance: 3 } }).where(eq(clinics.id, clinic.id));
    await loginAs(admin);
    expect(await saveClinicSettingsAction(IDLE, form(VALID))).toEqual({ status: 'ok', data: { saved: true } });

    const row = await clinicRow(clinic.id);
    expect(row.defaultPreset).toBe('tendinopathy');
    // painAllowance emptied (back to each preset's), painMayRise kept as it was.
    expect(row.protocolSettings).toEqual({ painMayRise: true, sessionMinutes: 40, weeklyIncrease: 0.075, maxRunDaysPerWeek: 2 });

    const { user: runner } = await createRunner(clinic.id, therapist.id, { preset: 'seed', protocolSettings: { maxRunDaysPerWeek: 3, sessionMinutes: 35 } });
    const plan = await loadRunnerPlan(runner.id, '2026-11-03');
    // Safety limits only tighten, layer on layer: the runner's 3 run days cannot loosen the clinic's 2. The session
    // length is no safety limit: the runner's own comes first.
    expect(plan?.settings).toMatchObject({ painAllowance: 2, sessionMinutes: 35, weeklyIncrease: 0.075, maxRunDaysPerWeek: 2 });

    const [audit] = await getDb().select().from(auditLog).where(and(eq(auditLog.actorId, admin.id), eq(auditLog.action, 'clinic.settings')));
    expect(audit).toMatchObject({
      outcome: 'ok',
      clinicId: clinic.id,
      detail: { defaultPreset: 'tendinopathy', painAllowance: null, sessionMinutes: 40, weeklyIncrease: 0.075, maxRunDaysPerWeek: 2 },
    });
  });

  it('answers field errors for values outside the safe ranges and saves nothing', async () => {
    const { clinic, admin } = await createClinicWithPeople();
    await loginAs(admin);
    const result = await saveClinicSettingsAction(
      IDLE,
      form({ defaultPreset: 'seed', painAllowance: '12', sessionMinutes: '5', weeklyIncreasePercent: '11', maxRunDaysPerWeek: '4', stopPain: '11', gapDays: '10' }),
    );
    expect(result).toMatchObject({
      status: 'error',
      fieldErrors: {
        painAllowance: expect.stringContaining('0 to 10'),
        sessionMinutes: expect.stringContaining('10 to 120'),
        weeklyIncreasePercent: expect.stringContaining('0 to 10'),
        maxRunDaysPerWeek: expect.stringContaining('1 to 3'),
        stopPain: expect.stringContaining('1 to 10'),
        gapDays: expect.stringContaining('3 to 7'),
      },
    });
    expect((await clinicRow(clinic.id)).protocolSettings).toEqual({});
  });

  it("changes only the admin's own clinic and refuses a therapist", async () => {
    const mine = await createClinicWithPeople();
    const theirs = await createClinicWithPeople();
    await loginAs(mine.admin);
    await saveClinicSettingsAction(IDLE, form({ ...VALID, clinicId: theirs.clinic.id }));
    await saveClinicSettingsAction(IDLE, form(VALID));
    expect((await clinicRow(theirs.clinic.id)).defaultPreset).toBe('seed');
    expect((await clinicRow(theirs.clinic.id)).protocolSettings).toEqual({});

    await loginAs(theirs.therapist);
    await expect(saveClinicSettingsAction(IDLE, form(VALID))).rejects.toThrow('NEXT_NOT_FOUND');
    expect((await clinicRow(theirs.clinic.id)).defaultPreset).toBe('seed');
  });
});

import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLog } from '@/db/schema';
import type { AdminUser } from '@/lib/admin/admin-user';
import { AUDIT_PAGE_SIZE, auditEntries, auditFilterChoices } from '@/lib/admin/audit/queries';
import { getCurrentUser } from '@/lib/auth';
import { createClinicWithPeople, loginAs } from '../support/factories';

async function audit(entry: typeof auditLog.$inferInsert) {
  await getDb().insert(auditLog).values(entry);
}

describe('audit view', () => {
  it("shows the clinic's rows with names, including its users' rows written without a clinic, and nothing of another clinic", async () => {
    const mine = await createClinicWithPeople();
    const theirs = await createClinicWithPeople();
    await audit({ action: 'auth.sign_in', outcome: 'ok', actorId: mine.therapist.id, clinicId: mine.clinic.id, at: new Date('2026-03-01T09:00:00Z') });
    await audit({ action: 'auth.sign_out', outcome: 'ok', actorId: mine.therapist.id, clinicId: null, at: new Date('2026-03-01T17:00:00Z') });
    await audit({ action: 'runner.reassign', outcome: 'ok', actorId: mine.admin.id, clinicId: mine.clinic.id, targetType: 'runner', targetId: mine.runner.id, at: new Date('2026-03-02T10:00:00Z') });
    await audit({ action: 'access.role', outcome: 'denied', actorId: mine.runner.id, clinicId: mine.clinic.id, at: new Date('2026-03-03T10:00:00Z') });
    await audit({ action: 'auth.sign_in', outcome: 'ok', actorId: theirs.therapist.id, clinicId: theirs.clinic.id, at: new Date('2026-03-01T09:00:00Z') });
    await audit({ action: 'auth.sign_out', outcome: 'ok', actorId: theirs.therapist.id, clinicId: null, at: new Date('2026-03-01T17:00:00Z') });
    await audit({ action: 'auth.sign_in', outcome: 'denied', actorId: null, clinicId: null, at: new Date('2026-03-01T08:00:00Z') });

    await loginAs(mine.admin);
    const admin = (await getCurrentUser()) as AdminUser;
    // Signing in through loginAs writes no audit row, so these four are all of the clinic's.
    const { rows, hasMore } = await auditEntries(admin, { page: 1 });
    expect(hasMore).toBe(false);
    expect(rows.map((r) => [r.action, r.outcome, r.actorName, r.targetName])).toEqual([
      ['access.role', 'denied', mine.runner.name, null],
      ['runner.reassign', 'ok', mine.admin.name, mine.runner.name],
      ['auth.sign_out', 'ok', mine.therapist.name, null],
      ['auth.sign_in', 'ok', mine.therapist.name, null],
    ]);

    expect((await auditEntries(admin, { page: 1, action: 'auth.sign_in' })).rows).toHaveLength(1);
    expect((await auditEntries(admin, { page: 1, actor: mine.therapist.id })).rows).toHaveLength(2);
    expect((await auditEntries(admin, { page: 1, outcome: 'denied' })).rows.map((r) => r.action)).toEqual(['access.role']);
    expect((await auditEntries(admin, { page: 1, from: '2026-03-02', to: '2026-03-02' })).rows.map((r) => r.action)).toEqual(['runner.reassign']);
    // Another clinic's actor as a filter finds nothing.
    expect((await auditEntries(admin, { page: 1, actor: theirs.therapist.id })).rows).toEqual([]);

    const choices = await auditFilterChoices(admin);
    expect(choices.actions).toEqual(['access.role', 'auth.sign_in', 'auth.sign_out', 'runner.reassign']);
    expect(choices.people.map((p) => p.id).sort()).toEqual([mine.admin.id, mine.therapist.id, mine.otherTherapist.id, mine.runner.id, mine.otherRunner.id].sort());
  });

  it("names the people a row's detail refers to, only within the admin's clinic", async () => {
    const mine = await createClinicWithPeople();
    const theirs = await createClinicWithPeople();
    await audit({
      action: 'runner.reassign',
      outcome: 'ok',
      actorId: mine.admin.id,
      clinicId: mine.clinic.id,
      targetType: 'runner',
      targetId: mine.runner.id,
      detail: { fromTherapistId: mine.therapist.id, toTherapistId: theirs.therapist.id, openAlertsMoved: 0 },
    });
    await loginAs(mine.admin);
    const admin = (await getCurrentUser()) as AdminUser;
    const [row] = (await auditEntries(admin, { page: 1, action: 'runner.reassign' })).rows;
    expect(row?.detailNames).toEqual({ [mine.therapist.id]: mine.therapist.name });
  });

  it('pages through the rows newest first', async () => {
    const { clinic, admin } = await createClinicWithPeople();
    const values = Array.from({ length: AUDIT_PAGE_SIZE + 3 }, (_, i) => ({
      action: 'report.export',
      outcome: 'ok' as const,
      actorId: admin.id,
      clinicId: clinic.id,
      at: new Date(Date.UTC(2026, 0, 1, 0, i)),
    }));
    await getDb().insert(auditLog).values(values);
    await loginAs(admin);
    const user = (await getCurrentUser()) as AdminUser;
    const first = await auditEntries(user, { page: 1 });
    const second = await auditEntries(user, { page: 2 });
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.hasMore).toBe(true);
    expect(second.rows).toHaveLength(3);
    expect(second.hasMore).toBe(false);
    expect(first.rows[0]!.at.toISOString()).toBe(new Date(Date.UTC(2026, 0, 1, 0, AUDIT_PAGE_SIZE + 2)).toISOString());
    expect(second.rows.at(-1)!.at.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});

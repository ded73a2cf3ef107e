import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { rowsOf } from '@/db/rows';
import { auditLog, runLogs } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { createClinicWithPeople } from '../support/factories';
import { TEST_DRIVER } from '../support/test-database';

async function insertRunLog(runnerId: string, pain: { before?: number; during?: number; after?: number }) {
  return getDb()
    .insert(runLogs)
    .values({
      runnerId,
      date: '2026-11-02',
      stage: 1,
      completed: true,
      runMinutes: 8,
      painBefore: pain.before ?? 0,
      painDuring: pain.during ?? 0,
      painAfter: pain.after ?? 0,
      sharpPain: false,
      limping: false,
      idempotencyKey: randomUUID(),
      createdBy: runnerId,
    });
}

describe(`database (${TEST_DRIVER})`, () => {
  it('has every table of the product after the migrations', async () => {
    const result: unknown = await getDb().execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const tables = rowsOf<{ table_name: string }>(result);
    expect(tables.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        'alerts', 'audit_log', 'clinics', 'exercise_logs', 'invitations', 'outbox_messages', 'plans', 'pre_run_checks',
        'protocol_decisions', 'readiness_assessments', 'run_logs', 'runner_profiles', 'sessions', 'therapist_notes', 'users',
      ]),
    );
  });

  it('rejects pain 11 and -1 and accepts 0 and 10', async () => {
    const { runner } = await createClinicWithPeople();
    await expect(insertRunLog(runner.id, { during: 11 })).rejects.toThrow();
    await expect(insertRunLog(runner.id, { after: -1 })).rejects.toThrow();
    await expect(insertRunLog(runner.id, { before: 0, during: 10, after: 10 })).resolves.toBeDefined();
    const stored = await getDb().select().from(runLogs).where(eq(runLogs.runnerId, runner.id));
    expect(stored).toHaveLength(1);
  });

  it('stores a retried log with the same idempotency key once', async () => {
    const { runner } = await createClinicWithPeople();
    const key = randomUUID();
    const values = { runnerId: runner.id, date: '2026-11-02', stage: 1, completed: true, runMinutes: 8, painBefore: 0, painDuring: 0, painAfter: 0, sharpPain: false, limping: false, idempotencyKey: key, createdBy: runner.id };
    await getDb().insert(runLogs).values(values);
    await expect(getDb().insert(runLogs).values(values)).rejects.toThrow();
  });

  it('refuses to update or delete audit rows', async () => {
    await recordAudit({ action: 'test.append_only', outcome: 'ok' });
    await expect(getDb().update(auditLog).set({ outcome: 'denied' }).where(eq(auditLog.action, 'test.append_only'))).rejects.toThrow();
    await expect(getDb().delete(auditLog).where(eq(auditLog.action, 'test.append_only'))).rejects.toThrow();
    const rows = await getDb().select().from(auditLog).where(eq(auditLog.action, 'test.append_only'));
    expect(rows).toEqual([expect.objectContaining({ outcome: 'ok' })]);
  });
});

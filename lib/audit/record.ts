import { getDb, type Executor } from '@/db';
import { auditLog, type AuditEntry } from '@/db/schema';

/** Appends one audit row. Pass the open transaction to make the row part of the same write. */
export async function recordAudit(entry: AuditEntry, executor: Executor = getDb()): Promise<void> {
  await executor.insert(auditLog).values(entry);
}

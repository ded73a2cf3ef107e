import 'server-only';
import { and, asc, desc, eq, gte, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db';
import { auditLog, users } from '@/db/schema';
import type { AdminUser } from '@/lib/admin/admin-user';
import { addDays } from '@/lib/protocol';
import type { AuditFilters } from '@/lib/validation/audit-filters';

export const AUDIT_PAGE_SIZE = 50;

const actors = alias(users, 'actors');
const targets = alias(users, 'targets');

/**
 * The clinic's rows: those written with its id, and those written without a clinic by one of its users
 * (a sign-out is recorded before the user is loaded). Rows of unknown people (a sign-in with an unknown
 * email) belong to no clinic and are not shown.
 */
function clinicScope(admin: AdminUser): SQL {
  return or(eq(auditLog.clinicId, admin.clinicId), and(isNull(auditLog.clinicId), eq(actors.clinicId, admin.clinicId)))!;
}

export interface AuditRow {
  id: number;
  at: Date;
  action: string;
  outcome: 'ok' | 'denied' | 'failed';
  actorName: string | null;
  actorRole: 'admin' | 'therapist' | 'runner' | null;
  targetType: string | null;
  /** The name of the target when it is an account of this clinic. */
  targetName: string | null;
  detail: Record<string, string | number | boolean | null> | null;
  /** Names of this clinic's people whose ids the detail holds (a reassignment's therapists, a resolved alert's runner). */
  detailNames: Record<string, string>;
}

/** One page of the clinic's audit rows, newest first, with names of the people involved. */
export async function auditEntries(admin: AdminUser, filters: AuditFilters): Promise<{ rows: AuditRow[]; hasMore: boolean }> {
  const conditions: SQL[] = [clinicScope(admin)];
  if (filters.action) conditions.push(eq(auditLog.action, filters.action));
  if (filters.actor) conditions.push(eq(auditLog.actorId, filters.actor));
  if (filters.outcome) conditions.push(eq(auditLog.outcome, filters.outcome));
  if (filters.from) conditions.push(gte(auditLog.at, new Date(`${filters.from}T00:00:00Z`)));
  if (filters.to) conditions.push(lt(auditLog.at, new Date(`${addDays(filters.to, 1)}T00:00:00Z`)));
  const rows = await getDb()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      outcome: auditLog.outcome,
      actorName: actors.name,
      actorRole: actors.role,
      targetType: auditLog.targetType,
      targetName: targets.name,
      detail: auditLog.detail,
      // Only people of the admin's own clinic are named; another clinic's id stays unnamed.
      detailNames: sql<Record<string, string> | null>`(
        select json_object_agg(u.id, u.name) from users u
        where u.clinic_id = ${admin.clinicId} and u.id::text in (select d.value from jsonb_each_text(${auditLog.detail}) d)
      )`,
    })
    .from(auditLog)
    .leftJoin(actors, eq(actors.id, auditLog.actorId))
    .leftJoin(targets, and(sql`${targets.id}::text = ${auditLog.targetId}`, eq(targets.clinicId, admin.clinicId)))
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((filters.page - 1) * AUDIT_PAGE_SIZE);
  return { rows: rows.slice(0, AUDIT_PAGE_SIZE).map((row) => ({ ...row, detailNames: row.detailNames ?? {} })), hasMore: rows.length > AUDIT_PAGE_SIZE };
}

/** The choices of the filter form: actions recorded for the clinic, and its people. */
export async function auditFilterChoices(admin: AdminUser) {
  const db = getDb();
  const [actions, people] = await Promise.all([
    db
      .selectDistinct({ action: auditLog.action })
      .from(auditLog)
      .leftJoin(actors, eq(actors.id, auditLog.actorId))
      .where(clinicScope(admin))
      .orderBy(asc(auditLog.action)),
    db.select({ id: users.id, name: users.name, role: users.role }).from(users).where(eq(users.clinicId, admin.clinicId)).orderBy(asc(users.name), asc(users.id)),
  ]);
  return { actions: actions.map((a) => a.action), people };
}

import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import type { AdminUser } from '@/lib/admin/admin-user';
import { recordAudit } from '@/lib/audit/record';

/**
 * The account an admin action names, if it is in the admin's own clinic. Any other id answers 404 (as if it
 * did not exist), writes nothing and leaves an audit row. Call it before the write transaction, so that the
 * denial's audit row is not rolled back with it.
 */
export async function requireClinicUser(admin: AdminUser, userId: string, auditAction: string) {
  const [user] = await getDb()
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active, invited: sql<boolean>`${users.passwordHash} is null` })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.clinicId, admin.clinicId)))
    .limit(1);
  if (user) return user;
  await recordAudit({ action: auditAction, outcome: 'denied', actorId: admin.id, clinicId: admin.clinicId, targetType: 'user', targetId: userId.slice(0, 64) });
  notFound();
}

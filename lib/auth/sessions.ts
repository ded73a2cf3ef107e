import { and, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { rowsOf } from '@/db/rows';
import { clinics, sessions, users } from '@/db/schema';
import { env } from '@/lib/env';

export interface SessionUser {
  id: string;
  sessionId: string;
  role: 'admin' | 'therapist' | 'runner';
  name: string;
  email: string;
  clinicId: string;
  clinicName: string;
  /** How long, at the time of this request, until the session ends if nothing more happens (idle or absolute limit). */
  msLeft: number;
}

const TOUCH_INTERVAL_MS = 60_000;

export async function createSession(userId: string, userAgent: string | null, now = new Date()): Promise<string> {
  const expiresAt = new Date(now.getTime() + env().SESSION_MAX_HOURS * 3_600_000);
  const [row] = await getDb()
    .insert(sessions)
    .values({ userId, userAgent: userAgent?.slice(0, 300) ?? null, createdAt: now, lastSeenAt: now, expiresAt })
    .returning({ id: sessions.id });
  if (!row) throw new Error('session insert returned no row');
  return row.id;
}

export async function revokeSession(sessionId: string): Promise<void> {
  await getDb().update(sessions).set({ revokedAt: new Date() }).where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/**
 * The database, not the cookie, decides whether a session is alive: a revoked, expired or idle session,
 * or a deactivated user, is refused on the very next request.
 */
export async function loadSessionUser(sessionId: string, userId: string, now = new Date()): Promise<SessionUser | null> {
  const idleLimitMs = env().SESSION_IDLE_MINUTES * 60_000;
  const at = now.toISOString();
  // One statement whatever happens: the read, and (at most once a minute) marking a live session as used,
  // by a data-modifying CTE that matches no row the rest of the time. Times come back as epoch milliseconds
  // so both drivers answer the same types.
  const [row] = rowsOf<SessionRow>(
    await getDb().execute(sql`
      with found as (
        select s.id as session_id, s.revoked_at, s.expires_at, s.last_seen_at,
          u.id, u.role, u.name, u.email, u.active, u.clinic_id, c.name as clinic_name
        from ${sessions} s
        join ${users} u on u.id = s.user_id
        join ${clinics} c on c.id = u.clinic_id
        where s.id = ${sessionId} and s.user_id = ${userId}
        limit 1
      ), touched as (
        update ${sessions} set last_seen_at = ${at}::timestamptz
        from found f
        where ${sessions.id} = f.session_id and f.revoked_at is null and f.active
          and f.expires_at > ${at}::timestamptz
          and f.last_seen_at >= ${at}::timestamptz - make_interval(secs => ${idleLimitMs / 1000})
          and f.last_seen_at < ${at}::timestamptz - make_interval(secs => ${TOUCH_INTERVAL_MS / 1000})
        returning ${sessions.lastSeenAt}
      )
      select f.session_id as "sessionId", f.revoked_at is not null as revoked, f.active,
        (extract(epoch from f.expires_at) * 1000)::float8 as "expiresMs",
        (extract(epoch from coalesce((select t.last_seen_at from touched t), f.last_seen_at)) * 1000)::float8 as "lastSeenMs",
        (extract(epoch from f.last_seen_at) * 1000)::float8 as "previousSeenMs",
        f.id, f.role::text as role, f.name, f.email, f.clinic_id as "clinicId", f.clinic_name as "clinicName"
      from found f`),
  );
  if (!row || row.revoked || !row.active) return null;
  if (row.expiresMs <= now.getTime() || now.getTime() - row.previousSeenMs > idleLimitMs) {
    await revokeSession(row.sessionId);
    return null;
  }
  return {
    id: row.id,
    sessionId: row.sessionId,
    role: row.role,
    name: row.name,
    email: row.email,
    clinicId: row.clinicId,
    clinicName: row.clinicName,
    msLeft: sessionEnd(new Date(row.lastSeenMs), new Date(row.expiresMs), idleLimitMs).getTime() - now.getTime(),
  };
}

interface SessionRow {
  sessionId: string;
  revoked: boolean;
  active: boolean;
  expiresMs: number;
  lastSeenMs: number;
  previousSeenMs: number;
  id: string;
  role: SessionUser['role'];
  name: string;
  email: string;
  clinicId: string;
  clinicName: string;
}

function sessionEnd(lastSeenAt: Date, expiresAt: Date, idleLimitMs: number): Date {
  return new Date(Math.min(lastSeenAt.getTime() + idleLimitMs, expiresAt.getTime()));
}

/** "Stay signed in": marks the session used now and answers when it will end. */
export async function touchSession(sessionId: string, now = new Date()): Promise<Date> {
  const [row] = await getDb()
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
    .returning({ expiresAt: sessions.expiresAt });
  if (!row) throw new Error('session is gone');
  return sessionEnd(now, row.expiresAt, env().SESSION_IDLE_MINUTES * 60_000);
}
